import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDatabase } from './postgres.ts';

// Three real `npm run worker` processes on one PostgreSQL database: every due periodic job runs once per
// period (the lease row of hintergrund/), never twice, whichever process looks first.

const url = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `hintergrund_${randomBytes(5).toString('hex')}`;
const wurzel = path.resolve(import.meta.dirname, '..');
const intervalle: Record<string, number> = {
  'posteingang.mitteilungen': 2_000,
  'nachnutzung.uebergaenge': 10_000,
  'antrag.entwuerfe-aufraeumen': 60_000,
};

let ordner: string;
const prozesse: ChildProcess[] = [];

function starteWorker(nummer: number): Promise<void> {
  const kind = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: wurzel,
    // Not vitest's environment (vite sets BASE_URL="/", which the app would reject).
    env: {
      PATH: process.env.PATH,
      TZ: 'Europe/Berlin',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATABASE_URL: withDatabase(url, name),
      DATA_DIR: path.join(ordner, String(nummer)),
      SESSION_SECRET: 's'.repeat(40),
      DATA_KEY: Buffer.alloc(32, 3).toString('base64'),
      HINTERGRUND_TAKT_MS: '200',
      POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN: '2',
      NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN: '10',
      DRAFT_CLEANUP_INTERVAL_MINUTES: '1',
      ZUSTELLUNG_WORKER: 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  prozesse.push(kind);
  return new Promise((resolve, reject) => {
    let ausgabe = '';
    kind.stdout.on('data', (d: Buffer) => {
      ausgabe += d.toString();
      if (ausgabe.includes('Worker läuft')) resolve();
    });
    kind.once('exit', (code) => {
      reject(new Error(`Worker ${nummer} endete mit ${code}: ${ausgabe}`));
    });
  });
}

describe.runIf(process.env.TEST_DB === 'postgres')('background jobs in three processes', () => {
  beforeAll(async () => {
    ordner = await mkdtemp(path.join(tmpdir(), 'mr-hintergrund-'));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
  });
  afterAll(async () => {
    await Promise.all(
      prozesse.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.exitCode !== null) {
              resolve();
              return;
            }
            p.once('exit', () => {
              resolve();
            });
            p.kill('SIGTERM');
          }),
      ),
    );
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    await rm(ordner, { recursive: true, force: true });
  });

  it('runs each due job exactly once per period', async () => {
    // All three start together (migrations are serialised by an advisory lock) and race for every job.
    await Promise.all([starteWorker(1), starteWorker(2), starteWorker(3)]);
    await new Promise((r) => setTimeout(r, 12_000));
    const client = new pg.Client({ connectionString: withDatabase(url, name) });
    await client.connect();
    const { rows } = await client.query<{
      name: string;
      periode: Date;
      begonnen_am: Date;
      prozess: string;
      ok: boolean;
    }>(
      'select name, periode, begonnen_am, prozess, ok from hintergrund_protokoll order by name, begonnen_am',
    );
    await client.end();

    for (const [job, intervall] of Object.entries(intervalle)) {
      const laeufe = rows.filter((r) => r.name === job);
      expect(laeufe.length, job).toBeGreaterThanOrEqual(1);
      expect(
        laeufe.every((l) => l.ok),
        job,
      ).toBe(true);
      // Never two runs for one period ...
      expect(new Set(laeufe.map((l) => l.periode.getTime())).size, job).toBe(laeufe.length);
      for (let i = 1; i < laeufe.length; i++) {
        const abstand = laeufe[i]!.begonnen_am.getTime() - laeufe[i - 1]!.begonnen_am.getTime();
        // ... and no period skipped: the next run follows within a few clock ticks of its due time.
        expect(abstand, job).toBeGreaterThanOrEqual(intervall);
        expect(abstand, job).toBeLessThan(intervall + 2_000);
      }
    }
    // In 12 s with a 2 s period: five or more runs, i.e. the processes shared one schedule.
    expect(rows.filter((r) => r.name === 'posteingang.mitteilungen').length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.name === 'antrag.entwuerfe-aufraeumen')).toHaveLength(1);
  }, 240_000);
});
