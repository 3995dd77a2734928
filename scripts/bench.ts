import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { createApp } from '../src/app.tsx';
import { loadConfig } from '../src/config.ts';
import { fromPglite } from '../src/db/client.ts';
import { createLogger } from '../src/log.ts';
import { renderAntragPdf, renderEingangsbestaetigungPdf } from '../src/dokumente/index.ts';
import { baueAntragPdfEingabe, baueEingangsbestaetigungEingabe } from '../src/dokumente/testdaten.ts';
import { encrypt } from '../src/shared/verschluesselung.ts';
import { testBundid } from '../test/bundid.ts';
import { prepareSchema } from '../test/prepare.ts';

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
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000000' });
  const app = await createApp({
    config,
    secrets: { sessionSecret: 'b'.repeat(40), dataKey: randomBytes(32) },
    datenbank,
    logger: createLogger('silent'),
    jetzt: () => new Date(),
    bundid: await testBundid(config),
  });
  await app.ready();

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
}

await main();
