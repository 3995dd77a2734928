import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { alsBuerger, eineIdentitaet } from '../test/anmeldung.ts';
import { einAntrag } from '../test/posteingang.ts';
import { ERKLAERUNG, KONTOAUSZUG } from '../test/vermieter.ts';
import { expectBarrierefrei, startBrowser, starteApp, type LaufendeApp } from './browser.ts';

// The landlord's declaration in a real browser (the pages use no script): the citizen invites from
// the status page, the landlord opens the link from the e-mail, confirms the code, sees the form with errors,
// submits with the account statement, and a used link shows the "not valid" page. Every page passes axe-core.

const postfach: string[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, callback) {
    let daten = '';
    stream.on('data', (chunk: Buffer) => (daten += chunk.toString('utf8')));
    stream.on('end', () => {
      postfach.push(daten.replace(/=\r?\n/g, ''));
      callback();
    });
  },
});

let browser: Browser;
let app: LaufendeApp;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  [browser, app] = await Promise.all([
    startBrowser(),
    starteApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } }),
  ]);
});
afterAll(async () => {
  await browser.close();
  await app.close();
  await new Promise<void>((resolve) => {
    smtp.close(() => {
      resolve();
    });
  });
});

async function warteAufMail(muster: RegExp): Promise<string> {
  for (let i = 0; i < 50; i++) {
    for (const m of [...postfach].reverse()) {
      const treffer = muster.exec(m)?.[1];
      if (treffer !== undefined) return treffer;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Keine Mail mit ${String(muster)}`);
}

const RADIOS = new Set(['art', 'fortsetzung', 'kuendigung', 'raeumungsklage']);

async function ausfuellen(page: Page) {
  for (const [name, wert] of Object.entries(ERKLAERUNG)) {
    if (wert === '') continue;
    if (RADIOS.has(name)) await page.check(`input[name="${name}"][value="${wert}"]`);
    else if (name === 'richtig') await page.check('input[name="richtig"]');
    else await page.fill(`[name="${name}"]`, wert);
  }
  await page.setInputFiles('input[name="mietkonto"]', {
    name: 'Mietkonto.pdf',
    mimeType: 'application/pdf',
    buffer: KONTOAUSZUG,
  });
}

test('every landlord page passes axe, from the invitation to the used link', async () => {
  const identitaet = eineIdentitaet({ pseudonym: 'bpk2:e2e-vermieter' });
  const antrag = await einAntrag(app, {
    identitaet,
    eingaben: {
      'vermieter-kontakt': {
        ansprechperson: '',
        telefon: '',
        email: 'wiro@example.org',
        mieternummer: '',
        informiert: 'ja',
      },
    },
  });
  const nr = antrag.vorgangsnummer;

  const buergerKontext = await browser.newContext();
  await buergerKontext.addCookies(
    Object.entries(await alsBuerger(app, identitaet)).map(([name, value]) => ({
      name,
      value,
      url: app.baseUrl,
    })),
  );
  const buerger = await buergerKontext.newPage();
  buerger.setDefaultTimeout(20_000);
  await buerger.goto(`${app.baseUrl}/meine-antraege/${nr}`);
  await expectBarrierefrei(buerger);
  await buerger.getByRole('button', { name: 'Vermieter einladen' }).click();
  await buerger.getByRole('heading', { name: 'Ihr Vermieter ist eingeladen' }).waitFor();
  await expectBarrierefrei(buerger);
  const link = await warteAufMail(/(http:\/\/\S+\/vermieter\/[A-Za-z0-9_-]{27})/);

  // The pages load no script of their own; axe needs JavaScript in the page to run its checks.
  const vermieter = await (await browser.newContext()).newPage();
  vermieter.setDefaultTimeout(20_000);
  await vermieter.goto(link);
  await vermieter.getByRole('heading', { name: 'Bestätigen Sie Ihre E-Mail-Adresse' }).waitFor();
  await expectBarrierefrei(vermieter);
  await vermieter.getByRole('button', { name: 'Code senden' }).click();
  await vermieter.getByText('Der Code ist an').waitFor();
  await expectBarrierefrei(vermieter);
  await vermieter.getByLabel('Bestätigungscode').fill('999999x');
  await vermieter.getByRole('button', { name: 'Bestätigen' }).click();
  await vermieter.getByText('Der Code ist falsch').first().waitFor();
  await expectBarrierefrei(vermieter);
  const code = await warteAufMail(/lautet: (\d{6})/);
  await vermieter.getByLabel('Bestätigungscode').fill(code);
  await vermieter.getByRole('button', { name: 'Bestätigen' }).click();
  await vermieter.getByRole('heading', { name: 'Erklärung zu Mietrückständen' }).waitFor();
  await expectBarrierefrei(vermieter);

  // Submitted empty: the error summary and messages at the fields.
  await vermieter.getByRole('button', { name: 'Erklärung verbindlich absenden' }).click();
  await vermieter.getByText(/Bitte korrigieren Sie \d+ Angaben/).waitFor();
  await expectBarrierefrei(vermieter);

  await ausfuellen(vermieter);
  await vermieter.getByRole('button', { name: 'Erklärung verbindlich absenden' }).click();
  await vermieter.getByRole('heading', { name: 'Vielen Dank, Ihre Erklärung ist abgegeben' }).waitFor();
  await expectBarrierefrei(vermieter);

  await vermieter.goto(link);
  await vermieter.getByRole('heading', { name: 'Dieser Link ist nicht gültig' }).waitFor();
  await expectBarrierefrei(vermieter);

  await buerger.goto(`${app.baseUrl}/meine-antraege/${nr}`);
  expect(await buerger.textContent('main')).toContain('Ihr Vermieter hat am');
  await expectBarrierefrei(buerger);
}, 300_000);
