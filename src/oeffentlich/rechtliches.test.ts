import { afterAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { rechtlicheWarnung, rechtlichesKonfiguration } from '../config/rechtliches.ts';
import { loadConfig } from '../config.ts';

// The Impressum and the accessibility statement say what the operator configured, and nothing invented.

const env = {
  IMPRESSUM_BETREIBER: 'Beispielverband Digitale Verwaltung',
  IMPRESSUM_ANSCHRIFT: 'Musterweg 1, 19053 Schwerin',
  IMPRESSUM_VERTRETEN_DURCH: 'Dr. Erika Beispiel, Verbandsvorsteherin',
  IMPRESSUM_EMAIL: 'impressum@example.org',
  IMPRESSUM_TELEFON: '0385 123-0',
  IMPRESSUM_AUFSICHTSBEHOERDE: 'Ministerium für Beispiele M-V',
  BARRIEREFREIHEIT_FEEDBACK_EMAIL: 'barrieren@example.org',
  BARRIEREFREIHEIT_GEPRUEFT_AM: '2026-11-30',
  BARRIEREFREIHEIT_DURCHSETZUNGSSTELLE: 'Schlichtungsstelle Beispiel, Schwerin',
};
const t = await testApp({ env });
const leer = await testApp();
afterAll(async () => {
  await t.close();
  await leer.close();
});

test('the Impressum shows the configured operator, representative, contact and supervisory authority', async () => {
  const { body } = await t.app.inject({ url: '/impressum' });
  for (const wert of [
    'Beispielverband Digitale Verwaltung',
    'Musterweg 1, 19053 Schwerin',
    'Dr. Erika Beispiel, Verbandsvorsteherin',
    'href="mailto:impressum@example.org"',
    'href="tel:03851230"',
    'Ministerium für Beispiele M-V',
  ])
    expect(body).toContain(wert);
});

test('unconfigured, the Impressum names nobody and says what is missing', async () => {
  const { body } = await leer.app.inject({ url: '/impressum' });
  expect(body).not.toContain('eGo-MV');
  expect(body).toContain('Noch nicht angegeben.');
});

test('the accessibility statement has the feedback address and the date of the last review', async () => {
  const { body } = await t.app.inject({ url: '/barrierefreiheit' });
  expect(body).toContain('BITV 2.0');
  expect(body).toContain('href="mailto:barrieren@example.org?subject=Barriere%20melden"');
  expect(body).toContain('zuletzt am 30.11.2026 überprüft');
  expect(body).toContain('Schlichtungsstelle Beispiel, Schwerin');
  const ohne = await leer.app.inject({ url: '/barrierefreiheit' });
  expect(ohne.body).toContain('Das Datum der letzten Überprüfung dieser Erklärung ist noch nicht angegeben.');
});

test('start-up warns outside development when legal items are unset; bad values are refused', () => {
  const ohne = rechtlichesKonfiguration({});
  expect(rechtlicheWarnung('development', ohne)).toBeUndefined();
  expect(rechtlicheWarnung('production', ohne)).toContain('IMPRESSUM_BETREIBER');
  expect(rechtlicheWarnung('production', ohne)).toContain('BARRIEREFREIHEIT_GEPRUEFT_AM');
  expect(rechtlicheWarnung('production', rechtlichesKonfiguration(env))).toBeUndefined();
  expect(() => loadConfig({ NODE_ENV: 'test', BARRIEREFREIHEIT_GEPRUEFT_AM: '30.11.2026' })).toThrow(
    /BARRIEREFREIHEIT_GEPRUEFT_AM/,
  );
  expect(() => loadConfig({ NODE_ENV: 'test', IMPRESSUM_EMAIL: 'kaputt' })).toThrow(/IMPRESSUM_EMAIL/);
});

test('the Leichte-Sprache page says when the Jobcenter helps and links the Jobcenter finder', async () => {
  const { body } = await t.app.inject({ url: '/leichte-sprache' });
  expect(body).toContain('Wann hilft das Job·center?');
  expect(body).toContain('3 Stunden oder mehr arbeiten');
  expect(body).toContain('href="https://www.arbeitsagentur.de/jobcenter-finden"');
});
