import pino from 'pino';
import { afterAll, expect, test } from 'vitest';
import { testApp, testUhr } from '../../test/app.ts';
import { testDatenbank } from '../../test/db.ts';
import { loggerOptions } from '../log.ts';
import { abgelaufeneSitzungenLoeschen } from '../web/index.ts';
import { alteAnfragenLoeschen, speichereAnfrage } from './anfrage-repo.ts';

// The deletion rules of sessions and BundID request records with a fake clock, and that the rules run right
// at start (not only after one interval) with the count in the log.

const logs: string[] = [];
const uhr = testUhr('2026-12-01T10:00:00+01:00');
const datenbank = await testDatenbank();
const logger = pino(loggerOptions('info'), { write: (zeile: string) => logs.push(zeile) });
const t = await testApp({ datenbank, uhr, logger, env: { DRAFT_CLEANUP_INTERVAL_MINUTES: '60' } });
afterAll(() => t.close());
const db = t.datenbank.db;

test('expired sessions are deleted, live ones kept', async () => {
  await t.app.sitzungen.erzeugen('buerger', { identitaet: { pseudonym: 'p' } });
  uhr.vor(29 * 60_000);
  expect(await abgelaufeneSitzungenLoeschen(db, uhr.jetzt())).toBe(0);
  uhr.vor(2 * 60_000);
  expect(await abgelaufeneSitzungenLoeschen(db, uhr.jetzt())).toBe(1);
  expect(await db.selectFrom('web_sitzung').selectAll().execute()).toEqual([]);
});

test('BundID request records are deleted after a day', async () => {
  await speichereAnfrage(db, { id: '_alt', ziel: '/antrag' }, uhr.jetzt());
  uhr.vor(12 * 3_600_000);
  await speichereAnfrage(db, { id: '_neu', ziel: '/antrag' }, uhr.jetzt());
  uhr.vor(12 * 3_600_000 + 1);
  expect(await alteAnfragenLoeschen(db, uhr.jetzt())).toBe(1);
  const uebrig = await db.selectFrom('bundid_anfrage').select('id').execute();
  expect(uebrig.map((r) => r.id)).toEqual(['_neu']);
});

test('the rules run at start, and what they delete is counted in the log', async () => {
  // An expired session left by an earlier process: a new app deletes it while starting.
  await t.app.sitzungen.erzeugen('personal', { benutzer: 'x' });
  uhr.vor(13 * 3_600_000);
  logs.length = 0;
  const zweite = await testApp({ datenbank, uhr, logger, env: { DRAFT_CLEANUP_INTERVAL_MINUTES: '60' } });
  await zweite.app.close();
  const eintraege = logs.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(eintraege).toContainEqual(expect.objectContaining({ loeschregel: 'sitzungen', geloescht: 1 }));
  expect(eintraege).toContainEqual(expect.objectContaining({ loeschregel: 'bundid_anfragen', geloescht: 1 }));
  expect(await db.selectFrom('web_sitzung').selectAll().execute()).toEqual([]);
});
