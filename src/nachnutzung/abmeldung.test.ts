import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp, testUhr, type TestApp } from '../../test/app.ts';
import { testDatenbank } from '../../test/db.ts';
import { alsPersonal, einePersonalSitzung } from '../../test/personal-sitzung.ts';
import type { Datenbank } from '../db/client.ts';
import { dauerhafteAbmeldungWirksamZum } from '../fristen/index.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { fuehreFaelligeUebergaengeAus } from './job.ts';
import { abgemeldeteBehoerden, onlineVerfuegbarkeit } from './repo/verfuegbarkeit.ts';
import { findNachnutzung, liveBeiJeDienst } from './nachnutzung-repo.ts';

// Deregistration of the pilot Rostock (13003, live since the seed): scenario A takes effect at the computed
// date through the scheduled job, also across restarts; scenario B shows the notice and resumes by itself.

const PAAR = `/verwaltung/nachnutzung/13003/${DIENST_MIETRUECKSTAENDE}`;
const rostockPersonal = einePersonalSitzung({
  benutzerId: 'rostock-1',
  anzeigename: 'Rita Rostock',
  rollen: ['sachbearbeitung'],
  behoerden: ['13003'],
});

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'mr-abmeldung-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const env = () => ({ DATA_DIR: dataDir, NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN: '3600' });
async function letzteMail(): Promise<string> {
  const dir = path.join(dataDir, 'mails');
  const dateien = (await readdir(dir)).sort();
  const text = await readFile(path.join(dir, dateien.at(-1) ?? ''), 'utf8');
  return Buffer.from(
    text
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');
}

test('the effective date of a permanent deregistration: 3 months to the end of a month (§§ 187, 188 BGB)', () => {
  expect(dauerhafteAbmeldungWirksamZum('2027-01-15')).toBe('2027-04-30');
  expect(dauerhafteAbmeldungWirksamZum('2027-01-31')).toBe('2027-04-30');
  expect(dauerhafteAbmeldungWirksamZum('2027-02-01')).toBe('2027-05-31');
  expect(dauerhafteAbmeldungWirksamZum('2027-11-30')).toBe('2028-02-29');
});

describe('scenario A: permanent deregistration', () => {
  let datenbank: Datenbank;
  const uhr = testUhr('2027-01-15T10:00:00+01:00');
  let t: TestApp;

  beforeAll(async () => {
    datenbank = await testDatenbank();
    t = await testApp({ datenbank, uhr, env: env() });
    // What the registered job nachnutzung.uebergaenge does in its first pass after a start (ADR 0020).
    await fuehreFaelligeUebergaengeAus(t.deps);
  });
  afterAll(async () => {
    await t.app.close();
    await datenbank.close();
  });

  /** A "restart": the running app stops, a new one starts on the same database with the clock moved. */
  async function neustart(zeit: string) {
    await t.app.close();
    uhr.setze(zeit);
    t = await testApp({ datenbank, uhr, env: env() });
    // What the registered job nachnutzung.uebergaenge does in its first pass after a start (ADR 0020).
    await fuehreFaelligeUebergaengeAus(t.deps);
  }

  test('the announcement records reason and receipt, computes the date and tells the MiK', async () => {
    const rita = await alsPersonal(t, rostockPersonal);
    const zukunft = await rita.post(`${PAAR}/kuendigung`, { datum: '16.01.2027', grund: 'x' });
    expect(zukunft.statusCode).toBe(400);
    expect(zukunft.body).toContain('Das Eingangsdatum darf nicht in der Zukunft liegen.');
    const ohneGrund = await rita.post(`${PAAR}/kuendigung`, { datum: '15.01.2027', grund: ' ' });
    expect(ohneGrund.body).toContain('Bitte geben Sie den Grund an.');

    const res = await rita.post(`${PAAR}/kuendigung`, {
      datum: '15.01.2027',
      grund: 'Wechsel auf ein landkreiseigenes Portal',
    });
    expect(res.statusCode).toBe(303);
    expect(await findNachnutzung(datenbank.db, '13003', DIENST_MIETRUECKSTAENDE)).toMatchObject({
      zustand: 'kuendigung_angekuendigt',
      kuendigung_eingang: '2027-01-15',
      wirksam_zum: '2027-04-30',
      abmeldung_grund: 'Wechsel auf ein landkreiseigenes Portal',
    });
    const mail = await letzteMail();
    expect(mail).toContain('To: ozg@ego-mv.de');
    expect(mail).toContain('die Abmeldung wird wirksam zum 30.04.2027');
    expect(mail).toContain('Begründung: Wechsel auf ein landkreiseigenes Portal');

    const detail = await rita.get(PAAR);
    expect(detail.body).toContain('Abmeldung wirksam zum');
    expect(detail.body).toContain('30.04.2027');
    expect(detail.body).toContain('Erledigt: Kündigung beim MiK angekündigt');

    const k = await alsPersonal(t);
    const uebersicht = await k.get('/verwaltung/nachnutzung?zustand=kuendigung_angekuendigt');
    expect(uebersicht.body).toContain('Abmeldung wirksam zum 30.04.2027');
    expect(uebersicht.body).toContain('Entkopplung: 6 von 7 Punkten offen');

    // During the notice period, applications are still taken.
    expect(await onlineVerfuegbarkeit(datenbank.db, '13003', DIENST_MIETRUECKSTAENDE, '2027-04-29')).toEqual({
      art: 'online',
      wirksamZum: '2027-04-30',
    });
  });

  test('the decoupling checklist is ticked and audited', async () => {
    const rita = await alsPersonal(t, rostockPersonal);
    const res = await rita.post(`${PAAR}/entkopplung`, { punkt: 'termin_abgestimmt', erledigt: 'ja' });
    expect(res.statusCode).toBe(303);
    const falsch = await rita.post(`${PAAR}/entkopplung`, { punkt: 'gibt-es-nicht', erledigt: 'ja' });
    expect(falsch.statusCode).toBe(400);
    const e = await datenbank.db
      .selectFrom('nachnutzung_ereignis')
      .selectAll()
      .where('aktion', '=', 'entkopplung_erledigt')
      .execute();
    expect(e).toMatchObject([{ person_name: 'Rita Rostock', daten: { punkt: 'termin_abgestimmt' } }]);
  });

  test('a restart the evening before the effective date changes nothing', async () => {
    await neustart('2027-04-29T23:59:00+02:00');
    expect((await findNachnutzung(datenbank.db, '13003', DIENST_MIETRUECKSTAENDE))?.zustand).toBe(
      'kuendigung_angekuendigt',
    );
  });

  test('after a restart on the effective date the office takes no new applications, automatically', async () => {
    await neustart('2027-04-30T00:01:00+02:00');
    const stand = await findNachnutzung(datenbank.db, '13003', DIENST_MIETRUECKSTAENDE);
    expect(stand?.zustand).toBe('abgemeldet');
    const [ereignis] = await datenbank.db
      .selectFrom('nachnutzung_ereignis')
      .selectAll()
      .where('aktion', '=', 'abmeldung_wirksam')
      .execute();
    expect(ereignis).toMatchObject({
      von_zustand: 'kuendigung_angekuendigt',
      nach_zustand: 'abgemeldet',
      person_id: 'system',
      person_name: 'System (zeitgesteuerte Prüfung)',
    });
    expect(ereignis?.erstellt_am.toISOString()).toBe('2027-04-29T22:01:00.000Z');

    const verfuegbar = await onlineVerfuegbarkeit(
      datenbank.db,
      '13003',
      DIENST_MIETRUECKSTAENDE,
      '2027-04-30',
    );
    expect(verfuegbar).toMatchObject({ art: 'schriftlich', grund: 'abgemeldet' });
    if (verfuegbar.art === 'schriftlich') {
      expect(verfuegbar.hinweisText).toContain('nicht online beantragen');
      expect(verfuegbar.hinweisText).toContain('St.-Georg-Straße 109, 18055 Rostock');
    }
    expect(await abgemeldeteBehoerden(datenbank.db, DIENST_MIETRUECKSTAENDE)).toMatchObject([
      { ags: '13003', wirksamZum: '2027-04-30' },
    ]);
    expect((await liveBeiJeDienst(datenbank.db)).get(DIENST_MIETRUECKSTAENDE)).toBeUndefined();
    const seite = await t.app.inject({ url: '/behoerden/13003' });
    expect(seite.body).toContain('nicht online beantragen');
  });

  test('running the job again does nothing (idempotent), and the state is final', async () => {
    expect(await fuehreFaelligeUebergaengeAus(t.deps)).toEqual([]);
    const rita = await alsPersonal(t, rostockPersonal);
    const res = await rita.post(`${PAAR}/wiederaufnahme`);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Aus „Abgemeldet“ führt kein weiterer Schritt.');
    // The checklist stays open after the effective date.
    expect(
      (await rita.post(`${PAAR}/entkopplung`, { punkt: 'entkopplung_bestaetigt', erledigt: 'ja' }))
        .statusCode,
    ).toBe(303);
  });
});

describe('scenario B: temporary deregistration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ env: env() });
  });
  afterAll(() => t.close());
  const stand = () => findNachnutzung(t.deps.datenbank.db, '13003', DIENST_MIETRUECKSTAENDE);

  test('wrong dates are refused at the field and the input is kept', async () => {
    const rita = await alsPersonal(t, rostockPersonal);
    const res = await rita.post(`${PAAR}/voruebergehend`, {
      grund: 'Umstellung',
      beginn: 'geplant',
      ab: '',
      bis: '01.12.2026',
      hinweisText: 'Eigener Text',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Bitte geben Sie den Beginn als Datum an');
    expect(res.body).toContain('Eigener Text');
    const vorBeginn = await rita.post(`${PAAR}/voruebergehend`, {
      grund: 'x',
      beginn: 'sofort',
      bis: '29.11.2026',
    });
    expect(vorBeginn.body).toContain('Die Wiederaufnahme muss nach dem Beginn der Abmeldung liegen.');
    expect((await stand())?.zustand).toBe('produktiv');
  });

  test('immediately: notice for citizens on the office’s page, the MiK is told', async () => {
    const k = await alsPersonal(t);
    await k.post('/verwaltung/nachnutzung/kontakte', {
      behoerde: '',
      ebene: 'land',
      rolle: 'mik',
      bezeichnung: 'Mitnutzungskoordination M-V',
      email: 'mik@example.de',
    });
    const rita = await alsPersonal(t, rostockPersonal);
    const res = await rita.post(`${PAAR}/voruebergehend`, {
      grund: 'Umstellung auf eine neue Prosoz-Version',
      beginn: 'sofort',
      bis: '15.12.2026',
    });
    expect(res.statusCode).toBe(303);
    const s = await stand();
    expect(s).toMatchObject({
      zustand: 'voruebergehend_abgemeldet',
      voruebergehend_ab: '2026-11-29',
      voruebergehend_bis: '2026-12-15',
    });
    expect(s?.hinweis_text).toContain('vorübergehend nicht verfügbar');
    expect(s?.hinweis_text).toContain('voraussichtlich ab dem 15.12.2026 wieder verfügbar');
    expect(s?.hinweis_text).toContain('schriftlich oder persönlich');
    expect(s?.hinweis_text).toContain('Telefon +49 381 381-2547');

    const mail = await letzteMail();
    expect(mail).toContain('To: mik@example.de');
    expect(mail).toContain('Begründung: Umstellung auf eine neue Prosoz-Version');
    expect(mail).toContain('Voraussichtliche Wiederaufnahme: 15.12.2026');

    const verfuegbar = await onlineVerfuegbarkeit(
      t.deps.datenbank.db,
      '13003',
      DIENST_MIETRUECKSTAENDE,
      '2026-11-29',
    );
    expect(verfuegbar).toMatchObject({
      art: 'voruebergehend_nicht_verfuegbar',
      wiederVerfuegbarAb: '2026-12-15',
    });
    const seite = await t.app.inject({ url: '/behoerden/13003' });
    expect(seite.statusCode).toBe(200);
    expect(seite.body).toContain('Übernahme von Mietrückständen: vorübergehend nicht verfügbar');
    expect(seite.body).toContain('voraussichtlich ab dem 15.12.2026 wieder verfügbar');
    // The public information page no longer lists Rostock as live.
    expect((await liveBeiJeDienst(t.deps.datenbank.db)).get(DIENST_MIETRUECKSTAENDE)).toBeUndefined();
  });

  test('the job resumes the service at the announced day', async () => {
    t.uhr.setze('2026-12-14T23:00:00+01:00');
    expect(await fuehreFaelligeUebergaengeAus(t.deps)).toEqual([]);
    t.uhr.setze('2026-12-15T00:00:30+01:00');
    expect(await fuehreFaelligeUebergaengeAus(t.deps)).toEqual([
      {
        ags: '13003',
        dienstId: DIENST_MIETRUECKSTAENDE,
        von: 'voruebergehend_abgemeldet',
        nach: 'produktiv',
      },
    ]);
    expect(await stand()).toMatchObject({
      zustand: 'produktiv',
      hinweis_text: null,
      voruebergehend_bis: null,
    });
    const seite = await t.app.inject({ url: '/behoerden/13003' });
    expect(seite.body).not.toContain('vorübergehend nicht verfügbar');
  });

  test('planned start with open end: switched by the job, resumed by hand', async () => {
    const rita = await alsPersonal(t, rostockPersonal);
    const res = await rita.post(`${PAAR}/voruebergehend`, {
      grund: 'Personalengpass über die Feiertage',
      beginn: 'geplant',
      ab: '24.12.2026',
      hinweisText: 'Über die Feiertage nehmen wir Anträge nur schriftlich an.',
    });
    expect(res.statusCode).toBe(303);
    expect(await stand()).toMatchObject({ zustand: 'produktiv', voruebergehend_ab: '2026-12-24' });
    const k = await alsPersonal(t);
    expect((await k.get('/verwaltung/nachnutzung?zustand=produktiv')).body).toContain(
      'Vorübergehende Abmeldung ab 24.12.2026 geplant',
    );
    t.uhr.setze('2026-12-24T00:00:01+01:00');
    await fuehreFaelligeUebergaengeAus(t.deps);
    expect(await stand()).toMatchObject({
      zustand: 'voruebergehend_abgemeldet',
      hinweis_text: 'Über die Feiertage nehmen wir Anträge nur schriftlich an.',
    });
    t.uhr.setze('2027-02-01T08:00:00+01:00');
    expect(await fuehreFaelligeUebergaengeAus(t.deps)).toEqual([]);
    const rita2 = await alsPersonal(t, rostockPersonal);
    expect((await rita2.post(`${PAAR}/wiederaufnahme`)).statusCode).toBe(303);
    expect((await stand())?.zustand).toBe('produktiv');
    expect(await letzteMail()).toContain('wieder aufgenommen');
  });

  test('a planned temporary deregistration can be withdrawn before it starts', async () => {
    const rita = await alsPersonal(t, rostockPersonal);
    await rita.post(`${PAAR}/voruebergehend`, { grund: 'Wartung', beginn: 'geplant', ab: '01.03.2027' });
    const res = await rita.post(`${PAAR}/wiederaufnahme`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('meldung=zurueckgenommen');
    expect(await stand()).toMatchObject({ zustand: 'produktiv', voruebergehend_ab: null });
    t.uhr.setze('2027-03-01T12:00:00+01:00');
    expect(await fuehreFaelligeUebergaengeAus(t.deps)).toEqual([]);
  });
});

test('a mail that cannot be sent does not undo the action: it is shown and recorded', async () => {
  const t = await testApp({
    env: { SMTP_URL: 'smtp://127.0.0.1:1', NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN: '3600' },
  });
  try {
    const rita = await alsPersonal(t, rostockPersonal);
    const res = await rita.post(`${PAAR}/voruebergehend`, { grund: 'Wartung', beginn: 'sofort' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Der Dienst ist vorübergehend abgemeldet.');
    expect(res.body).toContain('Die E-Mail an ozg@ego-mv.de konnte nicht gesendet werden.');
    expect((await findNachnutzung(t.deps.datenbank.db, '13003', DIENST_MIETRUECKSTAENDE))?.zustand).toBe(
      'voruebergehend_abgemeldet',
    );
    const protokoll = await t.deps.datenbank.db
      .selectFrom('nachnutzung_ereignis')
      .select(['aktion', 'daten'])
      .where('aktion', 'like', 'mail_%')
      .execute();
    expect(protokoll).toMatchObject([{ aktion: 'mail_fehlgeschlagen', daten: { an: 'ozg@ego-mv.de' } }]);
  } finally {
    await t.close();
  }
});
