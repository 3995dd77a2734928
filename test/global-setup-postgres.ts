import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { fromPool } from '../src/db/client.ts';
import { prepareSchema } from './prepare.ts';
import { withDatabase } from './postgres.ts';

// One migrated template database per run; each test file gets `CREATE DATABASE … TEMPLATE` (~30 ms).
export default async function setup(project: TestProject) {
  const url = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `mr_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const datenbank = fromPool(new pg.Pool({ connectionString: withDatabase(url, name), max: 1 }), 'postgres');
  await prepareSchema(datenbank.db);
  await datenbank.close();
  project.provide('postgresTemplate', name);
  // Test databases of this run start with this prefix, so parallel runs never drop each other's.
  const prefix = `mr_t_${randomBytes(3).toString('hex')}`;
  project.provide('postgresPrefix', prefix);
  return async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like '${prefix}%'`,
    );
    for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
    await admin.end();
  };
}
