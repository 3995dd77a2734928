import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { browser as injectBrowser, pfadFuer } from '../test/antrag-client.ts';
import { eingabe, kuerzesterWeg, type EingabeSchritt } from '../test/antrag-eingaben.ts';
import { alsBuerger, eineIdentitaet } from '../test/anmeldung.ts';
import { GEMEINDEN_DE } from '../test/pfade.ts';
import { importiereGemeindeverzeichnis } from '../src/zustaendigkeit/gemeinde-import.ts';
import { setzeNachnutzung } from '../test/zustaendigkeit.ts';
import { expectBarrierefrei, startBrowser, starteApp, type LaufendeApp } from './browser.ts';

// The citizen's path on phones and with JavaScript: availability before the first form page, the status page
// in the header, the session warning with "Sitzung verlängern", and no sideways scrolling at 320 and 375 px.

let chromium: Browser;
let app: LaufendeApp;

beforeAll(async () => {
  [chromium, app] = await Promise.all([startBrowser(), starteApp()]);
  await importiereGemeindeverzeichnis(app.deps.datenbank.db, { datei: GEMEINDEN_DE, jetzt: app.uhr.jetzt });
  await setzeNachnutzung(app.deps.datenbank.db, '13003', 'produktiv');
  await setzeNachnutzung(app.deps.datenbank.db, '13004', 'nicht_angebunden');
});
afterAll(async () => {
  await chromium.close();
  await app.close();
});

async function angemeldet(
  pseudonym: string,
  plz: string,
  ort: string,
  breite = 375,
  javaScriptEnabled = true,
) {
  const identitaet = eineIdentitaet({
    pseudonym,
    anschrift: { strasse: 'Hauptstraße', hausnummer: '1', plz, ort, land: 'D' },
  });
  const cookies = await alsBuerger(app, identitaet);
  const b = injectBrowser(app, cookies);
  const basis = await b.neuerEntwurf();
  const kontext: BrowserContext = await chromium.newContext({
    viewport: { width: breite, height: 800 },
    javaScriptEnabled,
  });
  await kontext.addCookies(
    Object.entries(cookies).map(([name, value]) => ({ name, value, url: app.baseUrl })),
  );
  return { b, basis, kontext };
}

test('Hamburg, Schwerin and Rostock are told their situation on the task list, before the first form page', async () => {
  for (const [plz, ort, text] of [
    ['22089', 'Hamburg', 'nicht in Mecklenburg-Vorpommern'],
    ['19053', 'Schwerin', 'Dort ist der Antrag zurzeit nur schriftlich möglich'],
    ['18055', 'Rostock', 'Der Online-Antrag ist möglich'],
  ] as const) {
    const { basis, kontext } = await angemeldet(`bpk2:e2e-${ort}`, plz, ort);
    const page = await kontext.newPage();
    await page.goto(app.baseUrl + basis);
    expect(await page.locator('main').textContent(), ort).toContain(text);
    await page
      .getByRole('link', { name: /Zuständigkeit ansehen|So stellen Sie den Antrag schriftlich/ })
      .click();
    await expectBarrierefrei(page);
    await kontext.close();
  }
});

test.each([320, 375])(
  'no citizen page scrolls sideways at %i px; the status page is in the header; axe stays at 0',
  async (breite) => {
    const { b, basis, kontext } = await angemeldet(`bpk2:e2e-breite-${breite}`, '18055', 'Rostock', breite);
    for (const key of kuerzesterWeg.slice(0, kuerzesterWeg.indexOf('rueckstand-monate')))
      await b.post(pfadFuer(basis, key), eingabe(key.split('/')[0] as EingabeSchritt));
    const page = await kontext.newPage();
    for (const pfad of [
      '/',
      '/zustaendigkeit?plz=19053',
      basis,
      `${basis}/zustaendigkeit`,
      pfadFuer(basis, 'fuer-wen'),
      pfadFuer(basis, 'rueckstand-monate'),
      '/meine-antraege',
      '/impressum',
      '/barrierefreiheit',
    ]) {
      await page.goto(app.baseUrl + pfad);
      const breiten = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(breiten, `${pfad} bei ${breite} px`).toBeLessThanOrEqual(breite);
      // The public /zustaendigkeit pages do not know the signed-in citizen yet (no header link there).
      if (!pfad.startsWith('/zustaendigkeit'))
        expect(
          await page.locator('nav[aria-label="Hauptnavigation"] a[href="/meine-antraege"]').count(),
          pfad,
        ).toBe(1);
      await expectBarrierefrei(page);
    }
    // Amounts readable: "1.234,56" fits into each amount field of "Mietschulden je Monat".
    await page.goto(app.baseUrl + pfadFuer(basis, 'rueckstand-monate'));
    const feld = page.locator('table.monatstabelle input').first();
    await feld.fill('1.234,56');
    const passt = await feld.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(passt, `Betrag bei ${breite} px`).toBe(true);
    await kontext.close();
  },
);

test('the session warning comes two minutes before the end and "Sitzung verlängern" keeps the citizen on the page', async () => {
  const { basis, kontext } = await angemeldet('bpk2:e2e-sitzung', '18055', 'Rostock');
  const page = await kontext.newPage();
  await page.clock.install();
  await page.goto(app.baseUrl + basis);
  expect(await page.locator('#buerger-sitzung-warnung').textContent()).toBe('');
  await page.clock.fastForward('28:30');
  const warnung = page.locator('#buerger-sitzung-warnung');
  await expect.poll(() => warnung.textContent()).toContain('Ihre Sitzung endet in 2 Minuten');
  await expectBarrierefrei(page);
  await warnung.getByRole('button', { name: 'Sitzung verlängern' }).click();
  await page.waitForURL(app.baseUrl + basis);
  expect(await page.locator('#buerger-sitzung').getAttribute('data-restsekunden')).toBe('1800');
  await kontext.close();

  // Without JavaScript: the page states the time, and the button is a plain form.
  const ohne = await angemeldet('bpk2:e2e-sitzung-ohne-js', '18055', 'Rostock', 375, false);
  const p2 = await ohne.kontext.newPage();
  await p2.goto(app.baseUrl + ohne.basis);
  expect(await p2.locator('#buerger-sitzung').textContent()).toMatch(/Ihre Sitzung endet um \d\d:\d\d Uhr/);
  await p2.getByRole('button', { name: 'Sitzung verlängern' }).click();
  await p2.waitForURL(app.baseUrl + ohne.basis);
  await ohne.kontext.close();
});
