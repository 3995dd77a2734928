import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importiereGemeindeverzeichnis } from '../src/zustaendigkeit/gemeinde-import.ts';
import { setzeNachnutzung } from '../test/zustaendigkeit.ts';
import { GEMEINDEN_DE } from '../test/pfade.ts';
import { expectBarrierefrei, startBrowser, starteApp, type LaufendeApp } from './browser.ts';

// The public routing page "Welches Sozialamt ist zuständig?" in each of its states passes axe-core.

let browser: Browser;
let app: LaufendeApp;

beforeAll(async () => {
  [browser, app] = await Promise.all([startBrowser(), starteApp()]);
});
afterAll(async () => {
  await browser.close();
  await app.close();
});

async function pruefe(pfad: string, erwartet: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(app.baseUrl + pfad);
  expect(await page.locator('main').innerText()).toContain(erwartet);
  await expectBarrierefrei(page);
  await page.close();
}

test.each([
  ['/zustaendigkeit', 'In welchem Landkreis oder in welcher kreisfreien Stadt'],
  ['/zustaendigkeit?schritt=kreis', 'Bitte wählen Sie den Landkreis'],
  ['/zustaendigkeit?schritt=kreis&kreis=13073', 'So stellen Sie den Antrag schriftlich'],
])('without a gazetteer: %s passes axe-core', pruefe);

test('importing the gazetteer', async () => {
  const bericht = await importiereGemeindeverzeichnis(app.datenbank.db, {
    datei: GEMEINDEN_DE,
    jetzt: app.uhr.jetzt,
  });
  expect(bericht.ergebnis).toBe('importiert');
});

test.each([
  ['/zustaendigkeit', 'Postleitzahl Ihrer Wohnung'],
  ['/zustaendigkeit?plz=1805', 'Die Postleitzahl muss aus 5 Ziffern bestehen'],
  ['/zustaendigkeit?plz=18999', 'Zur Postleitzahl 18999 kennen wir keinen Ort'],
  ['/zustaendigkeit?plz=18059', 'In welchem Ort liegt Ihre Wohnung?'],
  ['/zustaendigkeit?plz=18059&schritt=gemeinde', 'Bitte wählen Sie den Ort'],
  ['/zustaendigkeit?plz=19273', 'nicht in Mecklenburg-Vorpommern'],
  ['/zustaendigkeit?plz=20095', 'Dieser Online-Dienst gilt nur in Mecklenburg-Vorpommern'],
  ['/zustaendigkeit?plz=17268', 'Landkreis Uckermark (Brandenburg)'],
  ['/zustaendigkeit?plz=18055', 'nimmt den Antrag online an'],
  ['/zustaendigkeit?plz=19053', 'So stellen Sie den Antrag schriftlich'],
  ['/impressum', '© OpenStreetMap-Mitwirkende, ODbL 1.0 (Daten: suche-postleitzahl.org)'],
])('with the gazetteer: %s passes axe-core', pruefe);

test('temporarily deregistered and announced deregistration pass axe-core', async () => {
  await setzeNachnutzung(app.datenbank.db, '13075', 'voruebergehend_abgemeldet', {
    hinweis_text: 'Der Online-Antrag ist wegen Wartung bis zum 10. Dezember nicht möglich.',
  });
  await pruefe('/zustaendigkeit?plz=17489', 'wegen Wartung bis zum 10. Dezember');
  await setzeNachnutzung(app.datenbank.db, '13073', 'kuendigung_angekuendigt', { wirksam_zum: '2027-03-31' });
  await pruefe('/zustaendigkeit?plz=18437', 'Ab dem 31.03.2027 ist der Online-Antrag');
});

test('keyboard and mouse without JavaScript: postal code, then municipality, then the office', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/`);
  await page.getByRole('link', { name: 'Welches Sozialamt ist zuständig?' }).click();
  await page.getByLabel('Postleitzahl Ihrer Wohnung').fill('18059');
  await page.keyboard.press('Enter');
  await page.waitForURL(/plz=18059/);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.waitForURL(/schritt=gemeinde/);
  expect(await page.title()).toMatch(/^Fehler: /);
  await page.getByRole('link', { name: 'Bitte wählen Sie den Ort, in dem Ihre Wohnung liegt.' }).click();
  await page.getByLabel('Papendorf').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.waitForURL(/gemeinde=13072077/);
  expect(await page.locator('h1').innerText()).toBe('Zuständig: Landkreis Rostock');
  await context.close();
});
