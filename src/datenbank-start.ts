import type { Config } from './config.ts';
import { seedKatalog } from './katalog/katalog-repo.ts';
import { seedPilot } from './nachnutzung/nachnutzung-repo.ts';
import { demoKontenAnlegen } from './personal/demo.ts';
import { seedZustellung } from './zustellung/verbindung.ts';
import { openDatabase, type Datenbank } from './db/client.ts';
import { migrate } from './db/migrate.ts';

/** Opens the database, applies migrations and the idempotent reference data. */
export async function startDatenbank(config: Config, jetzt: () => Date): Promise<Datenbank> {
  const datenbank = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(datenbank.db);
  await seedKatalog(datenbank.db);
  if (!config.production) {
    await seedPilot(datenbank.db, jetzt().toISOString().slice(0, 10));
    await seedZustellung(datenbank.db, config.zustellung);
  }
  // Only embedded and never in production (the function checks both itself).
  await demoKontenAnlegen(datenbank.db, config, jetzt());
  return datenbank;
}
