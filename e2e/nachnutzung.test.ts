import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { einePersonalSitzung } from '../test/personal-sitzung.ts';
import { einKonto } from '../test/personal.ts';
import { DIENST_MIETRUECKSTAENDE } from '../src/katalog/dienste.ts';
import { findNachnutzung, onlineVerfuegbarkeit } from '../src/nachnutzung/nachnutzung-repo.ts';
import { cookieName } from '../src/web/sitzung.ts';
import { expectBarrierefrei, startBrowser, type LaufendeApp } from './browser.ts';
import { testApp } from '../test/app.ts';
import { freierPort } from '../test/freier-port.ts';

// The Land coordination takes Schwerin (13004) from "nicht angebunden" to "produktiv" through the UI, then
// deregisters it temporarily and permanently. Every staff page on the way must pass axe-core.

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
  const t = await testApp({ env: { DATA_DIR: dataDir, XTA_INTERN_URL: `http://127.0.0.1:${port}/xta` } });
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

test('scenario B: the notice appears on the office’s public page; resumption by hand', async () => {
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

  await klick('Wieder aufnehmen');
  await expect.poll(zustand).toBe('produktiv');
});

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
