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
        // Without FORCE first: a pool's ending connections may still be open for a moment, and killing them
        // makes pg emit an uncaught "terminating connection due to administrator command".
        for (let versuch = 0; ; versuch++) {
          try {
            await client.query(`drop database if exists ${name}${versuch >= 40 ? ' with (force)' : ''}`);
            break;
          } catch (error) {
            if (versuch >= 40) throw error;
            await new Promise((r) => setTimeout(r, 50));
          }
        }
        await client.end();
      },
    };
  }
  const tar = await readFile(inject('pgliteTemplate'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([tar]) });
  return fromPglite(pglite);
}
