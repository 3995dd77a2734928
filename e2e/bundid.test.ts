import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectBarrierefrei, startBrowser, starteApp, type LaufendeApp } from './browser.ts';

// Logs in through the built-in BundID stand-in with a real browser, without JavaScript on our pages, and
// checks every page of the way with axe-core.

let browser: Browser;
let app: LaufendeApp;

beforeAll(async () => {
  [browser, app] = await Promise.all([startBrowser(), starteApp()]);
});
afterAll(async () => {
  await browser.close();
  await app.close();
});

async function neueSeite(): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  return page;
}

test('login through the stand-in as the Rostock tenant, then logout', async () => {
  const page = await neueSeite();
  await page.goto(`${app.baseUrl}/anmelden?ziel=/bundid/sitzung`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mit der BundID anmelden');
  await expectBarrierefrei(page);

  await page.getByRole('button', { name: 'Weiter zur BundID' }).click();
  await page.waitForURL(/\/bundid-testidp\/sso$/);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('BundID-Testumgebung');
  await expectBarrierefrei(page);

  await page.getByLabel('Erika Mustermann, Mieterin in Rostock').check();
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(/\/bundid-testidp\/anmelden$/);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Anmeldung erfolgreich');
  await expectBarrierefrei(page);

  await page.getByRole('button', { name: 'Zurück zum Antrag' }).click();
  await page.waitForURL(`${app.baseUrl}/bundid/sitzung`);
  expect(await page.locator('body').textContent()).toContain('Angemeldet: Erika Mustermann');
  expect(await page.locator('main').textContent()).toContain('Kröpeliner Straße 12, 18055 Rostock');
  await expectBarrierefrei(page);

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.waitForURL(`${app.baseUrl}/abgemeldet`);
  await expectBarrierefrei(page);
  await page.goto(`${app.baseUrl}/bundid/sitzung`);
  expect(page.url()).toContain('/anmelden?ziel=%2Fbundid%2Fsitzung');
  await page.close();
});

test('persona errors, the edit form and the refusal page for a too-low level pass axe', async () => {
  const page = await neueSeite();
  await page.goto(`${app.baseUrl}/anmelden`);
  await page.getByRole('button', { name: 'Weiter zur BundID' }).click();
  await page.waitForURL(/\/sso$/);

  await page.getByRole('button', { name: 'Anmelden' }).click();
  expect(await page.title()).toMatch(/^Fehler: /);
  expect(await page.getByRole('alert').first().textContent()).toContain(
    'Bitte wählen Sie eine Testperson aus.',
  );
  await expectBarrierefrei(page);

  await page.getByLabel('Kevin Beispiel, nur Benutzername und Passwort').check();
  await page.getByRole('button', { name: 'Angaben vorher bearbeiten' }).click();
  expect(await page.getByLabel('Vorname').inputValue()).toBe('Kevin');
  await expectBarrierefrei(page);

  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('button', { name: 'Zurück zum Antrag' }).click();
  await page.waitForURL(/\/bundid\/acs$/);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    'Diese Anmeldeart reicht für den Antrag nicht aus',
  );
  await expectBarrierefrei(page);
  await page.close();
});

test('the wizard asks for the login and, after the round trip, shows the BundID data as verified', async () => {
  const page = await neueSeite();
  await page.goto(`${app.baseUrl}/antrag`);
  await page.waitForURL(/\/anmelden\?ziel=%2Fantrag$/);
  await page.getByRole('button', { name: 'Weiter zur BundID' }).click();
  await page.waitForURL(/\/bundid-testidp\/sso$/);
  await page.getByLabel('Erika Mustermann, Mieterin in Rostock').check();
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('button', { name: 'Zurück zum Antrag' }).click();
  await page.waitForURL(`${app.baseUrl}/antrag`);
  expect(await page.locator('body').textContent()).toContain('Angemeldet: Erika Mustermann');

  await page.getByRole('button', { name: 'Neuen Antrag beginnen' }).click();
  await page.getByRole('link', { name: 'Weiter ausfüllen' }).click();
  await page.waitForLoadState('domcontentloaded');
  await page.getByLabel('Für mich selbst').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.waitForURL(/\/persoenliche-daten$/);
  const vorname = page.getByLabel('Vorname');
  expect(await vorname.inputValue()).toBe('Erika');
  expect(await vorname.getAttribute('readonly')).not.toBeNull();
  expect(await page.getByLabel('Familienname').inputValue()).toBe('Mustermann');
  expect(await page.locator('main').textContent()).toContain('Aus Ihrem BundID-Konto übernommen');
  await expectBarrierefrei(page);
  await page.close();
});
