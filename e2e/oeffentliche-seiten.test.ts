import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
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

const seiten = [
  '/',
  '/leichte-sprache',
  '/behoerden',
  '/impressum',
  '/datenschutz',
  '/barrierefreiheit',
  '/gibt-es-nicht',
];

test.each(seiten)('%s passes axe-core (WCAG 2.1 AA) with zero violations', async (pfad) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(app.baseUrl + pfad);
  await expectBarrierefrei(page);
  await page.close();
});

test('the start page renders with KERN styles and fonts, and works at 400 % zoom width', async () => {
  const page = await (await browser.newContext({ viewport: { width: 320, height: 800 } })).newPage();
  const fehler: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') fehler.push(m.text());
  });
  await page.goto(app.baseUrl + '/');
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).toContain('Fira Sans');
  const button = page.getByRole('link', { name: 'Antrag starten' }).first();
  expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  const scrollBreite = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollBreite).toBeLessThanOrEqual(320);
  await page.screenshot({ path: 'coverage/startseite-320.png', fullPage: true });
  expect(fehler).toEqual([]);
  await page.close();
});

test('the skip link moves keyboard focus to the content', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(app.baseUrl + '/');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toBe('Zum Inhalt springen');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
  await page.close();
});
