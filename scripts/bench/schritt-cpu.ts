// CPU time per wizard request (GET + POST of one step of a complete draft), in process through inject, on PGlite:
// the before/after figure of ADR 0024. Run alone: `npx tsx scripts/bench/schritt-cpu.ts` (N rounds, default 200).
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { createApp } from '../../src/app.tsx';
import { antragRepo } from '../../src/antrag/antrag-repo.ts';
import type { RohEingabe } from '../../src/antrag/schritte/felder.ts';
import { loadConfig } from '../../src/config.ts';
import { fromPglite } from '../../src/db/client.ts';
import { createLogger } from '../../src/log.ts';
import { eineIdentitaet, alsBuerger } from '../../test/anmeldung.ts';
import { eingaben } from '../../test/antrag-eingaben.ts';
import { browser, formularFelder } from '../../test/antrag-client.ts';
import { testUhr, type TestApp } from '../../test/app.ts';
import { testBundid } from '../../test/bundid.ts';
import { verbindungAnlegen } from '../../test/posteingang.ts';
import { prepareSchema } from '../../test/prepare.ts';

const pglite = await PGlite.create();
const datenbank = fromPglite(pglite);
await prepareSchema(datenbank.db);
const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '100000000',
  POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN: '0',
  NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN: '86400',
});
const uhr = testUhr();
const deps = {
  config,
  secrets: { sessionSecret: 'b'.repeat(40), dataKey: randomBytes(32) },
  datenbank,
  logger: createLogger('silent'),
  jetzt: uhr.jetzt,
  bundid: await testBundid(config),
};
const app = await createApp(deps);
await app.ready();
const t: TestApp = { app, deps, uhr, datenbank, close: () => app.close() };
const identitaet = eineIdentitaet();
const repo = antragRepo(datenbank.db, deps.secrets.dataKey);
const alle: Record<string, RohEingabe> = {
  ...(eingaben as Record<string, RohEingabe>),
  'einkommen/antragsteller': eingaben.einkommen,
  'wohnung-sozialamt': { ags: '13003' },
};
delete alle.erklaerungen;
const entwurf = await repo.entwurfAnlegen(
  repo.besitzerVon(identitaet.pseudonym),
  { eingaben: alle, personen: [] },
  uhr.jetzt(),
);
await verbindungAnlegen(t, '13003');
const b = browser(t, await alsBuerger(t, identitaet));
const url = `/antrag/${entwurf.id}/miete`;
const felder = formularFelder(eingaben.miete);
const runde = async () => {
  const g = await b.get(url);
  if (g.statusCode !== 200) throw new Error(`GET ${g.statusCode}`);
  const p = await b.post(url, felder);
  if (p.statusCode !== 303) throw new Error(`POST ${p.statusCode} ${p.body.slice(0, 500)}`);
};
for (let i = 0; i < 30; i++) await runde();
const n = Number(process.env.N ?? 200);
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < n; i++) await runde();
const c = process.cpuUsage(c0);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(
  `wall ${(ms / n / 2).toFixed(2)} ms/request, cpu ${((c.user + c.system) / 1000 / n / 2).toFixed(2)} ms/request\n`,
);
await app.close();
await datenbank.close();
