import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { einePersonalSitzung } from '../test/personal-sitzung.ts';
import { einKonto } from '../test/personal.ts';
import { DIENST_MIETRUECKSTAENDE } from '../src/katalog/dienste.ts';
import { findNachnutzung, onlineVerfuegbarkeit } from '../src/nachnutzung/nachnutzung-repo.ts';
import { kopfzeile, mailText } from '../src/posteingang/entwicklung-routen.tsx';
import { cookieName } from '../src/web/sitzung.ts';
import {
  absenden,
  anmeldenUeberBundid,
  bisZumSozialamt,
  bisZurPruefung,
  erklaerenUndAbsenden,
  type Buerger,
} from './antragsweg.ts';
import { expectBarrierefrei, startBrowser, type LaufendeApp } from './browser.ts';
import { testApp } from '../test/app.ts';
import { freierPort } from '../test/freier-port.ts';

// The Land coordination takes Schwerin (13004) from "nicht angebunden" to "produktiv" through the UI, then
// deregisters it temporarily and permanently. Every staff page on the way must pass axe-core. Citizens signed
// in through the BundID stand-in apply for Schwerin after go-live, meet the notice and the blocked submit in
// scenario B (their draft kept, its owner told by e-mail), and the written way once scenario A has taken
// effect – switched by the app's own scheduled check after the test moves the clock, not by a click.

let browser: Browser;
let app: LaufendeApp;
let dataDir: string;
let kontext: BrowserContext;
let page: Page;
const geprueft = new Set<string>();

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'mr-e2e-nachnutzung-'));
  // The connection test goes through the built-in XTA mailbox over HTTP: the app listens where it says.
  const port = await freierPort();
  const t = await testApp({
    env: {
      DATA_DIR: dataDir,
      XTA_INTERN_URL: `http://127.0.0.1:${port}/xta`,
      // SAML (BundID login) needs the app's absolute URLs.
      BASE_URL: `http://127.0.0.1:${port}`,
      PORT: String(port),
      // The scheduled check runs in the app as in production, only more often.
      NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN: '10',
      HINTERGRUND_TAKT_MS: '1000',
      ZUSTELLUNG_WORKER: 'false',
    },
    jobs: true,
  });
  await t.app.listen({ port, host: '127.0.0.1' });
  app = { ...t, baseUrl: `http://127.0.0.1:${port}` };
  browser = await startBrowser();
  kontext = await browser.newContext();
  // personal/'s guard re-reads the account: create it, then start the session without the login form.
  const konto = await einKonto(app, {
    anzeigename: 'Karla Koordinatorin',
    rollen: ['land_koordination'],
    behoerden: [],
    passwort: null,
  });
  const sitzung = await app.app.sitzungen.erzeugen('personal', einePersonalSitzung({ benutzerId: konto.id }));
  await kontext.addCookies([{ name: cookieName.personal, value: sitzung, url: app.baseUrl }]);
  page = await kontext.newPage();
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** axe-core on the current page, once per path (query strings ignored). */
async function pruefe() {
  const pfad = new URL(page.url()).pathname;
  await expectBarrierefrei(page);
  geprueft.add(pfad);
}
const zustand = async () =>
  (await findNachnutzung(app.deps.datenbank.db, '13004', DIENST_MIETRUECKSTAENDE))?.zustand;
const klick = (name: string) => page.getByRole('button', { name, exact: true }).click();
const antraegeSchwerin = async () =>
  (
    await app.deps.datenbank.db
      .selectFrom('antrag')
      .select('id')
      .where('behoerde_ags', '=', '13004')
      .execute()
  ).length;
