import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { eingaben } from '../test/antrag-eingaben.ts';
import { alsBuerger, eineIdentitaet } from '../test/anmeldung.ts';
import { einKonto, TEST_PASSWORT } from '../test/personal.ts';
import { einAntrag, mitKlage, PDF } from '../test/posteingang.ts';
import type { AntragZeile } from '../src/antrag/antrag-tables.ts';
import { kopfzeile, mailText } from '../src/posteingang/entwicklung-routen.tsx';
import { mitteilungsLauf } from '../src/posteingang/mitteilungen.ts';
import { posteingangKontext } from '../src/posteingang/routen.ts';
import { zustellKontext } from '../src/zustellung/verbindungstest.ts';
import { zustellWorker } from '../src/zustellung/worker.ts';
import { expectBarrierefrei, startBrowser, starteApp, type LaufendeApp } from './browser.ts';

// The inbox end to end in a real browser: a case worker signs in, finds the most urgent case first, opens it,
// downloads the PDF and requests a document; the citizen sees the request on the status page and uploads; the
// case worker sees the follow-up arrive. E-mail notices arrive at a real SMTP server started here. Every staff
// and status page passes axe-core.

type Mail = { an: string[]; daten: string };
const postfach: Mail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let daten = '';
    stream.on('data', (chunk: Buffer) => (daten += chunk.toString('utf8')));
    stream.on('end', () => {
      postfach.push({ an: session.envelope.rcptTo.map((r) => r.address), daten });
      callback();
    });
  },
});

let browser: Browser;
let app: LaufendeApp;
let dringend: AntragZeile;
const EMAIL = 'dora.dringlich@example.org';
const identitaet = eineIdentitaet({
  pseudonym: 'bpk2:e2e-dringend',
  vorname: 'Dora',
  familienname: 'Dringlich',
});

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  [browser, app] = await Promise.all([
    startBrowser(),
    starteApp({
      env: { SMTP_URL: `smtp://127.0.0.1:${port}`, POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN: '0' },
    }),
  ]);
  await einAntrag(app, { identitaet: eineIdentitaet({ pseudonym: 'bpk2:e2e-alt' }) });
  await einAntrag(app, {
    identitaet: eineIdentitaet({ pseudonym: 'bpk2:e2e-spaet' }),
    eingaben: mitKlage([25, 11, 2026]),
  });
  dringend = await einAntrag(app, {
    identitaet,
    eingaben: {
      'persoenliche-daten': { ...eingaben['persoenliche-daten'], vorname: 'Dora', familienname: 'Dringlich' },
      kontakt: { ...eingaben.kontakt, email: EMAIL, kontaktweg: 'email' },
      ...mitKlage([12, 10, 2026], { verhandlung: { tag: '8', monat: '12', jahr: '2026' } }),
    },
    dateien: [{ art: 'mietvertrag', dateiname: 'Mietvertrag.pdf', inhalt: PDF }],
  });
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

const lauf = () =>
  mitteilungsLauf({ ...posteingangKontext(app.deps), config: app.deps.config, logger: app.deps.logger });

async function mailAn(an: string, betreff: string): Promise<Mail> {
  for (let i = 0; i < 50; i++) {
    const m = postfach.find((x) => x.an.includes(an) && kopfzeile(x.daten, 'Subject') === betreff);
    if (m !== undefined) return m;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `Keine Mail „${betreff}“ an ${an}; angekommen: ${postfach.map((m) => kopfzeile(m.daten, 'Subject')).join(' | ')}`,
  );
}

function konsolenfehler(page: Page): string[] {
  const fehler: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) fehler.push(m.text());
  });
  return fehler;
}

