import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { createApp } from '../src/app.tsx';
import { loadConfig } from '../src/config.ts';
import { fromPglite } from '../src/db/client.ts';
import { createLogger } from '../src/log.ts';
import { renderAntragPdf, renderEingangsbestaetigungPdf } from '../src/dokumente/index.ts';
import { baueAntragPdfEingabe, baueEingangsbestaetigungEingabe } from '../src/dokumente/testdaten.ts';
import { baueNachricht, baueUndValidiereNachricht } from '../src/nachricht/index.ts';
import { beispielVorgang } from '../src/nachricht/beispiel.ts';
import { encrypt } from '../src/shared/verschluesselung.ts';
import { eineIdentitaet } from '../test/anmeldung.ts';
import { testUhr, type TestApp } from '../test/app.ts';
import { testBundid } from '../test/bundid.ts';
import { alsPersonal } from '../test/personal.ts';
import { einAntrag } from '../test/posteingang.ts';
import { prepareSchema } from '../test/prepare.ts';
import { benchXtaMtom } from './bench/xta-mtom.ts';

// Speed and memory, as ratios against a baseline measured in the same run on the same machine, so the numbers
// mean something on any hardware. Results go to docs/benchmarks.md.

type Messung = { name: string; baseline: string; ns: number; baselineNs: number; notiz?: string };

async function miss(fn: () => unknown, mindestMs = 1500): Promise<number> {
  for (let i = 0; i < 20; i++) await fn(); // warm-up
  let runden = 0;
  const start = process.hrtime.bigint();
  let verstrichen = 0n;
  while (verstrichen < BigInt(mindestMs) * 1_000_000n) {
    await fn();
    runden++;
    verstrichen = process.hrtime.bigint() - start;
  }
  return Number(verstrichen) / runden;
}

async function main() {
  const messungen: Messung[] = [];
  const pglite = await PGlite.create();
  const datenbank = fromPglite(pglite);
  await prepareSchema(datenbank.db);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000000',
    // No background jobs during measurements.
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

  const live = await miss(() => app.inject({ url: '/health/live' }));
  messungen.push({
    name: 'Startseite rendern (GET /, inkl. DB-Abfrage)',
    baseline: 'GET /health/live',
    ns: await miss(() => app.inject({ url: '/' })),
    baselineNs: live,
  });
  messungen.push({
    name: 'Informationsseite Behörden (GET /behoerden)',
    baseline: 'GET /health/live',
    ns: await miss(() => app.inject({ url: '/behoerden' })),
    baselineNs: live,
  });

  const seiten = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  const antrag = baueAntragPdfEingabe();
  const bestaetigung = baueEingangsbestaetigungEingabe();
  messungen.push({
    name: `Antrag.pdf rendern (PDF/A-2a, getaggt, ${seiten(await renderAntragPdf(antrag))} Seiten)`,
    baseline: 'GET /health/live',
    ns: await miss(() => renderAntragPdf(antrag)),
    baselineNs: live,
  });
  messungen.push({
    name: `Eingangsbestätigung rendern (${seiten(await renderEingangsbestaetigungPdf(bestaetigung))} Seiten)`,
    baseline: 'GET /health/live',
    ns: await miss(() => renderEingangsbestaetigungPdf(bestaetigung)),
    baselineNs: live,
  });

  // The message checks (DIN 91379, IBAN …) run in both; the difference is the XSD validation (libxml2 in wasm).
  const vorgang = beispielVorgang();
  messungen.push({
    name: 'xSozial-Nachricht bauen und gegen die eigene XSD prüfen (wie vor dem Einreihen)',
    baseline: 'nur bauen',
    ns: await miss(() => baueUndValidiereNachricht(vorgang), 3000),
    baselineNs: await miss(() => baueNachricht(vorgang)),
  });

  // The inbox decrypts each case's short info in memory to sort and search (ADR 0010): how it grows.
  const posteingang = async (anzahl: number) => {
    while ((await datenbank.db.selectFrom('antrag').select('id').execute()).length < anzahl) {
      const n = String(Math.random()).slice(2, 8);
      await einAntrag(t, {
        identitaet: eineIdentitaet({ pseudonym: `bpk2:bench-${n}`, familienname: `Bench${n}` }),
      });
    }
    return miss(() => app.inject({ url: '/verwaltung/posteingang/13003', cookies: sachbearbeitung }));
  };
  const sachbearbeitung = await alsPersonal(t, { rollen: ['sachbearbeitung'], behoerden: ['13003'] });
  const zehn = await posteingang(10);
  messungen.push({
    name: 'Posteingang mit 200 Fällen (GET, entschlüsseln, nach Schonfrist ordnen)',
    baseline: 'Posteingang mit 10 Fällen',
    ns: await posteingang(200),
    baselineNs: zehn,
  });
  messungen.push({
    name: 'Posteingang mit 200 Fällen, Suche nach Namen',
    baseline: 'Posteingang mit 10 Fällen',
    ns: await miss(() =>
      app.inject({ url: '/verwaltung/posteingang/13003?suche=Bench1&status=alle', cookies: sachbearbeitung }),
    ),
    baselineNs: zehn,
  });

  const key = randomBytes(32);
  const mb = randomBytes(1024 * 1024);
  messungen.push({
    name: 'AES-256-GCM 1 MB verschlüsseln',
    baseline: '1 MB Buffer kopieren',
    ns: await miss(() => encrypt(key, mb, 'x')),
    baselineNs: await miss(() => Buffer.from(mb)),
  });

  const rssVorher = process.memoryUsage().rss;
  for (let i = 0; i < 2000; i++) await app.inject({ url: '/' });
  const rssNachher = process.memoryUsage().rss;

  await app.close();
  await datenbank.close();

  const zeilen = messungen.map(
    (m) =>
      `| ${m.name} | ${(m.ns / 1e6).toFixed(3)} ms | ${m.baseline}: ${(m.baselineNs / 1e6).toFixed(3)} ms | ${(m.ns / m.baselineNs).toFixed(1)} × |`,
  );
  const text = [
    '# Benchmarks',
    '',
    `Gemessen mit \`npm run bench\` am ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, eingebettetes PGlite).`,
    'Jede Messung steht als Verhältnis zu einer Basismessung im selben Lauf; absolute Zeiten hängen von der Maschine ab.',
    '',
    '| Messung | Zeit je Vorgang | Basis | Verhältnis |',
    '|---|---|---|---|',
    ...zeilen,
    '',
    `Speicher: RSS-Zuwachs nach 2000 Aufrufen der Startseite: ${((rssNachher - rssVorher) / 1024 / 1024).toFixed(1)} MB (RSS danach ${(rssNachher / 1024 / 1024).toFixed(0)} MB, davon ~800 MB PGlite).`,
    '',
  ].join('\n');
  await writeFile('docs/benchmarks.md', text);
  process.stdout.write(text);
  await benchXtaMtom();
}

await main();
await (await import('./bench/start.ts')).benchStart();
await (await import('./bench/last.ts')).lastBench();
await (await import('./bench/skalierung.ts')).skalierung();
