import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { antragRepo } from '../antrag/antrag-repo.ts';
import type { RohEingabe } from '../antrag/schritte/felder.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { kopfzeile, mailText } from '../posteingang/entwicklung-routen.tsx';
import { antragEntwurfsquelle, entwurfsAdresse } from '../antrag/entwurfsquelle.ts';
import {
  entwurfsmitteilungenSenden,
  entwurfsmitteilungenVormerken,
  entwurfsmitteilungsLauf,
} from './entwurfsmitteilung.ts';
import { fuehreFaelligeUebergaengeAus } from './job.ts';
import type { Akteur } from './dienst/grundlagen.ts';
import { kuendige } from './dienst/kuendigung.ts';
import { meldeVoruebergehendAb, nimmWiederAuf } from './dienst/voruebergehend.ts';

// Owners of drafts for Schwerin (13004) who chose e-mail are told how to apply in writing: once per draft and
// event, across job runs and a restart; nobody else is written to.

const koordination: Akteur = { id: 'k', name: 'Karla Koordinatorin', koordination: true };
const paar = { ags: '13004', dienstId: DIENST_MIETRUECKSTAENDE };
let t: TestApp;
let dataDir: string;
const env = () => ({ DATA_DIR: dataDir, BASE_URL: 'https://mr.example' });
const entwurf: Record<string, string> = {};
const quelle = () => antragEntwurfsquelle(t.deps);

async function mails(): Promise<{ an: string; betreff: string; inhalt: string }[]> {
  const dir = path.join(dataDir, 'mails');
  const dateien = (await readdir(dir).catch(() => [] as string[])).filter((d) => d.endsWith('.eml')).sort();
  return Promise.all(
    dateien.map(async (d) => {
      const eml = await readFile(path.join(dir, d), 'utf8');
      return { an: kopfzeile(eml, 'To'), betreff: kopfzeile(eml, 'Subject'), inhalt: mailText(eml) };
    }),
  );
}
/** Mails to citizens (the MiK gets its own notices of every deregistration). */
const anBuerger = async () => (await mails()).filter((m) => m.an.endsWith('@buerger.example'));

async function legeEntwurfAn(name: string, ags: string, kontakt: RohEingabe) {
  const repo = antragRepo(t.deps.datenbank.db, t.deps.secrets.dataKey);
  const e = await repo.entwurfAnlegen(
    repo.besitzerVon(`bpk2:${name}`),
    { personen: [], eingaben: { 'wohnung-sozialamt': { ags }, kontakt } },
    t.uhr.jetzt(),
  );
  entwurf[name] = e.id;
}
const perMail = (name: string) => ({ kontaktweg: 'email', email: `${name}@buerger.example`, telefon: '' });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'mr-entwurfsmitteilung-'));
  t = await testApp({ env: env() });
  // The path to go-live is tested elsewhere (job.test.ts, e2e/nachnutzung.test.ts).
  await t.deps.datenbank.db
    .insertInto('nachnutzung')
    .values({
      behoerde_ags: '13004',
      dienst_id: DIENST_MIETRUECKSTAENDE,
      zustand: 'produktiv',
      produktiv_seit: '2026-11-01',
      hinweis_text: null,
      wirksam_zum: null,
    })
    .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id']).doUpdateSet({ zustand: 'produktiv' }))
    .execute();
  await legeEntwurfAn('anna', '13004', perMail('anna'));
  await legeEntwurfAn('bert', '13004', {
    kontaktweg: 'telefon',
    telefon: '0385 1',
    email: 'bert@buerger.example',
  });
  await legeEntwurfAn('cem', '13003', perMail('cem'));
  await legeEntwurfAn('dora', '13004', perMail('dora'));
  await legeEntwurfAn('emil', '13004', {});
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('the office of a draft: the chosen Kreis, or the Kreis of the municipality routing gave', () => {
  const mail = { kontaktweg: 'email', email: ' a@b.example ' };
  const mit = (sozialamt: RohEingabe, kontakt: RohEingabe = mail) => ({
    personen: [],
    eingaben: { 'wohnung-sozialamt': sozialamt, kontakt },
  });
  expect(entwurfsAdresse(mit({ ags: '13004' }), '13004')).toBe('a@b.example');
  expect(entwurfsAdresse(mit({ gemeinde: '13004000', plz: '19053' }), '13004')).toBe('a@b.example');
  expect(entwurfsAdresse(mit({ gemeinde: '13072077', plz: '18059' }), '13004')).toBeUndefined();
  expect(entwurfsAdresse(mit({ gemeinde: '13072077', plz: '18059' }), '13072')).toBe('a@b.example');
  expect(entwurfsAdresse(mit({ gemeinde: '<script>' }), '13004')).toBeUndefined();
  expect(
    entwurfsAdresse(mit({ ags: '13004' }, { kontaktweg: 'telefon', email: 'a@b.example' }), '13004'),
  ).toBe(undefined);
  expect(entwurfsAdresse({ personen: [], eingaben: {} }, '13004')).toBeUndefined();
});

