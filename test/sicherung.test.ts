import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { fromPool } from '../src/db/client.ts';
import { eineIdentitaet } from './anmeldung.ts';
import { eingabe } from './antrag-eingaben.ts';
import { testApp, type TestApp } from './app.ts';
import { alsPersonal, einKonto } from './personal.ts';
import { einAntrag } from './posteingang.ts';
import { withDatabase } from './postgres.ts';

// docs/betrieb.md, "Sicherung und Wiederherstellung", as a test: a PostgreSQL database with submitted
// applications is dumped with pg_dump, restored with pg_restore into a fresh, empty database, and an app on the
// restored database shows the case worker the same applications, decrypted, under the same account.
// Runs in the postgres project only (PGlite has no pg_dump).

const run = promisify(execFile);
const url = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const aufPostgres = process.env.TEST_DB === 'postgres';
const ordner = await mkdtemp(path.join(os.tmpdir(), 'sicherung-'));
const datenbanken: string[] = [];

async function admin(sqlText: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

async function neueDatenbank(vorlage: string): Promise<string> {
  const name = `sicherung_${randomBytes(6).toString('hex')}`;
  datenbanken.push(name);
  await admin(`create database ${name} template ${vorlage}`);
  return name;
}

async function appAuf(name: string): Promise<TestApp> {
  return testApp({
    datenbank: fromPool(new pg.Pool({ connectionString: withDatabase(url, name), max: 5 }), 'postgres'),
  });
}

async function posteingang(t: TestApp, cookies: Record<string, string>) {
  const res = await t.app.inject({ url: '/verwaltung/posteingang/13003', cookies });
  expect(res.statusCode).toBe(200);
  const nummern = [...res.body.matchAll(/href="\/verwaltung\/posteingang\/antrag\/(MR-[^"]+)"/g)].map(
    (m) => m[1],
  );
  return { nummern, body: res.body };
}

function mitName(vorname: string, familienname: string) {
  return {
    identitaet: eineIdentitaet({ pseudonym: `bpk2:sicherung-${vorname}`, vorname, familienname }),
    eingaben: { 'persoenliche-daten': eingabe('persoenliche-daten', { vorname, familienname }) },
  };
}

afterAll(async () => {
  for (const name of datenbanken) await admin(`drop database if exists ${name} with (force)`);
  await rm(ordner, { recursive: true, force: true });
});

describe.skipIf(!aufPostgres)('Sicherung mit pg_dump und Wiederherstellung in eine frische Datenbank', () => {
  test('die wiederhergestellte Datenbank zeigt dieselben Anträge, entschlüsselt, demselben Konto', async () => {
    const quelle = await neueDatenbank(inject('postgresTemplate'));
    const vorher = await appAuf(quelle);
    const konto = await einKonto(vorher, {
      passwort: null,
      rollen: ['sachbearbeitung'],
      behoerden: ['13003'],
    });
    const antraege = [
      await einAntrag(vorher, mitName('Sina', 'Sicher')),
      await einAntrag(vorher, mitName('Rudi', 'Restore')),
    ];
    const original = await posteingang(vorher, await alsPersonal(vorher, konto));
    expect(original.nummern.toSorted()).toEqual(antraege.map((a) => a.vorgangsnummer).toSorted());
    await vorher.close();

    const sicherung = path.join(ordner, 'mietrueckstaende.dump');
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${sicherung}`, withDatabase(url, quelle)]);
    const ziel = await neueDatenbank('template0');
    await run('pg_restore', [
      '--no-owner',
      '--exit-on-error',
      `--dbname=${withDatabase(url, ziel)}`,
      sicherung,
    ]);

    const nachher = await appAuf(ziel);
    try {
      const wieder = await posteingang(nachher, await alsPersonal(nachher, konto));
      expect(wieder.nummern).toEqual(original.nummern);
      for (const name of ['Sina Sicher', 'Rudi Restore']) expect(wieder.body).toContain(name);
      const fall = await nachher.app.inject({
        url: `/verwaltung/posteingang/antrag/${String(antraege[0]?.vorgangsnummer)}`,
        cookies: await alsPersonal(nachher, konto),
      });
      expect(fall.statusCode).toBe(200);
      expect(fall.body).toContain('Sicher');
    } finally {
      await nachher.close();
    }
  });
});
