import { sql } from 'kysely';
import { afterAll, expect, test } from 'vitest';
import { testDatenbank } from '../../test/db.ts';
import { findMigrations, migrate } from './migrate.ts';

const datenbank = await testDatenbank();
afterAll(() => datenbank.close());

test('all migrations are applied to the test database, in file-name order', async () => {
  const files = await findMigrations();
  expect(files.length).toBeGreaterThan(0);
  const rows = await datenbank.db
    .selectFrom('schema_migration' as never)
    .select(sql<string>`name`.as('name'))
    .execute();
  expect(rows.map((r) => r.name)).toEqual(files.map((f) => f.name));
});

test('migrating again applies nothing', async () => {
  expect(await migrate(datenbank.db)).toEqual([]);
});

test('the database is the one the project asked for', async () => {
  const { rows } = await sql<{ v: string }>`select current_setting('server_version_num') as v`.execute(
    datenbank.db,
  );
  const version = Number(rows[0]?.v);
  if (process.env.TEST_DB === 'postgres') expect(version).toBeLessThan(180000);
  else expect(datenbank.kind).toBe('embedded');
});
