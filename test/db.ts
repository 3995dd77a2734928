import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { fromPglite, fromPool, type Datenbank } from '../src/db/client.ts';
import { withDatabase } from './postgres.ts';

/**
 * An isolated, migrated and seeded database for one test file: a copy of the PGlite template, or a new
 * PostgreSQL database cloned from the template when the test project runs against PostgreSQL.
 */
export async function testDatenbank(): Promise<Datenbank> {
  if (process.env.TEST_DB === 'postgres') {
    const url = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `${inject('postgresPrefix')}_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
    await admin.end();
    const datenbank = fromPool(
      new pg.Pool({ connectionString: withDatabase(url, name), max: 5 }),
      'postgres',
    );
    return {
      ...datenbank,
      async close() {
        await datenbank.close();
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        // pool.end() resolves before its clients' sockets are closed. A forced drop while one is still ending
        // kills it with "terminating connection due to administrator command", an unhandled error in vitest.
        for (let i = 0; i < 100; i++) {
          const { rows } = await client.query<{ n: number }>(
            'select count(*)::int as n from pg_stat_activity where datname = $1',
            [name],
          );
          if ((rows[0]?.n ?? 0) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
  }
  const tar = await readFile(inject('pgliteTemplate'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([tar]) });
  return fromPglite(pglite);
}
