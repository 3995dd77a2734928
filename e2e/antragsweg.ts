import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { eingabe, kuerzesterWeg, type EingabeSchritt } from '../test/antrag-eingaben.ts';
import type { RohEingabe } from '../src/antrag/schritte/felder.ts';

// A citizen in a real browser for tests outside antrag/: login through the built-in BundID stand-in, the
// shortest valid path with chosen answers, the declarations and submit.

export type Buerger = { context: BrowserContext; page: Page };

/** Signs in through the stand-in as the persona with this label; ends on /antrag. */
export async function anmeldenUeberBundid(
  browser: Browser,
  baseUrl: string,
  persona: string,
): Promise<Buerger> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/anmelden?ziel=/antrag`);
  await page.getByRole('button', { name: 'Weiter zur BundID' }).click();
  await page.waitForURL(/\/bundid-testidp\/sso$/);
  await page.getByLabel(persona).check();
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(/\/bundid-testidp\/anmelden$/);
  await page.getByRole('button', { name: 'Zurück zum Antrag' }).click();
  await page.waitForURL(`${baseUrl}/antrag`);
  return { context, page };
}

/** Fills a form the way a person would, by the names of the fields (verified BundID data is not a field). */
export async function ausfuellen(page: Page, roh: RohEingabe): Promise<void> {
  for (const [name, wert] of Object.entries(roh)) {
    if (Array.isArray(wert)) {
      for (const box of await page.locator(`input[type="checkbox"][name="${name}"]`).all())
        await box.setChecked(wert.includes((await box.getAttribute('value')) ?? ''));
    } else if (typeof wert === 'object') {
      for (const [teil, w] of Object.entries(wert)) {
        const feld = page.locator(`[name="${name}-${teil}"]`);
        if ((await feld.count()) > 0) await feld.fill(w);
      }
    } else {
      const feld = page.locator(`[name="${name}"]`).first();
      if ((await feld.count()) === 0) continue;
      const art = await feld.evaluate((el) =>
        el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase(),
      );
      if (art === 'radio') {
        if (wert !== '') await page.locator(`input[name="${name}"][value="${wert}"]`).check();
      } else if (art === 'checkbox') await feld.setChecked(wert === 'ja');
      else if (art === 'select') await feld.selectOption(wert);
      else if (art !== 'hidden') await feld.fill(wert);
    }
  }
}

async function weiter(page: Page): Promise<void> {
  await page.locator('main form button.kern-btn--primary').last().click();
  await page.waitForLoadState('domcontentloaded');
  if ((await page.title()).startsWith('Fehler: '))
    throw new Error(`${page.url()}: ${await page.locator('#fehlerzusammenfassung').innerText()}`);
}

type Antworten = Partial<Record<EingabeSchritt, RohEingabe>>;

/** Starts a new application and answers the shortest path up to `bis` (inclusive); returns /antrag/<id>. */
async function beantworte(page: Page, baseUrl: string, anders: Antworten, bis?: EingabeSchritt) {
  await page.goto(`${baseUrl}/antrag`);
  await page.getByRole('button', { name: 'Neuen Antrag beginnen' }).click();
  await expect.poll(() => page.url()).toMatch(/\/antrag\/[0-9a-f]{16}$/);
  const basis = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Weiter ausfüllen' }).click();
  const schritte = kuerzesterWeg.map((key) => key.split('/')[0] as EingabeSchritt);
  for (const schritt of bis === undefined ? schritte : schritte.slice(0, schritte.indexOf(bis) + 1)) {
    await ausfuellen(page, eingabe(schritt, anders[schritt]));
    await weiter(page);
  }
  return basis;
}

/**
 * A new application on the shortest path up to the check page, with `anders` replacing the default answers of
 * single steps. Returns the draft's base path /antrag/<id>.
 */
export async function bisZurPruefung(page: Page, baseUrl: string, anders: Antworten): Promise<string> {
  const basis = await beantworte(page, baseUrl, anders);
  expect(new URL(page.url()).pathname).toBe(`${basis}/pruefen`);
  return basis;
}

/** A new application up to the choice of the office; the page is wherever the wizard leads next. */
export function bisZumSozialamt(page: Page, baseUrl: string, ags: string): Promise<string> {
  return beantworte(page, baseUrl, { 'wohnung-sozialamt': { ags } }, 'wohnung-sozialamt');
}

/** From the check page: the declarations, then "Antrag verbindlich absenden". */
export async function absenden(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Weiter zu den Erklärungen' }).click();
  await erklaerenUndAbsenden(page);
}

export async function erklaerenUndAbsenden(page: Page): Promise<void> {
  await ausfuellen(page, eingabe('erklaerungen', { versorger: 'ja', elektronisch: 'ja' }));
  await page.getByRole('button', { name: 'Antrag verbindlich absenden' }).click();
  await page.waitForLoadState('domcontentloaded');
}