test('case worker → citizen → case worker, with e-mails over SMTP and axe-core on every page', async () => {
  const konto = await einKonto(app, {
    anzeigename: 'Petra Posteingang',
    rollen: ['sachbearbeitung'],
    behoerden: ['13003'],
  });
  const nummer = dringend.vorgangsnummer;

  // The receipt reaches the citizen's mailbox.
  expect((await lauf()).gesendet).toBe(1);
  const eingang = await mailAn(EMAIL, `Ihr Antrag ${nummer} ist eingegangen`);
  expect(mailText(eingang.daten)).not.toContain('Dringlich');

  // --- The case worker signs in and finds the most urgent case first.
  const sb = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const sbFehler = konsolenfehler(sb);
  await sb.goto(`${app.baseUrl}/verwaltung/posteingang`);
  await sb.getByLabel('Anmeldename').fill(konto.login);
  await sb.getByLabel('Passwort').fill(TEST_PASSWORT);
  await sb.getByRole('button', { name: 'Anmelden' }).click();
  await sb.getByRole('heading', { name: /^Posteingang: / }).waitFor();
  expect(new URL(sb.url()).pathname).toBe('/verwaltung/posteingang/13003');
  await expectBarrierefrei(sb);
  const zeilen = sb.locator('table.posteingang-tabelle tbody tr');
  expect(await zeilen.count()).toBe(3);
  expect(await zeilen.first().locator('th a').textContent()).toBe(nummer);
  expect(await zeilen.first().textContent()).toContain('dringend');

  // filters and search keep the page accessible
  await sb.getByLabel('Suche nach Vorgangsnummer oder Name').fill('dringlich');
  await sb.getByRole('button', { name: 'Anzeigen' }).click();
  await sb.getByText('1 Antrag').waitFor();
  await expectBarrierefrei(sb);

  // --- Opens it, downloads the PDF.
  await sb.getByRole('link', { name: nummer }).click();
  await sb.getByRole('heading', { name: new RegExp(`Antrag ${nummer}`) }).waitFor();
  await expectBarrierefrei(sb);
  const [download] = await Promise.all([
    sb.waitForEvent('download'),
    sb.getByRole('link', { name: 'Antrag als PDF herunterladen' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Antrag-${nummer}.pdf`);
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // a status form without a choice shows the error pattern, still accessible
  await sb.getByRole('button', { name: 'Status speichern' }).click();
  await sb.getByText('Wählen Sie den neuen Status aus').first().waitFor();
  expect(await sb.title()).toMatch(/^Fehler: /);
  await expectBarrierefrei(sb);

  // --- Requests a document.
  await sb.getByRole('link', { name: 'Unterlagen nachfordern' }).click();
  await sb.getByRole('heading', { name: 'Unterlagen nachfordern' }).waitFor();
  await expectBarrierefrei(sb);
  await sb.getByLabel('Kontoauszüge').check();
  await sb.getByLabel('Frist').fill('2026-12-07');
  await sb.getByLabel(/Hinweis an die antragstellende Person/).fill('Bitte die letzten drei Monate.');
  await sb.getByRole('button', { name: 'Unterlagen nachfordern' }).click();
  await sb.getByText('Die Unterlagen wurden nachgefordert.').waitFor();
  await expectBarrierefrei(sb);

  // The notice about the request arrives at the SMTP server, without details.
  expect((await lauf()).gesendet).toBe(1);
  const anforderung = await mailAn(EMAIL, `Das Sozialamt braucht Unterlagen zu Ihrem Antrag ${nummer}`);
  const text = mailText(anforderung.daten);
  expect(text).toContain('bis zum 7. Dezember 2026');
  expect(text).toContain(`${app.deps.config.baseUrl}/meine-antraege/${nummer}`);
  expect(text).not.toContain('Kontoauszüge');

  // --- The citizen (signed in with BundID) sees the request and uploads.
  const kontext = await browser.newContext();
  await kontext.addCookies(
    Object.entries(await alsBuerger(app, identitaet)).map(([name, value]) => ({
      name,
      value,
      url: app.baseUrl,
    })),
  );
  const buerger = await kontext.newPage();
  const buergerFehler = konsolenfehler(buerger);
  await buerger.goto(`${app.baseUrl}/meine-antraege`);
  await buerger.getByRole('heading', { name: 'Ihre Anträge und ihr Stand' }).waitFor();
  expect(await buerger.textContent('main')).toContain(
    'Bitte reichen Sie Unterlagen nach, bis 7. Dezember 2026',
  );
  await expectBarrierefrei(buerger);
  await buerger.getByRole('link', { name: `Antrag ${nummer}`, exact: true }).click();
  await buerger.getByRole('heading', { name: `Antrag ${nummer}` }).waitFor();
  await expectBarrierefrei(buerger);
  await buerger.getByRole('link', { name: /^Unterlagen hochladen/ }).click();
  await buerger.getByRole('heading', { name: 'Unterlagen nachreichen' }).waitFor();
  expect(await buerger.textContent('main')).toContain('Bitte die letzten drei Monate.');
  await expectBarrierefrei(buerger);
  await buerger
    .getByLabel('Datei auswählen für Kontoauszüge')
    .setInputFiles({ name: 'Kontoauszug Oktober.pdf', mimeType: 'application/pdf', buffer: PDF });
  await buerger.getByRole('button', { name: 'Hochladen für Kontoauszüge' }).click();
  await buerger.getByText('„Kontoauszug Oktober.pdf“ wurde hochgeladen').waitFor();
  await expectBarrierefrei(buerger);
  await buerger.getByRole('button', { name: 'Unterlagen absenden' }).click();
  await buerger.getByText('Ihre Unterlagen wurden an das Sozialamt geschickt').waitFor();
  await expectBarrierefrei(buerger);

  // --- The case worker sees the follow-up arrive.
  await sb.goto(`${app.baseUrl}/verwaltung/posteingang/13003`);
  expect(await zeilen.first().textContent()).toContain('nachgereicht');
  await sb.getByRole('link', { name: nummer }).click();
  await sb.getByRole('link', { name: /Kontoauszüge: Kontoauszug Oktober\.pdf/ }).waitFor();
  expect(await sb.textContent('main')).toContain('xSozial-Nachricht der Nachreichung');
  expect(await sb.textContent('main')).toContain('In Bearbeitung');
  await expectBarrierefrei(sb);

  // --- Delivery to the office's mailbox; the citizen reads where and when, and gets the confirmation.
  const worker = zustellWorker({
    ...zustellKontext({ ...app.deps, internUrl: `${app.baseUrl}/xta` }),
    intervallMs: 50,
  });
  await worker.einmal();
  expect((await lauf()).gesendet).toBe(1);
  await mailAn(EMAIL, `Ihr Antrag ${nummer} wurde dem Sozialamt zugestellt`);
  await buerger.goto(`${app.baseUrl}/meine-antraege/${nummer}`);
  expect(await buerger.textContent('main')).toMatch(
    /Zugestellt an Hanse- und Universitätsstadt Rostock am \d\d\.\d\d\.\d{4}/,
  );
  await expectBarrierefrei(buerger);

  // --- Decision; the citizen is told there is one (not what it is).
  await sb.goto(`${app.baseUrl}/verwaltung/posteingang/antrag/${nummer}`);
  await sb.getByLabel('Entschieden').check();
  await sb.getByLabel('Bewilligt als Darlehen').check();
  await sb.getByLabel('Bewilligter Betrag in Euro').fill('1.300,00');
  await sb.getByRole('button', { name: 'Status speichern' }).click();
  await sb.getByText('Der Status wurde gespeichert.').waitFor();
  expect(await sb.textContent('main')).toContain('Bewilligt als Darlehen: 1.300,00 €');
  await expectBarrierefrei(sb);
  expect((await lauf()).gesendet).toBe(1);
  const entscheidung = await mailAn(EMAIL, `Zu Ihrem Antrag ${nummer} gibt es eine Entscheidung`);
  expect(mailText(entscheidung.daten)).not.toContain('Darlehen');

  expect(sbFehler).toEqual([]);
  expect(buergerFehler).toEqual([]);
});

test('the staff pages without cases and the development mail page pass axe-core', async () => {
  const kontext = await browser.newContext();
  const page = await kontext.newPage();
  // The mail page is for operators only (posteingang/seiten/entwicklung/zugang.tsx).
  const konto = await einKonto(app, {
    rollen: ['sachbearbeitung', 'betrieb'],
    behoerden: ['13004', '13003'],
  });
  await page.goto(`${app.baseUrl}/verwaltung/anmelden`);
  await page.getByLabel('Anmeldename').fill(konto.login);
  await page.getByLabel('Passwort').fill(TEST_PASSWORT);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { name: /Guten Tag/ }).waitFor();
  await page.goto(`${app.baseUrl}/verwaltung/posteingang/13004`);
  await page.getByText('Keine Anträge für diese Auswahl.').waitFor();
  await expectBarrierefrei(page);
  const fremd = await page.goto(`${app.baseUrl}/verwaltung/posteingang/antrag/MR-2026-ZZZZZZ`);
  expect(fremd?.status()).toBe(404);
  await expectBarrierefrei(page);
  await page.goto(`${app.baseUrl}/entwicklung/mails`);
  await page.getByRole('heading', { name: 'Versendete E-Mails' }).waitFor();
  await expectBarrierefrei(page);
});

test('staff tables at 320 px (400 % zoom): inbox list, a case and the re-use overview do not scroll sideways', async () => {
  const kontext = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await kontext.newPage();
  const konto = await einKonto(app, {
    rollen: ['sachbearbeitung', 'land_koordination'],
    behoerden: ['13003'],
  });
  await page.goto(`${app.baseUrl}/verwaltung/anmelden`);
  await page.getByLabel('Anmeldename').fill(konto.login);
  await page.getByLabel('Passwort').fill(TEST_PASSWORT);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { name: /Guten Tag/ }).waitFor();
  for (const pfad of [
    '/verwaltung/posteingang/13003',
    `/verwaltung/posteingang/antrag/${dringend.vorgangsnummer}`,
    '/verwaltung/nachnutzung',
  ]) {
    await page.goto(`${app.baseUrl}${pfad}`);
    expect(await page.locator('table').count(), pfad).toBeGreaterThan(0);
    const breite = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(breite, pfad).toBeLessThanOrEqual(320);
  }
  await kontext.close();
});