test('a temporary deregistration: one mail to each owner of a Schwerin draft who chose e-mail', async () => {
  const ab = await meldeVoruebergehendAb(t.deps, paar, koordination, {
    grund: 'Umstellung des Fachverfahrens',
    ab: null,
    bis: '2026-12-15',
    hinweisText: null,
  });
  expect(ab.ok).toBe(true);
  // Dora submits (the draft row is gone) after the queueing, before the sending.
  expect(await entwurfsmitteilungenVormerken(t.deps, quelle())).toBe(2);
  await t.deps.datenbank.db
    .deleteFrom('antrag_entwurf')
    .where('id', '=', entwurf.dora ?? '')
    .execute();
  expect(await entwurfsmitteilungenSenden(t.deps, quelle())).toEqual({
    gesendet: 1,
    entfallen: 1,
    fehlgeschlagen: 0,
  });

  const [m, ...rest] = await anBuerger();
  expect(rest).toEqual([]);
  expect(m?.an).toBe('anna@buerger.example');
  expect(m?.inhalt).toContain('vorübergehend nicht verfügbar');
  expect(m?.inhalt).toContain(`https://mr.example/antrag/${entwurf.anna ?? ''}`);
  expect(m?.inhalt).toContain('Am Packhof 2–6, 19053 Schwerin');
  // The event is in the timeline, with a count only.
  const protokoll = await t.deps.datenbank.db
    .selectFrom('nachnutzung_ereignis')
    .select(['daten', 'person_id'])
    .where('aktion', '=', 'entwurfsmitteilungen_vorgemerkt')
    .execute();
  expect(protokoll).toEqual([{ daten: { ereignis: expect.any(String), entwuerfe: 2 }, person_id: 'system' }]);
});