/** Mails to one address, decoded (embedded mode writes .eml files). */
async function mailsAn(an: string): Promise<{ betreff: string; text: string }[]> {
  const dir = path.join(dataDir, 'mails');
  const dateien = (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort();
  const alle = await Promise.all(dateien.map((f) => readFile(path.join(dir, f), 'utf8')));
  return alle
    .filter((eml) => kopfzeile(eml, 'To') === an)
    .map((eml) => ({ betreff: kopfzeile(eml, 'Subject'), text: mailText(eml) }));
}
const GERHARD = 'Gerhard Lehmann, Rentner in Schwerin';
const ERIKA = 'Erika Mustermann, Mieterin in Rostock';
const ERIKA_MAIL = 'erika.mustermann@example.org';
let erika: Buerger;
let erikaEntwurf: string;
const link = (name: string) => page.getByRole('link', { name, exact: true }).first().click();

test('the coordination uploads the terms', async () => {
  await page.goto(`${app.baseUrl}/verwaltung/nachnutzung`);
  await pruefe();
  await link('Nachnutzungsbedingungen');
  await pruefe();
  await page.getByLabel('Titel').fill('Nachnutzungsbedingungen für EfA-Onlinedienste in M-V');
  await page
    .getByLabel('Text der Bedingungen')
    .fill('§ 1 Gegenstand\nDas Land stellt den Dienst kostenneutral bereit.');
  await klick('Als neue Version hochladen');
  await expect
    .poll(() => page.getByText('Die neue Fassung der Nachnutzungsbedingungen ist gespeichert.').count())
    .toBe(1);
  await link('Nachnutzungsbedingungen für EfA-Onlinedienste in M-V');
  await pruefe();
});

test('Interessenbekundung: template text generated, sent, receipt confirmed', async () => {
  await page.goto(`${app.baseUrl}/verwaltung/nachnutzung?dienst=${DIENST_MIETRUECKSTAENDE}`);
  await link('Übernahme von Mietrückständen – Landeshauptstadt Schwerin');
  await pruefe();
  await link('Interessenbekundung erfassen');
  await pruefe();
  // First without input: the error summary must be accessible too.
  await klick('E-Mail-Text erzeugen');
  await expect.poll(() => page.title()).toMatch(/^Fehler: /);
  await expectBarrierefrei(page);
  await page.getByLabel('Nachnutzung ab dem').fill('01.03.2027');
  await page.getByLabel('Ansprechperson für die Anbindung').fill('Sven Sachbearbeiter');
  await page.getByLabel('E-Mail der Ansprechperson').fill('sven.sachbearbeiter@schwerin.example');
  await page
    .getByLabel('Signatur')
    .fill('Sven Sachbearbeiter\nFachdienst Soziales, Landeshauptstadt Schwerin');
  await klick('E-Mail-Text erzeugen');
  const text = await page.getByLabel('Text zum Kopieren').inputValue();
  expect(text).toContain(
    'hiermit informiere ich Sie, dass Landeshauptstadt Schwerin den EfA-Onlinedienst Übernahme von Mietrückständen ab dem 01.03.2027 nachnutzen möchte.',
  );
  await pruefe();
  await klick('Per E-Mail an ozg@ego-mv.de senden');
  await expect
    .poll(() =>
      page
        .getByText('Die Interessenbekundung wurde per E-Mail an die Koordinierende Stelle gesendet.')
        .count(),
    )
    .toBe(1);
  expect((await readdir(path.join(dataDir, 'mails'))).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  await link('Zurück zum Stand');
  await klick('Eingang der Interessenbekundung bestätigen');
  await expect.poll(zustand).toBe('interesse_bekundet');
});

test('terms accepted, documents provided and confirmed', async () => {
  await link('Nachnutzungsbedingungen lesen und akzeptieren');
  await pruefe();
  await page.getByLabel(/Ich akzeptiere die Nachnutzungsbedingungen in Version 1/).check();
  await klick('Akzeptieren');
  await expect.poll(zustand).toBe('bedingungen_akzeptiert');

  await link('Bestätigung und Unterlagen bereitstellen');
  await pruefe();
  await page.getByLabel('Bestätigung der Mitnutzungskoordination').check();
  await page.getByLabel('Titel').fill('Bestätigung der Interessenbekundung');
  await page.locator('#feld-text').fill('Wir bestätigen den Eingang Ihrer Interessenbekundung.');
  await klick('Unterlage hinzufügen');
  await klick('Generischen Anbindungsleitfaden verlinken');
  await expect
    .poll(() => page.getByRole('link', { name: 'Generischer Anbindungsleitfaden EfA' }).count())
    .toBe(1);
  await klick('Bestätigung und Unterlagen an das Sozialamt bereitstellen');
  await expect.poll(zustand).toBe('unterlagen_bereitgestellt');

  await link('Unterlagen ansehen und Empfang bestätigen');
  await klick('Empfang bestätigen: Bestätigung der Interessenbekundung');
  await klick('Empfang bestätigen: Generischer Anbindungsleitfaden EfA');
  await expect.poll(() => page.getByText('Empfang noch nicht bestätigt.').count()).toBe(0);
  await pruefe();
});

test('connection configured, connection test passed, go-live', async () => {
  await page.goto(`${app.baseUrl}/verwaltung/nachnutzung/13004/${DIENST_MIETRUECKSTAENDE}`);
  await link('Verbindungsdaten eintragen');
  await pruefe();
  await page.getByLabel('Eingebautes XTA-Postfach dieses Online-Dienstes').check();
  // zustellung/'s defaults for the built-in mailbox are prefilled.
  expect(await page.getByLabel('DVDV-Kennung des Sozialamts (Leser)').inputValue()).toBe('xsb:130040000000');
  await page.getByLabel('xSozial-basis-Version').selectOption('2.4.0');
  await page.getByLabel('Eingebauter Posteingang dieses Online-Dienstes').check();
  await klick('Verbindungsdaten speichern');
  await klick('Technische Anbindung abschließen');
  await expect.poll(zustand).toBe('technisch_angebunden');
  await klick('Verbindungstest durchführen');
  await expect.poll(() => page.getByText('Der Verbindungstest ist bestanden.').count()).toBe(1);
  await expect.poll(() => page.getByText(/Transportbericht: bestanden/).count()).toBeGreaterThan(0);
  await klick('Test als erfolgreich festhalten');
  await expect.poll(zustand).toBe('test_erfolgreich');
  await link('Produktiv setzen');
  await pruefe();
  expect(await page.getByLabel('Produktiv ab').inputValue()).toBe('29.11.2026');
  await klick('Produktiv setzen');
  await expect.poll(zustand).toBe('produktiv');
  await pruefe();
  expect(
    await onlineVerfuegbarkeit(app.deps.datenbank.db, '13004', DIENST_MIETRUECKSTAENDE, '2026-11-29'),
  ).toEqual({
    art: 'online',
    wirksamZum: null,
  });
});

test('after go-live a citizen from Schwerin applies online; another one keeps a draft for Schwerin', async () => {
  const gerhard = await anmeldenUeberBundid(browser, app.baseUrl, GERHARD);
  await bisZurPruefung(gerhard.page, app.baseUrl, { 'wohnung-sozialamt': { ags: '13004' } });
  expect(await gerhard.page.content()).toContain('Landeshauptstadt Schwerin');
  await expectBarrierefrei(gerhard.page);
  await absenden(gerhard.page);
  expect(gerhard.page.url()).toMatch(/\/antrag\/eingang\/MR-2026-[2-9A-Z]{6}$/);
  const quittung = await gerhard.page.content();
  expect(quittung).toContain('Ihr Antrag ist eingegangen');
  expect(quittung).toContain('Landeshauptstadt Schwerin');
  await expectBarrierefrei(gerhard.page);
  await gerhard.context.close();
  expect(await antraegeSchwerin()).toBe(1);

  // Erika chooses contact by e-mail and stops on the declarations page, with the submit button in view.
  erika = await anmeldenUeberBundid(browser, app.baseUrl, ERIKA);
  erikaEntwurf = await bisZurPruefung(erika.page, app.baseUrl, {
    'wohnung-sozialamt': { ags: '13004' },
    kontakt: { telefon: '', email: ERIKA_MAIL, kontaktweg: 'email', aktenzeichen: '' },
  });
  await erika.page.getByRole('link', { name: 'Weiter zu den Erklärungen' }).click();
  expect(await erika.page.getByRole('button', { name: 'Antrag verbindlich absenden' }).count()).toBe(1);
}, 300_000);

test('scenario B: the notice appears on the office’s public page', async () => {
  await link('Vorübergehend abmelden');
  await pruefe();
  await page.getByLabel('Begründung für den MiK').fill('Umstellung des Fachverfahrens');
  await page.getByLabel('Voraussichtlich wieder verfügbar ab').fill('15.12.2026');
  await klick('Vorübergehend abmelden');
  await expect.poll(zustand).toBe('voruebergehend_abgemeldet');
  await pruefe();

  const buerger = await (await browser.newContext()).newPage();
  await buerger.goto(`${app.baseUrl}/behoerden/13004`);
  expect(await buerger.getByText('voraussichtlich ab dem 15.12.2026 wieder verfügbar').count()).toBe(1);
  await expectBarrierefrei(buerger);
  await buerger.close();
});

test('scenario B: the citizen with a draft sees the notice, cannot submit, keeps the draft, is told once', async () => {
  // The declarations page was opened before the deregistration: submitting now leads to the notice.
  await erklaerenUndAbsenden(erika.page);
  expect(new URL(erika.page.url()).pathname).toBe(`${erikaEntwurf}/wohnung/schriftlicher-antrag`);
  expect(await erika.page.getByText('voraussichtlich ab dem 15.12.2026 wieder verfügbar').count()).toBe(1);
  expect(await erika.page.getByText('Am Packhof 2–6').count()).toBeGreaterThan(0);
  await expectBarrierefrei(erika.page);
  expect(await antraegeSchwerin()).toBe(1);
  // The start of the application for Schwerin shows the same notice; the check page is not reachable.
  await erika.page.goto(`${app.baseUrl}${erikaEntwurf}/pruefen`);
  expect(new URL(erika.page.url()).pathname).toBe(`${erikaEntwurf}/wohnung/schriftlicher-antrag`);
  await erika.page.goto(`${app.baseUrl}/antrag`);
  expect(await erika.page.getByRole('link', { name: 'Antrag für Erika Mustermann' }).count()).toBe(1);
  await expectBarrierefrei(erika.page);

  // Someone who starts a new application and chooses Schwerin meets the notice right there.
  const gerhard = await anmeldenUeberBundid(browser, app.baseUrl, GERHARD);
  const neu = await bisZumSozialamt(gerhard.page, app.baseUrl, '13004');
  expect(new URL(gerhard.page.url()).pathname).toBe(`${neu}/wohnung/schriftlicher-antrag`);
  expect(await gerhard.page.getByText('vorübergehend nicht verfügbar').count()).toBe(1);
  await gerhard.page.goto(`${app.baseUrl}${neu}/loeschen`);
  await gerhard.page.getByRole('button', { name: 'Ja, Entwurf löschen' }).click();
  await gerhard.context.close();

  // The app's scheduled check tells her by e-mail, once.
  await expect.poll(() => mailsAn(ERIKA_MAIL), { timeout: 30_000, interval: 1000 }).toHaveLength(1);
  const [mail] = await mailsAn(ERIKA_MAIL);
  expect(mail?.betreff).toBe('Ihr Antrag: zurzeit nicht online möglich bei Landeshauptstadt Schwerin');
  expect(mail?.text).toContain('Er ist voraussichtlich ab dem 15.12.2026 wieder verfügbar.');
  expect(mail?.text).toContain('Am Packhof 2–6, 19053 Schwerin');
  expect(mail?.text).toContain(`${app.baseUrl}${erikaEntwurf}`);
  expect(mail?.text).not.toContain('Mustermann');
}, 120_000);

test('scenario B: after resumption by hand the same draft is submitted', async () => {
  await klick('Wieder aufnehmen');
  await expect.poll(zustand).toBe('produktiv');
  await erika.page.goto(`${app.baseUrl}${erikaEntwurf}/pruefen`);
  await absenden(erika.page);
  expect(erika.page.url()).toMatch(/\/antrag\/eingang\/MR-2026-[2-9A-Z]{6}$/);
  expect(await antraegeSchwerin()).toBe(2);
  await erika.context.close();
  expect(await mailsAn(ERIKA_MAIL)).toHaveLength(1);
}, 120_000);

test('scenario A: the announcement computes the effective date and shows the checklist', async () => {
  await link('Dauerhaft abmelden (Kündigung)');
  await pruefe();
  await page.getByLabel('Begründung').fill('Wechsel auf ein anderes Portal');
  await klick('Kündigung ankündigen');
  await expect.poll(zustand).toBe('kuendigung_angekuendigt');
  expect(await page.getByText('28.02.2027').count()).toBeGreaterThan(0);
  await klick('Als erledigt markieren: Ablauf und Termin der Entkopplung mit MiK und TFF abgestimmt');
  await expect.poll(() => page.getByText('Die Checkliste ist aktualisiert.').count()).toBe(1);
  await pruefe();
});

test('the remaining staff pages pass axe-core too', async () => {
  for (const pfad of [
    '/verwaltung/nachnutzung/13004',
    '/verwaltung/nachnutzung/kontakte',
    `/verwaltung/nachnutzung/13071/${DIENST_MIETRUECKSTAENDE}`,
    `/verwaltung/nachnutzung/13004/${DIENST_MIETRUECKSTAENDE}/unterlagen`,
    `/verwaltung/nachnutzung/13004/${DIENST_MIETRUECKSTAENDE}/bedingungen`,
    `/verwaltung/nachnutzung/13004/${DIENST_MIETRUECKSTAENDE}/interessenbekundung/1`,
    `/verwaltung/nachnutzung/13003/${DIENST_MIETRUECKSTAENDE}/voruebergehend`,
    `/verwaltung/nachnutzung/13004/${DIENST_MIETRUECKSTAENDE}/verbindung`,
    '/verwaltung/nachnutzung/99999',
  ]) {
    await page.goto(app.baseUrl + pfad);
    await pruefe();
  }
  // The overview's links lead to every page kind of the part.
  expect(geprueft.size).toBeGreaterThanOrEqual(15);
});

test('scenario A takes effect at the computed date by the scheduled check; the citizen is sent the written way', async () => {
  // A week before the effective date the service is still online for Schwerin: a citizen leaves a draft.
  app.uhr.setze('2027-02-20T10:00:00+01:00');
  const gerhard = await anmeldenUeberBundid(browser, app.baseUrl, GERHARD);
  const entwurf = await bisZurPruefung(gerhard.page, app.baseUrl, {
    'wohnung-sozialamt': { ags: '13004' },
    kontakt: { telefon: '', email: 'gerhard@example.org', kontaktweg: 'email', aktenzeichen: '' },
  });

  // The evening before, a run of the check changes nothing.
  app.uhr.setze('2027-02-27T23:59:00+01:00');
  await new Promise((r) => setTimeout(r, 11_000));
  expect(await zustand()).toBe('kuendigung_angekuendigt');

  app.uhr.setze('2027-02-28T00:00:30+01:00');
  await expect.poll(zustand, { timeout: 30_000, interval: 1000 }).toBe('abgemeldet');
  const wechsel = await app.deps.datenbank.db
    .selectFrom('nachnutzung_ereignis')
    .select(['person_id', 'erstellt_am'])
    .where('behoerde_ags', '=', '13004')
    .where('aktion', '=', 'abmeldung_wirksam')
    .execute();
  expect(wechsel).toEqual([{ person_id: 'system', erstellt_am: expect.any(Date) }]);
  expect(wechsel[0]?.erstellt_am.getTime()).toBeGreaterThanOrEqual(
    new Date('2027-02-28T00:00:30+01:00').getTime(),
  );

  // The citizen comes back: the written way with Schwerin's contact, the draft is still there.
  const zurueck = await anmeldenUeberBundid(browser, app.baseUrl, GERHARD);
  expect(await zurueck.page.getByRole('link', { name: 'Antrag für Gerhard Lehmann' }).count()).toBe(1);
  await zurueck.page.goto(`${app.baseUrl}${entwurf}/pruefen`);
  expect(new URL(zurueck.page.url()).pathname).toBe(`${entwurf}/wohnung/schriftlicher-antrag`);
  const seite = await zurueck.page.content();
  for (const text of [
    'Dieses Sozialamt nimmt den Antrag nicht mehr online an',
    'Ihre bisherigen Angaben bleiben gespeichert.',
    'schriftlich oder persönlich',
    'Fachdienst Soziales',
    'Am Packhof 2–6',
    '+49 385 545-0',
  ])
    expect(seite).toContain(text);
  await expectBarrierefrei(zurueck.page);

  await expect
    .poll(() => mailsAn('gerhard@example.org'), { timeout: 30_000, interval: 1000 })
    .toHaveLength(1);
  const [mail] = await mailsAn('gerhard@example.org');
  expect(mail?.betreff).toBe('Ihr Antrag: Landeshauptstadt Schwerin nimmt ihn nicht mehr online an');
  expect(mail?.text).toContain(
    'Seit dem 28.02.2027 nimmt Landeshauptstadt Schwerin diesen Antrag nicht mehr online an.',
  );
  // Another run of the check sends nothing more.
  await new Promise((r) => setTimeout(r, 11_000));
  expect(await mailsAn('gerhard@example.org')).toHaveLength(1);
  await gerhard.context.close();
  await zurueck.context.close();
}, 180_000);
