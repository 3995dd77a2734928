import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { eingabe, kuerzesterWeg, vollerWeg, type EingabeSchritt } from '../test/antrag-eingaben.ts';
import { alsBuerger, eineIdentitaet } from '../test/anmeldung.ts';
import { gueltigesPdf, pdfTextEinzeilig } from '../test/pdf.ts';
import { GEMEINDEN_DE } from '../test/pfade.ts';
import type { BuergerIdentitaet } from '../src/bundid/identitaet.ts';
import { importiereGemeindeverzeichnis } from '../src/zustaendigkeit/gemeinde-import.ts';
import { ausfuellen } from './antragsweg.ts';
import { expectBarrierefrei, startBrowser, starteApp, type LaufendeApp } from './browser.ts';

// The citizen's path in a real browser: sign-in via a session cookie (the SAML round trip is tested in
// bundid/), every section, household members, uploads, a change from the check page, submit, receipt;
// the shortest path; leaving and resuming a draft. axe-core must report zero violations on every step, in
// the normal and in the error state.

let browser: Browser;
let app: LaufendeApp;

beforeAll(async () => {
  [browser, app] = await Promise.all([
    startBrowser(),
    starteApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } }),
  ]);
});
afterAll(async () => {
  await browser.close();
  await app.close();
});

async function angemeldet(identitaet: BuergerIdentitaet, viewport?: { width: number; height: number }) {
  const cookies = await alsBuerger(app, identitaet);
  const context = await browser.newContext(viewport === undefined ? {} : { viewport });
  await context.addCookies(
    Object.entries(cookies).map(([name, value]) => ({ name, value, url: app.baseUrl })),
  );
  const page = await context.newPage();
  const fehler: string[] = [];
  page.on('console', (m) => {
    // Deliberate 400 answers (error states) are logged as failed resources; only script errors count.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) fehler.push(m.text());
  });
  return { context, page, fehler };
}

async function weiter(page: Page) {
  const knopf = page.locator('main form button.kern-btn--primary').last();
  if ((await knopf.count()) === 0)
    throw new Error(`Kein Weiter-Knopf auf ${page.url()}: ${await page.title()}`);
  await knopf.click();
  await page.waitForLoadState('domcontentloaded');
}

const OHNE_PFLICHT = new Set([
  'vertretung-kontakt',
  'kontakt',
  'jobcenter-hinweis',
  'vermieter-kontakt',
  'rueckstand-monate',
  'schonfrist',
  'raeumung-termine',
  'zukunft',
  'ausgaben',
  'unterlagen',
]);