test('exactly once: further job runs and a restart of the app send nothing more', async () => {
  expect(await entwurfsmitteilungsLauf(t.deps, quelle())).toEqual({
    gesendet: 0,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  expect(await entwurfsmitteilungsLauf(t.deps, quelle())).toEqual({
    gesendet: 0,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  // A restart on the same database: the job runs at start-up.
  await t.app.close();
  t = await testApp({ env: env(), datenbank: t.datenbank, uhr: t.uhr });
  expect(await entwurfsmitteilungsLauf(t.deps, quelle())).toEqual({
    gesendet: 0,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  expect(await anBuerger()).toHaveLength(1);
});

test('a deregistration that is over before the job looks at it tells nobody; a repeated one tells once', async () => {
  expect((await nimmWiederAuf(t.deps, paar, koordination)).ok).toBe(true);
  expect(
    (
      await meldeVoruebergehendAb(t.deps, paar, koordination, {
        grund: 'Kurz',
        ab: null,
        bis: null,
        hinweisText: null,
      })
    ).ok,
  ).toBe(true);
  expect((await nimmWiederAuf(t.deps, paar, koordination)).ok).toBe(true);
  expect(await entwurfsmitteilungsLauf(t.deps, quelle())).toEqual({
    gesendet: 0,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  expect(await anBuerger()).toHaveLength(1);
  // Off, on, off again before the job runs: only the second deregistration is told.
  const ab = { grund: 'Störung', ab: null, bis: null, hinweisText: null };
  expect((await meldeVoruebergehendAb(t.deps, paar, koordination, ab)).ok).toBe(true);
  expect((await nimmWiederAuf(t.deps, paar, koordination)).ok).toBe(true);
  expect((await meldeVoruebergehendAb(t.deps, paar, koordination, ab)).ok).toBe(true);
  expect(await entwurfsmitteilungsLauf(t.deps, quelle())).toEqual({
    gesendet: 1,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  expect(await anBuerger()).toHaveLength(2);
  expect((await nimmWiederAuf(t.deps, paar, koordination)).ok).toBe(true);
});

test('a planned start through the scheduled job is a new event: one more mail, with the office’s own notice', async () => {
  expect(
    (
      await meldeVoruebergehendAb(t.deps, paar, koordination, {
        grund: 'Serverumzug',
        ab: '2026-12-01',
        bis: null,
        hinweisText: 'Anträge nehmen wir in dieser Zeit auch per Fax an: 0385 545-1.',
      })
    ).ok,
  ).toBe(true);
  expect(await entwurfsmitteilungsLauf(t.deps, quelle())).toEqual({
    gesendet: 0,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  t.uhr.setze('2026-12-01T06:00:00+01:00');
  expect(await fuehreFaelligeUebergaengeAus(t.deps)).toHaveLength(1);
  expect(await entwurfsmitteilungsLauf(t.deps, quelle())).toEqual({
    gesendet: 1,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  expect(await entwurfsmitteilungsLauf(t.deps, quelle())).toEqual({
    gesendet: 0,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  const alle = await anBuerger();
  expect(alle.map((m) => m.an)).toEqual(Array(3).fill('anna@buerger.example'));
  expect(alle[2]?.inhalt).toContain('per Fax an: 0385 545-1.');
  expect((await nimmWiederAuf(t.deps, paar, koordination)).ok).toBe(true);
});

test('a failed mail is retried later and still sent only once', async () => {
  expect(
    (await kuendige(t.deps, paar, koordination, { grund: 'Portalwechsel', eingang: '2026-12-01' })).ok,
  ).toBe(true);
  t.uhr.setze('2027-03-31T00:10:00+02:00');
  expect(await fuehreFaelligeUebergaengeAus(t.deps)).toEqual([
    { ags: '13004', dienstId: DIENST_MIETRUECKSTAENDE, von: 'kuendigung_angekuendigt', nach: 'abgemeldet' },
  ]);
  // The SMTP server is down: nothing is sent, the notice waits.
  const ohneServer = { ...t.deps, config: { ...t.deps.config, smtpUrl: 'smtp://127.0.0.1:9' } };
  expect(await entwurfsmitteilungsLauf(ohneServer, quelle())).toEqual({
    gesendet: 0,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  expect(await entwurfsmitteilungsLauf(t.deps, quelle())).toEqual({
    gesendet: 0,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  t.uhr.vor(6 * 60_000);
  expect(await entwurfsmitteilungsLauf(t.deps, quelle())).toEqual({
    gesendet: 1,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  expect(await entwurfsmitteilungsLauf(t.deps, quelle())).toEqual({
    gesendet: 0,
    entfallen: 0,
    fehlgeschlagen: 0,
  });
  const letzte = (await anBuerger()).at(-1);
  expect(letzte?.betreff).toContain('nimmt ihn nicht mehr online an');
  expect(letzte?.inhalt).toContain('Seit dem 31.03.2027');
  expect(await anBuerger()).toHaveLength(4);
});
