import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIENST_MIETRUECKSTAENDE } from '../src/katalog/dienste.ts';
import { enqueueZustellung } from '../src/zustellung/outbox.ts';
import { alsPersonal, einKonto, TEST_PASSWORT } from '../test/personal.ts';
import { expectBarrierefrei, startBrowser, starteApp, type LaufendeApp } from './browser.ts';

let browser: Browser;
let app: LaufendeApp;

beforeAll(async () => {
  [browser, app] = await Promise.all([startBrowser(), starteApp()]);
});
afterAll(async () => {
  await browser.close();
  await app.close();
});

test('a case worker signs in; login page, start page and the 403 page pass axe-core', async () => {
  const konto = await einKonto(app, { anzeigename: 'Petra Sachbearbeiterin' });
  const page = await (await browser.newContext()).newPage();
  const fehler: string[] = [];
  page.on('console', (m) => {
    // 400/401/403 answers are intended here; what must not happen is a script error or a CSP violation.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) fehler.push(m.text());
  });

  await page.goto(`${app.baseUrl}/verwaltung`);
  expect(new URL(page.url()).pathname).toBe('/verwaltung/anmelden');
  await expectBarrierefrei(page);

  // a failed attempt shows the error summary and field messages
  await page.getByLabel('Anmeldename').fill(konto.login);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByText('Geben Sie Ihr Passwort ein.').first().waitFor();
  expect(await page.title()).toMatch(/^Fehler: /);
  await expectBarrierefrei(page);

  await page.getByLabel('Passwort').fill(TEST_PASSWORT);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { name: 'Guten Tag, Petra Sachbearbeiterin' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/verwaltung');
  expect(await page.getByRole('link', { name: 'Posteingang' }).count()).toBeGreaterThan(0);
  expect(await page.getByRole('button', { name: 'Sitzung verlängern' }).isVisible()).toBe(true);
  expect(await page.locator('#sitzungshinweis').textContent()).toMatch(/Ihre Sitzung endet um \d\d:\d\d Uhr/);
  await expectBarrierefrei(page);

  const verboten = await page.goto(`${app.baseUrl}/verwaltung/konten`);
  expect(verboten?.status()).toBe(403);
  await page.getByRole('heading', { name: 'Kein Zugriff auf diese Seite' }).waitFor();
  await expectBarrierefrei(page);

  // extending brings the person back to the page they were on
  const [antwort] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/verwaltung/sitzung')),
    page.getByRole('button', { name: 'Sitzung verlängern' }).click(),
  ]);
  expect(antwort.status()).toBe(303);
  expect(antwort.headers().location).toBe('/verwaltung/konten');
  await page.waitForURL(`${app.baseUrl}/verwaltung/konten`);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.getByText('Sie sind abgemeldet').waitFor();
  await expectBarrierefrei(page);
  expect(fehler).toEqual([]);
  await page.close();
});

test('operations: the delivery pages pass axe-core, and a dead job is replayed by button', async () => {
  const db = app.datenbank.db;
  const id = await db.transaction().execute((trx) =>
    enqueueZustellung(
      trx,
      {
        behoerdeAgs: '13003',
        dienstId: DIENST_MIETRUECKSTAENDE,
        nachrichtXml: '<x/>',
        nachrichtUUID: crypto.randomUUID(),
        bezug: 'e2e-betrieb',
        // Due only in an hour: the app's worker leaves it alone until it is marked dead below.
        erstelltAm: new Date(Date.now() + 3_600_000),
      },
      app.deps.secrets.dataKey,
    ),
  );
  await db
    .updateTable('zustell_auftrag')
    .set({
      status: 'dead',
      tot_am: new Date(),
      fehler_code: '9012',
      fehler_grund: 'Konto beim Empfänger gesperrt',
    })
    .where('id', '=', id)
    .execute();
  const context = await browser.newContext();
  const cookies = await alsPersonal(app, { rollen: ['betrieb'], behoerden: [], passwort: null });
  await context.addCookies(
    Object.entries(cookies).map(([name, value]) => ({ name, value, url: app.baseUrl })),
  );
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/verwaltung`);
  await page.getByRole('link', { name: 'Betrieb' }).first().click();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Zustellungen an die Sozialämter');
  await expectBarrierefrei(page);
  await page.getByRole('link', { name: 'Nicht zustellbare Aufträge anzeigen' }).click();
  await page
    .getByRole('link', { name: /^Details/ })
    .first()
    .click();
  expect(await page.locator('main').textContent()).toContain('9012: Konto beim Empfänger gesperrt');
  await expectBarrierefrei(page);
  await page.getByRole('button', { name: 'Erneut einreihen' }).click();
  await page.getByText('Der Auftrag ist erneut eingereiht').waitFor();
  await expectBarrierefrei(page);
  await page.close();
});

test('the operations accounts page and the password page pass axe-core', async () => {
  const context = await browser.newContext();
  const cookies = await alsPersonal(app, { rollen: ['betrieb'], behoerden: [], passwort: TEST_PASSWORT });
  await context.addCookies(
    Object.entries(cookies).map(([name, value]) => ({ name, value, url: app.baseUrl })),
  );
  const page = await context.newPage();
  for (const pfad of ['/verwaltung', '/verwaltung/konten', '/verwaltung/passwort']) {
    const res = await page.goto(app.baseUrl + pfad);
    expect(res?.status(), pfad).toBe(200);
    await expectBarrierefrei(page);
  }
  await page.close();
});

test('two minutes before the session ends, the script warns (progressive enhancement)', async () => {
  const cookies = await alsPersonal(app);
  // The session is 100 seconds short of its absolute maximum age, so it ends in 100 seconds at most.
  await app.datenbank.db
    .updateTable('web_sitzung')
    .set({ erstellt_am: new Date(app.uhr.jetzt().getTime() - 12 * 3_600_000 + 100_000) })
    .where('art', '=', 'personal')
    .execute();
  const context = await browser.newContext();
  await context.addCookies(
    Object.entries(cookies).map(([name, value]) => ({ name, value, url: app.baseUrl })),
  );
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/verwaltung`);
  const warnung = page.getByRole('alert').filter({ hasText: 'Ihre Sitzung endet in 2 Minuten' });
  await warnung.waitFor();
  expect(await page.locator('#sitzungshinweis').getAttribute('data-restsekunden')).toBe('100');
  await expectBarrierefrei(page);
  await page.close();
});
