import { createApp } from './app.tsx';
import { ladeBundid } from './bundid/laden.ts';
import { ConfigError, loadConfig } from './config.ts';
import { rechtlicheWarnung } from './config/rechtliches.ts';
import { startDatenbank } from './datenbank-start.ts';
import { metrikquelle, starteMetrikServer } from './betrieb/metriken.ts';
import { hintergrundPlaner } from './hintergrund-jobs.ts';
import { createLogger } from './log.ts';
import { DEMO_PASSWORT, demoKontenListe } from './personal/demo.ts';
import { resolveSecrets } from './secrets.ts';
import {
  gemeindeverzeichnisBeimStart,
  startzeileGemeindeverzeichnis,
  verzeichnisStand,
} from './zustaendigkeit/mitgeliefert.ts';
import { starteZustellung } from './zustellung/start.ts';

// Composition root: config → database → migrations → dependencies → app → listen.
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const rechtlich = rechtlicheWarnung(config.env, config.rechtliches);
  if (rechtlich !== undefined) logger.warn(rechtlich);
  const secrets = await resolveSecrets(config);
  const jetzt = () => new Date();
  // In parallel: on a first start the RSA keys are generated on the thread pool while PGlite starts.
  const [bundid, datenbank] = await Promise.all([
    ladeBundid(config, (meldung) => {
      logger.warn(meldung);
    }),
    startDatenbank(config, jetzt),
  ]);
  // Embedded default: the shipped gazetteer, so the postal code decides the office (idempotent).
  const gemeinden =
    datenbank.kind === 'embedded'
      ? await gemeindeverzeichnisBeimStart(datenbank.db, { jetzt })
      : await verzeichnisStand(datenbank.db);
  const deps = { config, secrets, datenbank, logger, jetzt, bundid };
  const app = await createApp(deps);
  const laufend: { zustellung?: { stop(): Promise<void> }; jobs?: { stop(): Promise<void> } } = {};

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'Fahre herunter');
    await laufend.jobs?.stop();
    await laufend.zustellung?.stop();
    await app.close();
    await datenbank.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const metrikPort = config.hintergrund.metricsPort;
  if (metrikPort !== undefined)
    await starteMetrikServer(metrikquelle(datenbank.db, jetzt), metrikPort, config.host);
  laufend.zustellung = await starteZustellung(deps);
  // After listen: with the built-in mailbox the delivery worker delivers to this very process.
  if (config.hintergrund.jobs) {
    const jobs = hintergrundPlaner(deps);
    await jobs.start();
    laufend.jobs = jobs;
  }
  printWillkommen(config.baseUrl, datenbank.kind, config.dataDir, {
    demo: await demoKontenListe(datenbank.db, config),
    testIdp: bundid.testIdp !== undefined,
    gemeinden: startzeileGemeindeverzeichnis(gemeinden),
  });
}

function printWillkommen(
  baseUrl: string,
  kind: string,
  dataDir: string,
  {
    demo,
    testIdp,
    gemeinden,
  }: { demo: { login: string; beschreibung: string }[]; testIdp: boolean; gemeinden: string },
) {
  const zeilen = [
    '',
    `  Übernahme von Mietrückständen läuft: ${baseUrl}`,
    `  Datenbank: ${kind === 'embedded' ? `eingebettet (PGlite in ${dataDir})` : 'PostgreSQL'}`,
    gemeinden,
    `  Informationen für Behörden: ${baseUrl}/behoerden`,
    testIdp
      ? `  Anmeldung: eingebaute BundID-Testumgebung mit Testpersonen (${baseUrl}/anmelden)`
      : '  Anmeldung: BundID',
    `  Verwaltung (Mitarbeitende): ${baseUrl}/verwaltung`,
    ...(demo.length > 0
      ? [
          `  Demo-Zugänge, Passwort jeweils „${DEMO_PASSWORT}“ (nur eingebettet, nie im Betrieb):`,
          ...demo.map((d) => `    ${d.login.padEnd(14)} ${d.beschreibung}`),
        ]
      : ['  Erstes Konto anlegen: npm run cli -- benutzer anlegen --login NAME --name "…" --rolle betrieb']),
    '',
  ];
  process.stdout.write(zeilen.join('\n') + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