const PDF = gueltigesPdf();
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('the full journey: every section, household members, uploads, a change from the check page, submit, receipt', async () => {
  const { context, page, fehler } = await angemeldet(
    eineIdentitaet({ pseudonym: 'bpk2:e2e-voll', vorname: 'Bernd', familienname: 'Betreuer' }),
  );
  await page.goto(`${app.baseUrl}/antrag`);
  await expectBarrierefrei(page);
  await page.getByRole('button', { name: 'Neuen Antrag beginnen' }).click();
  await expect.poll(() => page.url()).toMatch(/\/antrag\/[A-Za-z0-9_-]{16}$/);
  const basis = new URL(page.url()).pathname;
  await expectBarrierefrei(page);
  await page.getByRole('link', { name: 'Weiter ausfüllen' }).click();

  for (const { schritt, eingabe: roh } of vollerWeg) {
    if (process.env.E2E_PROTOKOLL === '1') console.log(new Date().toISOString(), schritt, page.url());
    await expectBarrierefrei(page);
    if (!OHNE_PFLICHT.has(schritt)) {
      // The error state: submit without answers (suggested values cleared), then the summary links and axe.
      await page.evaluate(() => {
        document
          .querySelectorAll<HTMLInputElement>('main input[type="text"]:not([readonly])')
          .forEach((feld) => {
            feld.value = '';
          });
      });
      await weiter(page);
      expect(await page.title(), schritt).toMatch(/^Fehler: /);
      const summary = page.locator('#fehlerzusammenfassung');
      await expect.poll(() => summary.isVisible(), { message: schritt }).toBe(true);
      const link = summary.locator('a').first();
      const ziel = (await link.getAttribute('href')) ?? '';
      await link.click();
      if ((await page.locator(`input${ziel}, select${ziel}, textarea${ziel}`).count()) > 0) {
        expect(await page.evaluate(() => `#${document.activeElement?.id ?? ''}`), schritt).toBe(ziel);
      }
      await expectBarrierefrei(page);
    }
    if (schritt === 'unterlagen') {
      await page.getByRole('link', { name: 'Hochladen Mietvertrag' }).click();
      await page.setInputFiles('input[type="file"]', {
        name: 'mietvertrag.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await page.getByRole('button', { name: 'Hochladen', exact: true }).click();
      await expect.poll(() => page.content()).toContain('„mietvertrag.pdf“ wurde hochgeladen');
      await expectBarrierefrei(page);
      // A wrong file: clear message at the field, axe in the error state.
      await page.setInputFiles('input[type="file"]', {
        name: 'brief.docx',
        mimeType: 'application/msword',
        buffer: Buffer.from('PK\u0003\u0004word'),
      });
      await page.getByRole('button', { name: 'Hochladen', exact: true }).click();
      await expect.poll(() => page.content()).toContain('ist kein PDF, JPEG oder PNG');
      await expectBarrierefrei(page);
      await page.getByRole('link', { name: 'Zurück zu den Unterlagen' }).click();
      await page.getByRole('link', { name: 'Hochladen Kündigung' }).click();
      await page.setInputFiles('input[type="file"]', {
        name: 'kuendigung-foto.png',
        mimeType: 'image/png',
        buffer: PNG,
      });
      await page.getByRole('button', { name: 'Hochladen', exact: true }).click();
      await expect.poll(() => page.content()).toContain('kuendigung-foto.png');
      await page.getByRole('link', { name: 'Zurück zu den Unterlagen' }).click();
      await expectBarrierefrei(page);
    }
    await ausfuellen(page, roh);
    await weiter(page);
    if ((await page.title()).startsWith('Fehler: ')) {
      throw new Error(`${schritt}: ${await page.locator('#fehlerzusammenfassung').innerText()}`);
    }
  }

  // Check page: every section, then change the rent and come back.
  expect(new URL(page.url()).pathname).toBe(`${basis}/pruefen`);
  await expectBarrierefrei(page);
  const pruefen = await page.content();
  for (const text of [
    'Ayşe Yılmaz',
    'Mehmet Yılmaz',
    'Elif Yılmaz',
    'Stadtwerke Rostock',
    'mietvertrag.pdf',
    'kuendigung-foto.png',
  ]) {
    expect(pruefen).toContain(text);
  }
  await page.getByRole('link', { name: 'Ändern Grundmiete' }).click();
  expect(page.url()).toContain('/miete?zurueck=pruefen');
  await ausfuellen(page, { grundmiete: '460,00', gesamtmiete: '690,00' });
  await page.getByRole('button', { name: 'Speichern und zurück zur Prüfung' }).click();
  await page.waitForLoadState('domcontentloaded');
  expect(new URL(page.url()).pathname).toBe(`${basis}/pruefen`);
  expect(await page.content()).toContain('460,00 €');

  // Declarations: first without the required ones (error state), then submit.
  await page.getByRole('link', { name: 'Weiter zu den Erklärungen' }).click();
  await expectBarrierefrei(page);
  await page.getByRole('button', { name: 'Antrag verbindlich absenden' }).click();
  expect(await page.title()).toMatch(/^Fehler: /);
  await expectBarrierefrei(page);
  await ausfuellen(page, eingabe('erklaerungen', { versorger: 'ja', elektronisch: 'ja' }));
  await page.getByRole('button', { name: 'Antrag verbindlich absenden' }).click();
  await page.waitForLoadState('domcontentloaded');
  expect(page.url()).toMatch(/\/antrag\/eingang\/MR-2026-[2-9A-Z]{6}$/);
  await expectBarrierefrei(page);
  const quittung = await page.content();
  const nummer = page.url().split('/').pop() ?? '';
  for (const text of [
    'Ihr Antrag ist eingegangen',
    nummer,
    '29. November 2026',
    'Hanse- und Universitätsstadt Rostock',
    'St.-Georg-Straße 109',
    'mietvertrag.pdf',
    'Bitte reichen Sie diese Unterlagen nach',
    'Kontoauszüge',
    'Hinweis zum Jobcenter',
    'Ihre Frist endet am Mittwoch, 20. Januar 2027',
    'Wie geht es weiter?',
  ]) {
    expect(quittung, text).toContain(text);
  }
  // Both PDFs, downloaded with the citizen's session: their text contains the answers.
  const antragPdf = await page.request.get(`${page.url()}/antrag.pdf`);
  expect(antragPdf.headers()['content-type']).toBe('application/pdf');
  const antragText = pdfTextEinzeilig(await antragPdf.body());
  for (const text of [
    nummer,
    'Ayşe Yılmaz',
    'Mehmet Yılmaz',
    'Elif Yılmaz',
    '460,00 €',
    'Stadtwerke Rostock',
    'DE02 1203 0000 0000 2020 51',
    'mietvertrag.pdf',
    'Bernd Betreuer',
  ]) {
    expect(antragText, text).toContain(text);
  }
  await page.getByRole('link', { name: 'Eingangsbestätigung herunterladen (PDF)' }).isVisible();
  const bestaetigung = await page.request.get(`${page.url()}/eingangsbestaetigung.pdf`);
  const bestaetigungText = pdfTextEinzeilig(await bestaetigung.body());
  for (const text of [
    nummer,
    'Ayşe Yılmaz',
    'Doberaner Straße 7, 18057 Rostock',
    '1.360,00 €',
    '1.670,50 €',
    'Kontoauszüge',
    '20.01.2027',
  ]) {
    expect(bestaetigungText, text).toContain(text);
  }

  // The back button after submitting leads to the receipt, never to a second application.
  await page.goBack();
  await page.reload();
  await page.waitForLoadState('domcontentloaded');
  expect(page.url()).toContain(`/antrag/eingang/${nummer}`);
  expect(fehler).toEqual([]);
  await context.close();
}, 1_800_000);

test('the shortest valid path', async () => {
  const { context, page } = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:e2e-kurz' }));
  await page.goto(`${app.baseUrl}/antrag`);
  await page.getByRole('button', { name: 'Neuen Antrag beginnen' }).click();
  await page.getByRole('link', { name: 'Weiter ausfüllen' }).click();
  for (const key of kuerzesterWeg) {
    if (process.env.E2E_PROTOKOLL === '1') console.log(key, page.url());
    await ausfuellen(page, eingabe(key.split('/')[0] as EingabeSchritt));
    await weiter(page);
    expect(await page.title(), key).not.toMatch(/^Fehler: /);
  }
  expect(page.url()).toMatch(/\/pruefen$/);
  await page.getByRole('link', { name: 'Weiter zu den Erklärungen' }).click();
  await ausfuellen(page, { richtig: 'ja', mitwirkung: 'ja', datenschutz: 'ja' });
  await page.getByRole('button', { name: 'Antrag verbindlich absenden' }).click();
  await page.waitForLoadState('domcontentloaded');
  expect(await page.content()).toContain('Ihr Antrag ist eingegangen');
  await context.close();
}, 600_000); // ~40 axe runs: about 200 s on two busy cores

test('leave and resume a draft on another device; keyboard only; 400 % zoom', async () => {
  const identitaet = eineIdentitaet({ pseudonym: 'bpk2:e2e-fortsetzen' });
  const erstes = await angemeldet(identitaet);
  await erstes.page.goto(`${app.baseUrl}/antrag`);
  await erstes.page.getByRole('button', { name: 'Neuen Antrag beginnen' }).click();
  await erstes.page.getByRole('link', { name: 'Weiter ausfüllen' }).click();
  for (const key of kuerzesterWeg.slice(0, 5)) {
    await ausfuellen(erstes.page, eingabe(key as EingabeSchritt));
    await weiter(erstes.page);
  }
  await erstes.context.close();

  // Another device, a new login, 320 px wide (400 % zoom of 1280 px).
  const zweites = await angemeldet(identitaet, { width: 320, height: 700 });
  const page = zweites.page;
  await page.goto(`${app.baseUrl}/antrag`);
  await expectBarrierefrei(page);
  await page.getByRole('link', { name: 'Antrag für Erika Mustermann' }).click();
  expect(await page.content()).toContain('Sie haben 1 von 15 Abschnitten erledigt');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByRole('link', { name: 'Weiter ausfüllen' }).click();
  expect(page.url()).toMatch(/\/haushalt$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // Keyboard only: answer "Nein" and submit without a mouse; focus is visible.
  await page.locator('input[name="weiterePersonen"][value="nein"]').focus();
  await page.keyboard.press('Space');
  const umriss = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(umriss).not.toBe('none');
  // Tab to "Speichern und weiter" and press Enter.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
    if (text === 'Speichern und weiter') break;
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/leistungen\/buergergeld$/);
  // The values saved on the first device are still there.
  await page.goBack();
  await page.reload();
  expect(await page.locator('input[name="weiterePersonen"][value="nein"]').isChecked()).toBe(true);
  await zweites.context.close();
}, 300_000);

test('branches not in the full journey pass axe: filed suit (provisional deadline), office not online, Gemeinde choice, outside M-V', async () => {
  const { context, page } = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:e2e-zweige' }));
  await page.goto(`${app.baseUrl}/antrag`);
  await page.getByRole('button', { name: 'Neuen Antrag beginnen' }).click();
  await page.getByRole('link', { name: 'Weiter ausfüllen' }).click();
  for (const key of kuerzesterWeg.slice(0, kuerzesterWeg.indexOf('raeumungsklage'))) {
    await ausfuellen(page, eingabe(key.split('/')[0] as EingabeSchritt));
    await weiter(page);
  }
  await ausfuellen(page, { status: 'eingereicht' });
  await weiter(page);
  await weiter(page); // empty is allowed here
  await page.goBack();
  await ausfuellen(page, eingabe('klage-eingang'));
  await weiter(page);
  expect(await page.content()).toContain('Vorläufige Frist bis');
  await expectBarrierefrei(page);
  const basis = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
  await page.goto(`${app.baseUrl}${basis}/wohnung/sozialamt`);
  await ausfuellen(page, { ags: '13075' });
  await weiter(page);
  expect(await page.content()).toContain('Dieses Sozialamt nimmt den Antrag noch nicht online an');
  await expectBarrierefrei(page);
  await page.goto(`${app.baseUrl}${basis}`);
  await expectBarrierefrei(page);

  // Routing by postal code (the last test of this file: the gazetteer stays imported).
  await importiereGemeindeverzeichnis(app.datenbank.db, {
    datei: GEMEINDEN_DE,
    jetzt: app.uhr.jetzt,
  });
  await page.goto(`${app.baseUrl}${basis}/wohnung`);
  await ausfuellen(page, { gleicheAnschrift: 'nein' });
  await weiter(page);
  await ausfuellen(page, eingabe('wohnung-anschrift', { plz: '18059' }));
  await weiter(page);
  expect(page.url()).toContain('/wohnung/sozialamt');
  expect(await page.content()).toContain('In welchem Ort liegt die Wohnung?');
  await expectBarrierefrei(page);
  await weiter(page); // no municipality chosen: the error state
  expect(await page.content()).toContain('Wählen Sie den Ort aus, in dem die Wohnung liegt');
  await expectBarrierefrei(page);
  await ausfuellen(page, { gemeinde: '13072077' });
  await weiter(page);
  expect(page.url()).not.toContain('/wohnung/sozialamt');
  await page.goto(`${app.baseUrl}${basis}/wohnung/anschrift`);
  await ausfuellen(page, { plz: '20095' });
  await weiter(page);
  expect(page.url()).toContain('/wohnung/ausserhalb-mv');
  expect(await page.content()).toContain('Dieser Online-Antrag gilt nur in Mecklenburg-Vorpommern');
  await expectBarrierefrei(page);
  await context.close();
}, 300_000);

export type { BrowserContext };
