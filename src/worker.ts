import { ConfigError, loadConfig } from './config.ts';
import { startDatenbank } from './datenbank-start.ts';
import { metrikquelle, starteMetrikServer } from './betrieb/metriken.ts';
import { hintergrundPlaner } from './hintergrund-jobs.ts';
import { createLogger } from './log.ts';
import { resolveSecrets } from './secrets.ts';

// Composition root of `npm run worker`: the background jobs without the web server, for deployments whose
// web processes run with HINTERGRUND_JOBS=false. Needs PostgreSQL: embedded PGlite belongs to one process.
async function worker() {
  const config = loadConfig();
  if (config.databaseUrl === undefined) {
    throw new ConfigError([
      'DATABASE_URL: npm run worker braucht PostgreSQL (die eingebettete Datenbank gehört dem App-Prozess, der die Jobs dann selbst ausführt)',
    ]);
  }
  const logger = createLogger(config.logLevel);
  const secrets = await resolveSecrets(config);
  const jetzt = () => new Date();
  const datenbank = await startDatenbank(config, jetzt);
  const jobs = hintergrundPlaner({ config, secrets, datenbank, logger, jetzt });

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'Worker fährt herunter');
    await jobs.stop();
    await datenbank.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await jobs.start();
  if (config.hintergrund.metricsPort !== undefined)
    await starteMetrikServer(metrikquelle(datenbank.db, jetzt), config.hintergrund.metricsPort, config.host);
  process.stdout.write(`Worker läuft: ${jobs.jobs.map((j) => j.name).join(', ')}\n`);
}

worker().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
