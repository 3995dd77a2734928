import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { pgliteVorlageEinsetzen } from './vorlage.ts';

// A SQL `date` is a calendar day, not an instant: keep it as the ISO string instead of a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type Db = Kysely<Database>;

export type Datenbank = {
  db: Db;
  kind: 'embedded' | 'postgres';
  close(): Promise<void>;
};

/**
 * One code path for both databases: Kysely's PostgresDialect over a pg pool. For the embedded mode the pool
 * talks to PGlite through its node-postgres shim; `max: 1` because PGlite has exactly one connection
 * (see ADR 0001 and SPIKES.md).
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): Promise<Datenbank> {
  if (options.databaseUrl !== undefined) {
    return fromPool(new pg.Pool({ connectionString: options.databaseUrl, max: 10 }), 'postgres');
  }
  const dir = path.resolve(options.dataDir, 'pgdata');
  await mkdir(options.dataDir, { recursive: true });
  await pgliteVorlageEinsetzen(dir);
  await mkdir(dir, { recursive: true });
  return fromPglite(await PGlite.create(dir));
}

export function fromPglite(pglite: PGlite): Datenbank {
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- a plain pg config object, as PGlite documents it
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const datenbank = fromPool(pool, 'embedded');
  return {
    db: datenbank.db,
    kind: datenbank.kind,
    async close() {
      await datenbank.close();
      if (!pglite.closed) await pglite.close();
    },
  };
}

export function fromPool(pool: pg.Pool, kind: Datenbank['kind']): Datenbank {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    kind,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
