import pino from 'pino';
import { afterAll, expect, test } from 'vitest';
import { testApp, testUhr } from '../../test/app.ts';
import { planer } from '../hintergrund/index.ts';
import { hintergrundJobs } from '../hintergrund-jobs.ts';
import { loggerOptions } from '../log.ts';
import { metrikRegister } from '../metriken.ts';
import { webJobs } from '../web/index.ts';
import { speichereAnfrage } from './anfrage-repo.ts';
import { bundidJobs } from './jobs.ts';

// The deletion rules of sessions and BundID request records as background jobs with a fake clock, and that
// the registry runs them right at start (not only after one interval) with the count in the log and metric.

const logs: string[] = [];
const uhr = testUhr('2026-12-01T10:00:00+01:00');
const logger = pino(loggerOptions('info'), { write: (zeile: string) => logs.push(zeile) });
const t = await testApp({ uhr, logger });
afterAll(() => t.close());
const db = t.datenbank.db;

function einziger<T>(liste: T[]): T {
  expect(liste).toHaveLength(1);
  return liste[0] as T;
}

function eintraege(): Record<string, unknown>[] {
  return logs.map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function zaehler(regel: string): Promise<number> {
  const m = await metrikRegister.getSingleMetric('loeschungen_total')?.get();
  return m?.values.find((v) => v.labels.regel === regel)?.value ?? 0;
}

test('expired sessions are deleted, live ones kept; the count is logged and counted', async () => {
  const job = einziger(webJobs(t.deps));
  if (job.art !== 'periodisch') throw new Error('periodisch erwartet');
  const vorher = await zaehler('sitzungen');
  await t.app.sitzungen.erzeugen('buerger', { identitaet: { pseudonym: 'p' } });
  uhr.vor(29 * 60_000);
  logs.length = 0;
  await job.lauf();
  expect(await db.selectFrom('web_sitzung').selectAll().execute()).toHaveLength(1);
  expect(eintraege().filter((e) => 'loeschregel' in e)).toEqual([]);
  uhr.vor(2 * 60_000);
  await job.lauf();
  expect(await db.selectFrom('web_sitzung').selectAll().execute()).toEqual([]);
  expect(eintraege()).toContainEqual(expect.objectContaining({ loeschregel: 'sitzungen', geloescht: 1 }));
  expect(await zaehler('sitzungen')).toBe(vorher + 1);
});

test('BundID request records are deleted after a day', async () => {
  const job = einziger(bundidJobs(t.deps));
  if (job.art !== 'periodisch') throw new Error('periodisch erwartet');
  await speichereAnfrage(db, { id: '_alt', ziel: '/antrag' }, uhr.jetzt());
  uhr.vor(12 * 3_600_000);
  await speichereAnfrage(db, { id: '_neu', ziel: '/antrag' }, uhr.jetzt());
  uhr.vor(12 * 3_600_000 + 1);
  logs.length = 0;
  await job.lauf();
  const uebrig = await db.selectFrom('bundid_anfrage').select('id').execute();
  expect(uebrig.map((r) => r.id)).toEqual(['_neu']);
  expect(eintraege()).toContainEqual(
    expect.objectContaining({ loeschregel: 'bundid_anfragen', geloescht: 1 }),
  );
});

test('the registry runs the rules at its first pass, not only after one interval', async () => {
  await t.app.sitzungen.erzeugen('personal', { benutzer: 'x' });
  uhr.vor(13 * 3_600_000);
  logs.length = 0;
  const p = planer({ db, jetzt: uhr.jetzt, logger, jobs: hintergrundJobs(t.deps), taktMs: 60_000 });
  const gelaufen = await p.takt();
  await p.stop();
  expect(gelaufen).toEqual(expect.arrayContaining(['web.sitzungen-loeschen', 'bundid.anfragen-loeschen']));
  expect(eintraege()).toContainEqual(expect.objectContaining({ loeschregel: 'sitzungen', geloescht: 1 }));
  expect(eintraege()).toContainEqual(
    expect.objectContaining({ loeschregel: 'bundid_anfragen', geloescht: 1 }),
  );
  expect(await db.selectFrom('web_sitzung').selectAll().execute()).toEqual([]);
});
