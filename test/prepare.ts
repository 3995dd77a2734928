import { loadConfig } from '../src/config.ts';
import type { Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedKatalog } from '../src/katalog/katalog-repo.ts';
import { seedPilot } from '../src/nachnutzung/nachnutzung-repo.ts';
import { seedZustellung } from '../src/zustellung/verbindung.ts';

/** The state of a freshly started embedded installation: migrated, catalogue seeded, pilot live. */
export async function prepareSchema(db: Db): Promise<void> {
  await migrate(db);
  await seedKatalog(db);
  await seedPilot(db, '2026-01-01');
  await seedZustellung(db, loadConfig({}).zustellung);
}
