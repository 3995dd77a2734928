import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import {
  alsPersonal,
  einePersonalSitzung,
  type Antwort,
  type PersonalBrowser,
} from '../../test/personal-sitzung.ts';
import { freierPort } from '../../test/freier-port.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { PLATZHALTER, leseVerbindung } from '../zustellung/verbindung.ts';
import { findNachnutzung, liveBeiJeDienst } from './nachnutzung-repo.ts';
import { onlineVerfuegbarkeit } from './repo/verfuegbarkeit.ts';

// The onboarding of Schwerin for "Übernahme von Mietrückständen" through the HTTP routes, step by step, with
// the refusals on the way, the generated e-mail, and an audit entry for every action.

const PAAR = `/verwaltung/nachnutzung/13004/${DIENST_MIETRUECKSTAENDE}`;
let t: TestApp;
let dataDir: string;
let k: PersonalBrowser;
let schwerin: PersonalBrowser;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'mr-nachnutzung-'));
  // The connection test goes through the built-in XTA mailbox over HTTP: the app must listen where it says.
  const port = await freierPort();
  t = await testApp({ env: { DATA_DIR: dataDir, XTA_INTERN_URL: `http://127.0.0.1:${port}/xta` } });
  await t.app.listen({ port, host: '127.0.0.1' });
  k = await alsPersonal(t);
  schwerin = await alsPersonal(
    t,
    einePersonalSitzung({
      benutzerId: 'schwerin-1',
      anzeigename: 'Sven Sachbearbeiter',
      rollen: ['sachbearbeitung'],
      behoerden: ['13004'],
    }),
  );
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const zustand = async () =>
  (await findNachnutzung(t.deps.datenbank.db, '13004', DIENST_MIETRUECKSTAENDE))?.zustand;
const ereignisse = () =>
  t.deps.datenbank.db.selectFrom('nachnutzung_ereignis').selectAll().orderBy('id').execute();
