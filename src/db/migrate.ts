import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from './client.ts';

const srcDir = path.resolve(import.meta.dirname, '..');

export type Migration = { name: string; file: string };

/**
 * Each part owns its tables: migrations live in `src/<part>/migrations/*.sql` and are applied in the global
 * order of their file names, which start with a timestamp (YYYYMMDDHHMM_part_topic.sql).
 */
export async function findMigrations(): Promise<Migration[]> {
  const parts = await readdir(srcDir, { withFileTypes: true });
  const found: Migration[] = [];
  for (const part of parts.filter((d) => d.isDirectory())) {
    const dir = path.join(srcDir, part.name, 'migrations');
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const file of files.filter((f) => f.endsWith('.sql'))) {
      found.push({ name: file.replace(/\.sql$/, ''), file: path.join(dir, file) });
    }
  }
  found.sort((a, b) => a.name.localeCompare(b.name));
  const names = new Set<string>();
  for (const m of found) {
    if (names.has(m.name)) throw new Error(`Migration ${m.name} gibt es doppelt.`);
    names.add(m.name);
  }
  return found;
}

/** Applies pending migrations, each in its own transaction; an advisory lock serialises parallel starts. */
export async function migrate(db: Db): Promise<string[]> {
  const migrations = await findMigrations();
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(74656001)`.execute(conn);
    try {
      await sql`create table if not exists schema_migration (
        name text primary key,
        applied_at timestamptz not null default now()
      )`.execute(conn);
      const done = new Set(
        (await sql<{ name: string }>`select name from schema_migration`.execute(conn)).rows.map(
          (r) => r.name,
        ),
      );
      const applied: string[] = [];
      for (const m of migrations.filter((x) => !done.has(x.name))) {
        const text = await readFile(m.file, 'utf8');
        await conn.transaction().execute(async (trx) => {
          await sql.raw(text).execute(trx);
          await sql`insert into schema_migration (name) values (${m.name})`.execute(trx);
        });
        applied.push(m.name);
      }
      return applied;
    } finally {
      await sql`select pg_advisory_unlock(74656001)`.execute(conn);
    }
  });
}