const mails = async () => {
  const dir = path.join(dataDir, 'mails');
  const dateien = (await readdir(dir).catch(() => [] as string[])).sort();
  return Promise.all(dateien.map((d) => readFile(path.join(dir, d), 'utf8')));
};
/** Decodes quoted-printable bodies of the .eml files for assertions on the text. */
const qp = (s: string) =>
  Buffer.from(
    s
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');

/** Runs an action and checks that exactly one audit entry with this action and person was written. */
async function mitProtokoll(aktion: string, person: string, tun: () => Promise<Antwort>, status = 303) {
  const vorher = (await ereignisse()).length;
  const res = await tun();
  expect(res.statusCode, aktion).toBe(status);
  const neu = (await ereignisse()).slice(vorher);
  expect(neu.map((e) => e.aktion)).toContain(aktion);
  expect(neu.find((e) => e.aktion === aktion)?.person_name).toBe(person);
  return res;
}

test('the page of a pair that was never touched shows "Nicht angebunden" and the first step', async () => {
  const res = await k.get(PAAR);
  expect(res.statusCode).toBe(200);
  expect(res.body).toContain('Nicht angebunden');
  expect(res.body).toContain('Interessenbekundung erfassen');
  expect(await zustand()).toBeUndefined();
});

test('skipping ahead is refused with a clear message and changes nothing', async () => {
  const res = await k.post(`${PAAR}/eingang-bestaetigen`);
  expect(res.statusCode).toBe(409);
  expect(res.body).toContain('Es liegt noch keine Interessenbekundung vor.');
  const weiter = await k.post(`${PAAR}/technisch-angebunden`);
  expect(weiter.statusCode).toBe(409);
  expect(weiter.body).toContain(
    'Der Übergang von „Nicht angebunden“ zu „Technisch angebunden“ ist nicht zulässig.',
  );
  expect(await zustand()).toBeUndefined();
});

test('Interessenbekundung: bad input is shown at the fields and kept', async () => {
  const res = await schwerin.post(`${PAAR}/interessenbekundung`, {
    startDatum: '31.02.2027',
    kontaktName: '',
    kontaktEmail: 'keine-adresse',
    signatur: 'Fachdienst Soziales',
  });
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('Bitte korrigieren Sie 3 Angaben');
  expect(res.body).toContain('Bitte geben Sie ein gültiges Datum an');
  expect(res.body).toContain('Bitte geben Sie die Ansprechperson');
  expect(res.body).toContain('value="keine-adresse"');
  expect(res.body).toContain('<title>Fehler: ');
});

test('Interessenbekundung: the office generates the template text, sends it, eGo MV confirms receipt', async () => {
  const erfasst = await mitProtokoll('interessenbekundung_erfasst', 'Sven Sachbearbeiter', () =>
    schwerin.post(`${PAAR}/interessenbekundung`, {
      startDatum: '01.03.2027',
      kontaktName: 'Sven Sachbearbeiter',
      kontaktEmail: 'sven.sachbearbeiter@schwerin.example',
      kontaktTelefon: '0385 545-1234',
      signatur: 'Sven Sachbearbeiter\nFachdienst Soziales\nLandeshauptstadt Schwerin',
    }),
  );
  const textSeite = await schwerin.get(String(erfasst.headers.location));
  expect(textSeite.body).toContain(
    'hiermit informiere ich Sie, dass Landeshauptstadt Schwerin den EfA-Onlinedienst Übernahme von Mietrückständen ab dem 01.03.2027 nachnutzen möchte. Ich bestätige außerdem, dass wir die Nachnutzungsbedingungen für EfA-Onlinediensten in MV akzeptieren. Ich bitte Sie daher uns die Unterlagen zur Anbindung zur Verfügung zu stellen.',
  );
  expect(textSeite.body).toContain(
    'Im weiteren Verlauf der Anbindung wird Sven Sachbearbeiter (sven.sachbearbeiter@schwerin.example, 0385 545-1234) als Ansprechperson verantwortlich sein.',
  );
  const id = /interessenbekundung\/(\d+)/.exec(String(erfasst.headers.location))?.[1];
  await mitProtokoll('interessenbekundung_gesendet', 'Sven Sachbearbeiter', () =>
    schwerin.post(`${PAAR}/interessenbekundung/${id}/senden`),
  );
  const [mail] = await mails();
  expect(mail).toContain('To: ozg@ego-mv.de');
  expect(mail).toContain('Reply-To: sven.sachbearbeiter@schwerin.example');
  const text = qp(mail ?? '');
  expect(text).toContain('Lieber eGO MV,');
  expect(text).toContain('Mit freundlichen Grüßen,\nSven Sachbearbeiter\nFachdienst Soziales');
  expect(await zustand()).toBe('nicht_angebunden');

  // Only the coordination confirms the receipt.
  expect((await schwerin.post(`${PAAR}/eingang-bestaetigen`)).statusCode).toBe(403);
  await mitProtokoll('interessenbekundung_eingang_bestaetigt', 'Karla Koordinatorin', () =>
    k.post(`${PAAR}/eingang-bestaetigen`),
  );
  expect(await zustand()).toBe('interesse_bekundet');
});

test('Nachnutzungsbedingungen: versioned upload by the coordination, acceptance records the version', async () => {
  const ohne = await schwerin.post(`${PAAR}/bedingungen`, { akzeptiert: 'ja', version: '1' });
  expect(ohne.statusCode).toBe(409);
  expect(ohne.body).toContain('Es sind noch keine Nachnutzungsbedingungen hinterlegt.');

  expect(
    (await schwerin.postMultipart('/verwaltung/nachnutzung/bedingungen', { titel: 'x', text: 'y' }))
      .statusCode,
  ).toBe(403);
  const keinPdf = await k.postMultipart(
    '/verwaltung/nachnutzung/bedingungen',
    { titel: 'Nachnutzungsbedingungen', text: '' },
    { feld: 'datei', name: 'b.pdf', typ: 'application/pdf', inhalt: Buffer.from('kein pdf') },
  );
  expect(keinPdf.statusCode).toBe(400);
  expect(keinPdf.body).toContain('Die Datei ist kein PDF.');
  expect(keinPdf.body).toContain('value="Nachnutzungsbedingungen"');

  await mitProtokoll('bedingungen_hochgeladen', 'Karla Koordinatorin', () =>
    k.postMultipart(
      '/verwaltung/nachnutzung/bedingungen',
      { titel: 'Nachnutzungsbedingungen für EfA-Onlinedienste in M-V', text: '§ 1 Gegenstand …' },
      {
        feld: 'datei',
        name: 'Bedingungen 2026.pdf',
        typ: 'application/pdf',
        inhalt: Buffer.from('%PDF-1.7\n…'),
      },
    ),
  );
  const pdf = await schwerin.get('/verwaltung/nachnutzung/bedingungen/1/datei');
  expect(pdf.statusCode).toBe(200);
  expect(pdf.headers['content-type']).toBe('application/pdf');
  expect(pdf.headers['content-disposition']).toContain("filename*=UTF-8''Bedingungen%202026.pdf");

  const ohneHaken = await schwerin.post(`${PAAR}/bedingungen`, { version: '1' });
  expect(ohneHaken.statusCode).toBe(400);
  expect(ohneHaken.body).toContain('Bitte bestätigen Sie, dass Sie die Nachnutzungsbedingungen akzeptieren.');

  await mitProtokoll('bedingungen_akzeptiert', 'Sven Sachbearbeiter', () =>
    schwerin.post(`${PAAR}/bedingungen`, { akzeptiert: 'ja', version: '1' }),
  );
  expect(await zustand()).toBe('bedingungen_akzeptiert');
  const akzeptanz = await t.deps.datenbank.db.selectFrom('nachnutzung_akzeptanz').selectAll().execute();
  expect(akzeptanz).toMatchObject([
    {
      behoerde_ags: '13004',
      version: 1,
      person_id: schwerin.personal.benutzerId,
      person_name: 'Sven Sachbearbeiter',
    },
  ]);
});

test('Unterlagen: the coordination adds the confirmation and the guide, provides them, the office confirms receipt', async () => {
  expect((await schwerin.post(`${PAAR}/unterlagen`, { vorlage: 'anbindungsleitfaden' })).statusCode).toBe(
    403,
  );
  const leer = await k.postMultipart(`${PAAR}/unterlagen`, { art: 'bestaetigung', titel: 'Bestätigung' });
  expect(leer.statusCode).toBe(400);
  expect(leer.body).toContain('Bitte geben Sie einen Text, einen Link oder eine Datei an.');
  const nurEins = await k.postMultipart(`${PAAR}/unterlagen`, {
    art: 'bestaetigung',
    titel: 'Bestätigung',
    text: 'x',
    url: 'https://example.de/a.pdf',
  });
  expect(nurEins.body).toContain('Bitte geben Sie nur eins an');

  // Providing without documents is refused.
  const zuFrueh = await k.post(`${PAAR}/unterlagen/bereitstellen`);
  expect(zuFrueh.statusCode).toBe(409);
  expect(zuFrueh.body).toContain('Die Bestätigung der Mitnutzungskoordination fehlt.');

  await mitProtokoll('unterlage_hinzugefuegt', 'Karla Koordinatorin', () =>
    k.postMultipart(`${PAAR}/unterlagen`, {
      art: 'bestaetigung',
      titel: 'Bestätigung der Interessenbekundung',
      text: 'Sehr geehrte Damen und Herren, wir bestätigen den Eingang …',
    }),
  );
  await mitProtokoll('unterlage_hinzugefuegt', 'Karla Koordinatorin', () =>
    k.post(`${PAAR}/unterlagen`, { vorlage: 'anbindungsleitfaden' }),
  );
  await mitProtokoll('unterlage_hinzugefuegt', 'Karla Koordinatorin', () =>
    k.postMultipart(
      `${PAAR}/unterlagen`,
      { art: 'anbindungsunterlage', titel: 'DVDV-Eintragung' },
      { feld: 'datei', name: 'dvdv.pdf', typ: 'application/pdf', inhalt: Buffer.from('%PDF-1.4 dvdv') },
    ),
  );
  // Receipt before the documents are provided is refused.
  const unterlagen = await t.deps.datenbank.db
    .selectFrom('nachnutzung_unterlage')
    .select('id')
    .orderBy('id')
    .execute();
  expect(unterlagen).toHaveLength(3);
  expect((await schwerin.post(`${PAAR}/unterlagen/${unterlagen[0]?.id}/empfang`)).statusCode).toBe(409);

  await mitProtokoll('unterlagen_bereitgestellt', 'Karla Koordinatorin', () =>
    k.post(`${PAAR}/unterlagen/bereitstellen`),
  );
  expect(await zustand()).toBe('unterlagen_bereitgestellt');
  // The office contact from the declaration is told by mail.
  expect(qp((await mails()).at(-1) ?? '')).toContain('Bitte bestätigen Sie dort den Empfang.');

  const datei = await schwerin.get(`${PAAR}/unterlagen/${unterlagen[2]?.id}`);
  expect(datei.headers['content-type']).toBe('application/pdf');
  const leitfaden = await schwerin.get(`${PAAR}/unterlagen/${unterlagen[1]?.id}`);
  expect(leitfaden.headers.location).toBe(
    'https://zb.mv-serviceportal.de/static/MVP/Anbindungsleitfaden_EfA.pdf',
  );

  await mitProtokoll('unterlage_empfangen', 'Sven Sachbearbeiter', () =>
    schwerin.post(`${PAAR}/unterlagen/${unterlagen[0]?.id}/empfang`),
  );
  const doppelt = await schwerin.post(`${PAAR}/unterlagen/${unterlagen[0]?.id}/empfang`);
  expect(doppelt.statusCode).toBe(409);
  expect(doppelt.body).toContain('ist bereits bestätigt');
});

const intern = {
  transport: 'intern',
  leserKennung: 'xsb:130040000000',
  leserName: 'Landeshauptstadt Schwerin, Fachdienst Soziales',
  dienstUri: PLATZHALTER.dienstUri,
  xsozialVersion: '2.4.0',
};

test('technical connection: both halves validated, receipt of all documents, Lämmerzahl only via ComVibilia', async () => {
  const formular = await schwerin.get(`${PAAR}/verbindung`);
  // zustellung/'s defaults for the built-in mailbox are offered.
  expect(formular.body).toContain('value="xsb:130040000000"');
  expect(formular.body).toContain(PLATZHALTER.dienstUri);

  const laemmerzahl = await schwerin.post(`${PAAR}/verbindung`, { ...intern, fachverfahren: 'laemmerzahl' });
  expect(laemmerzahl.statusCode).toBe(400);
  expect(laemmerzahl.body).toContain('Lämmerzahl kann nur über Governikus ComVibilia angebunden werden.');
  expect(await leseVerbindung(t.deps.datenbank.db, '13004', DIENST_MIETRUECKSTAENDE)).toBeUndefined();

  const xtaOhneAngaben = await schwerin.post(`${PAAR}/verbindung`, {
    ...intern,
    transport: 'xta',
    fachverfahren: 'prosoz',
    endpunktManagement: 'http://unsicher.example/ManagementPort',
    leserKennung: '',
  });
  expect(xtaOhneAngaben.statusCode).toBe(400);
  for (const text of [
    'muss eine Adresse mit https:// sein',
    'Bitte geben Sie die Adresse des SendXtaPort an.',
    'Bitte geben Sie die DVDV-Kennung des Sozialamts an.',
  ])
    expect(xtaOhneAngaben.body).toContain(text);
  expect(xtaOhneAngaben.body).toContain('value="http://unsicher.example/ManagementPort"');
  const posteingangMitXta = await schwerin.post(`${PAAR}/verbindung`, {
    ...intern,
    transport: 'xta',
    fachverfahren: 'posteingang',
  });
  expect(posteingangMitXta.body).toContain(
    'Der eingebaute Posteingang liest aus dem eingebauten XTA-Postfach.',
  );

  await mitProtokoll('verbindung_gespeichert', 'Sven Sachbearbeiter', () =>
    schwerin.post(`${PAAR}/verbindung`, { ...intern, fachverfahren: 'laemmerzahl', comvibilia: 'ja' }),
  );
  // The transport half is zustellung/'s record, the one deliveries use.
  expect(await leseVerbindung(t.deps.datenbank.db, '13004', DIENST_MIETRUECKSTAENDE)).toMatchObject({
    transport: 'intern',
    leserKennung: 'xsb:130040000000',
  });
  const offen = await schwerin.post(`${PAAR}/technisch-angebunden`);
  expect(offen.statusCode).toBe(409);
  expect(offen.body).toContain('Der Empfang von 2 Unterlagen ist noch nicht bestätigt.');
  const ids = await t.deps.datenbank.db
    .selectFrom('nachnutzung_unterlage')
    .select('id')
    .where('empfang_bestaetigt_am', 'is', null)
    .execute();
  for (const { id } of ids) await schwerin.post(`${PAAR}/unterlagen/${id}/empfang`);
  await mitProtokoll('technisch_angebunden', 'Sven Sachbearbeiter', () =>
    schwerin.post(`${PAAR}/technisch-angebunden`),
  );
  expect(await zustand()).toBe('technisch_angebunden');
});

test('the connection test (through the built-in XTA mailbox) must pass with the current parameters', async () => {
  const ohneTest = await schwerin.post(`${PAAR}/test-erfolgreich`);
  expect(ohneTest.statusCode).toBe(409);
  expect(ohneTest.body).toContain(
    'Es liegt kein bestandener Verbindungstest mit den aktuellen Verbindungsdaten vor.',
  );

  await mitProtokoll('verbindungstest_bestanden', 'Sven Sachbearbeiter', () =>
    schwerin.post(`${PAAR}/verbindungstest`),
  );
  const test1 = await t.deps.datenbank.db
    .selectFrom('nachnutzung_verbindungstest')
    .selectAll()
    .executeTakeFirstOrThrow();
  expect(test1).toMatchObject({ bestanden: true, durchgefuehrt_von_name: 'Sven Sachbearbeiter' });
  for (const zeile of [
    'Fachverfahren: Lämmerzahl (nur über Governikus ComVibilia) über Governikus ComVibilia',
    'Parameterprüfung: bestanden',
    'Konto: bestanden',
    'Testnachricht: bestanden',
    'Transportbericht: bestanden',
  ])
    expect(test1.bericht).toContain(zeile);

  // Changing the parameters afterwards makes the old result worthless.
  await schwerin.post(`${PAAR}/verbindung`, { ...intern, fachverfahren: 'posteingang' });
  const veraltet = await schwerin.post(`${PAAR}/test-erfolgreich`);
  expect(veraltet.statusCode).toBe(409);
  await schwerin.post(`${PAAR}/verbindungstest`);
  await mitProtokoll('test_erfolgreich', 'Sven Sachbearbeiter', () =>
    schwerin.post(`${PAAR}/test-erfolgreich`),
  );
  expect(await zustand()).toBe('test_erfolgreich');
});

test('go-live: a new terms version needs renewed acceptance; only the coordination sets the date', async () => {
  await k.postMultipart('/verwaltung/nachnutzung/bedingungen', {
    titel: 'Nachnutzungsbedingungen 2027',
    text: 'Neu: § 7 …',
  });
  expect((await schwerin.post(`${PAAR}/produktiv`, { datum: '29.11.2026' })).statusCode).toBe(403);
  const abgelehnt = await k.post(`${PAAR}/produktiv`, { datum: '29.11.2026' });
  expect(abgelehnt.statusCode).toBe(409);
  expect(abgelehnt.body).toContain('(Version 2) muss vor der Produktivsetzung akzeptiert werden.');
  expect(abgelehnt.body).toContain('value="29.11.2026"');
  const alt = await schwerin.post(`${PAAR}/bedingungen`, { akzeptiert: 'ja', version: '1' });
  expect(alt.body).toContain('Inzwischen gibt es eine neue Fassung');
  await mitProtokoll('bedingungen_erneut_akzeptiert', 'Sven Sachbearbeiter', () =>
    schwerin.post(`${PAAR}/bedingungen`, { akzeptiert: 'ja', version: '2' }),
  );
  const vergangen = await k.post(`${PAAR}/produktiv`, { datum: '28.11.2026' });
  expect(vergangen.statusCode).toBe(400);
  expect(vergangen.body).toContain('Das Datum darf nicht in der Vergangenheit liegen.');
  await mitProtokoll('produktiv_gesetzt', 'Karla Koordinatorin', () =>
    k.post(`${PAAR}/produktiv`, { datum: '29.11.2026' }),
  );
  expect(await findNachnutzung(t.deps.datenbank.db, '13004', DIENST_MIETRUECKSTAENDE)).toMatchObject({
    zustand: 'produktiv',
    produktiv_seit: '2026-11-29',
  });
  expect((await liveBeiJeDienst(t.deps.datenbank.db)).get(DIENST_MIETRUECKSTAENDE)).toEqual([
    'Hanse- und Universitätsstadt Rostock',
    'Landeshauptstadt Schwerin',
  ]);
  expect(
    await onlineVerfuegbarkeit(t.deps.datenbank.db, '13004', DIENST_MIETRUECKSTAENDE, '2026-11-29'),
  ).toEqual({
    art: 'online',
    wirksamZum: null,
  });
  expect((await t.app.inject({ url: '/behoerden' })).body).toContain('Landeshauptstadt Schwerin');
});

test('the timeline shows every step with who, when and the texts', async () => {
  const seite = await schwerin.get(PAAR);
  expect(seite.statusCode).toBe(200);
  for (const text of [
    'Interessenbekundung erfasst, E-Mail-Text erzeugt',
    'Eingang der Interessenbekundung bestätigt',
    '(Nicht angebunden → Interesse bekundet)',
    'Nachnutzungsbedingungen akzeptiert',
    'Bestätigung und Unterlagen bereitgestellt',
    'Verbindungstest bestanden',
    'Produktiv gesetzt',
    'Karla Koordinatorin',
    'Sven Sachbearbeiter',
    '29.11.2026, 10:',
  ]) {
    expect(seite.body).toContain(text);
  }
  const alle = await ereignisse();
  expect(alle.every((e) => e.person_name !== '' && e.erstellt_am instanceof Date)).toBe(true);
  // Never the private key, never a session.
  expect(JSON.stringify(alle)).not.toContain('PRIVATE KEY');
});
