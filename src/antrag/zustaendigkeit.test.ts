import { sql } from 'kysely';
import { afterAll, expect, test } from 'vitest';
import { browser, pfadFuer, type Browser } from '../../test/antrag-client.ts';
import { eingabe, kuerzesterWeg, type EingabeSchritt } from '../../test/antrag-eingaben.ts';
import { alsBuerger, eineIdentitaet } from '../../test/anmeldung.ts';
import { testApp } from '../../test/app.ts';
import { GEMEINDEN_DE } from '../../test/pfade.ts';
import { verbindungAnlegen } from '../../test/posteingang.ts';
import { nachnutzungZustaende, type NachnutzungZustand } from '../nachnutzung/nachnutzung-tables.ts';
import { importiereGemeindeverzeichnis } from '../zustaendigkeit/gemeinde-import.ts';
import { setzeNachnutzung } from '../../test/zustaendigkeit.ts';

// The wizard with an imported gazetteer (the whole-Germany file): the flat's postal code decides the office.
// Without a gazetteer (antrag-routen.test.ts) the citizen picks the Kreis.

const t = await testApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
afterAll(() => t.close());
const db = t.deps.datenbank.db;
await importiereGemeindeverzeichnis(db, {
  datei: GEMEINDEN_DE,
  jetzt: t.uhr.jetzt,
});

const basisVon = (key: string) => key.split('/')[0] as EingabeSchritt;
const radios = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`name="${name}" type="radio" value="([0-9]+)"`, 'g'))].map((m) => m[1]);

/** A draft filled up to the flat's address; the flat lies at `plz`. Returns the draft's base path. */
async function bisZurWohnung(pseudonym: string, plz: string): Promise<{ b: Browser; basis: string }> {
  const b = browser(t, await alsBuerger(t, eineIdentitaet({ pseudonym })));
  const basis = await b.neuerEntwurf();
  for (const key of kuerzesterWeg.slice(0, kuerzesterWeg.indexOf('wohnung')))
    await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
  await b.post(`${basis}/wohnung`, { gleicheAnschrift: 'nein' });
  const res = await b.post(`${basis}/wohnung/anschrift`, eingabe('wohnung-anschrift', { plz }));
  expect(res.statusCode).toBe(303);
  return { b, basis };
}

test('a unique postal code: the office is shown, nothing to choose, confirming goes on', async () => {
  await setzeNachnutzung(db, '13004', 'produktiv');
  const { b, basis } = await bisZurWohnung('bpk2:routing-eindeutig', '19053');
  const seite = await b.get(`${basis}/wohnung/sozialamt`);
  expect(seite.statusCode).toBe(200);
  expect(seite.body).toContain('Zuständiges Sozialamt');
  expect(seite.body).toContain('Ihre Wohnung liegt in 19053 Schwerin.');
  expect(seite.body).toContain('Landeshauptstadt Schwerin');
  expect(radios(seite.body, 'ags')).toEqual([]);
  // Whatever is posted, the office follows from the postal code.
  const res = await b.post(`${basis}/wohnung/sozialamt`, { ags: '13003', gemeinde: '13003000' });
  expect(res.headers.location).toBe(`${basis}/wohnung/angaben`);
});

test('an ambiguous postal code: pick a municipality of Landkreis Rostock, submit reaches office 13072', async () => {
  await setzeNachnutzung(db, '13072', 'produktiv');
  await verbindungAnlegen(t, '13072');
  const { b, basis } = await bisZurWohnung('bpk2:routing-mehrdeutig', '18059');
  const seite = await b.get(`${basis}/wohnung/sozialamt`);
  expect(radios(seite.body, 'gemeinde')).toEqual(['13072077', '13072080', '13003000', '13072121']);
  expect(seite.body).toContain('Zuständig: Landkreis Rostock');

  // Not one of the postal code's municipalities, or none at all: an error at the field, nothing lost.
  for (const [gemeinde, fehler] of [
    ['13004000', 'Der gewählte Ort gehört nicht zur Postleitzahl 18059'],
    ['<script>', 'Der gewählte Ort gehört nicht zur Postleitzahl 18059'],
    ['', 'Wählen Sie den Ort aus, in dem die Wohnung liegt'],
  ] as const) {
    const falsch = await b.post(`${basis}/wohnung/sozialamt`, { gemeinde });
    expect(falsch.statusCode).toBe(400);
    expect(falsch.body).toContain(fehler);
    expect(falsch.body).toContain('href="#feld-gemeinde"');
    expect(falsch.body).not.toContain('<script>');
  }
  expect((await b.get(`${basis}/wohnung/anschrift`)).body).toContain('value="18059"');

  const res = await b.post(`${basis}/wohnung/sozialamt`, { gemeinde: '13072121' });
  expect(res.headers.location).toBe(`${basis}/wohnung/angaben`);
  expect((await b.get(`${basis}/wohnung/sozialamt`)).body).toMatch(/value="13072121"[^>]*checked/);

  const rest = kuerzesterWeg.slice(kuerzesterWeg.indexOf('wohnung-angaben'));
  for (const key of rest) {
    const r = await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
    expect(r.statusCode, `${key}: ${r.body.slice(0, 200)}`).toBe(303);
  }
  const pruefen = await b.get(`${basis}/pruefen`);
  expect(pruefen.statusCode).toBe(200);
  expect(pruefen.body).toContain('Ort der Wohnung');
  expect(pruefen.body).toContain('Ziesendorf');
  expect(pruefen.body).toContain('Zuständiges Sozialamt');
  expect(pruefen.body).toContain('Landkreis Rostock');

  const erkl = await b.get(`${basis}/erklaerungen`);
  const schluessel = /name="_schluessel" value="([^"]+)"/.exec(erkl.body)?.[1] ?? '';
  const ab = await b.post(`${basis}/erklaerungen`, { ...eingabe('erklaerungen'), _schluessel: schluessel });
  expect(ab.statusCode, ab.body.slice(0, 300)).toBe(303);
  const nummer = String(ab.headers.location).split('/').pop() ?? '';
  const { rows } = await sql<{ ags: string }>`
    select behoerde_ags as ags from antrag where vorgangsnummer = ${nummer}
  `.execute(db);
  expect(rows[0]?.ags).toBe('13072');
});

test('changing the postal code later asks again: a stale municipality does not survive', async () => {
  const { b, basis } = await bisZurWohnung('bpk2:routing-aendern', '18059');
  await b.post(`${basis}/wohnung/sozialamt`, { gemeinde: '13072077' });
  expect((await b.get(`${basis}/wohnung/angaben`)).statusCode).toBe(200);
  const res = await b.post(
    `${basis}/wohnung/anschrift?zurueck=pruefen`,
    eingabe('wohnung-anschrift', { plz: '18069', _zurueck: 'pruefen' }),
  );
  expect(res.headers.location).toBe(`${basis}/wohnung/sozialamt?zurueck=pruefen`);
  expect((await b.get(`${basis}/wohnung/angaben`)).headers.location).toBe(basis);
  const seite = await b.get(`${basis}/wohnung/sozialamt`);
  expect(radios(seite.body, 'gemeinde')).toEqual(['13072064', '13003000']);
  expect(seite.body).not.toMatch(/checked/);
  // The old choice is no choice for the new postal code.
  expect((await b.post(`${basis}/wohnung/sozialamt`, { gemeinde: '13072077' })).statusCode).toBe(400);
  expect((await b.post(`${basis}/wohnung/sozialamt`, { gemeinde: '13072064' })).headers.location).toBe(
    `${basis}/wohnung/angaben`,
  );
});

test('a postal code outside M-V ends on a page that says where to apply; the draft is kept', async () => {
  const { b, basis } = await bisZurWohnung('bpk2:routing-ausserhalb', '20095');
  const weiter = await b.get(`${basis}/weiter`);
  expect(weiter.headers.location).toBe(`${basis}/wohnung/ausserhalb-mv`);
  const seite = await b.get(`${basis}/wohnung/ausserhalb-mv`);
  expect(seite.statusCode).toBe(200);
  expect(seite.body).toContain('Dieser Online-Antrag gilt nur in Mecklenburg-Vorpommern');
  expect(seite.body).toContain('Die Postleitzahl 20095 gehört nach unseren Daten zu Hamburg.');
  expect(seite.body).toContain('Ihre bisherigen Angaben bleiben gespeichert.');
  expect((await b.get(`${basis}/wohnung/sozialamt`)).headers.location).toBe(basis);
  expect((await b.get(`${basis}/wohnung/angaben`)).headers.location).toBe(basis);
  expect((await b.post(`${basis}/wohnung/ausserhalb-mv`, {})).statusCode).toBe(404);
  // Back in M-V: the path goes on.
  await b.post(`${basis}/wohnung/anschrift`, eingabe('wohnung-anschrift', { plz: '19053' }));
  expect((await b.get(`${basis}/weiter`)).headers.location).toBe(`${basis}/wohnung/sozialamt`);
});

test('a place outside M-V picked for a postal code shared across the border ends there too', async () => {
  const { b, basis } = await bisZurWohnung('bpk2:routing-grenze', '17337');
  const seite = await b.get(`${basis}/wohnung/sozialamt`);
  expect(seite.body).toContain('nicht in Mecklenburg-Vorpommern');
  const draussen = /name="gemeinde" type="radio" value="(12[0-9]+)"/.exec(seite.body)?.[1] ?? '';
  expect(draussen).not.toBe('');
  const res = await b.post(`${basis}/wohnung/sozialamt`, { gemeinde: draussen });
  expect(res.headers.location).toBe(`${basis}/wohnung/ausserhalb-mv`);
  expect((await b.get(`${basis}/wohnung/ausserhalb-mv`)).body).toContain('Brandenburg');
});

test('an unknown postal code in M-V: a clear message, and the Kreis as fallback', async () => {
  const { b, basis } = await bisZurWohnung('bpk2:routing-unbekannt', '17999');
  const seite = await b.get(`${basis}/wohnung/sozialamt`);
  expect(seite.body).toContain('Zur Postleitzahl 17999 kennen wir keinen Ort.');
  expect(radios(seite.body, 'ags')).toHaveLength(8);
  expect((await b.post(`${basis}/wohnung/sozialamt`, { ags: '99999' })).statusCode).toBe(400);
  expect((await b.post(`${basis}/wohnung/sozialamt`, { ags: '13003' })).headers.location).toBe(
    `${basis}/wohnung/angaben`,
  );
});

const erwartet: Record<NachnutzungZustand, 'online' | 'schriftlich' | 'hinweis'> = {
  nicht_angebunden: 'schriftlich',
  interesse_bekundet: 'schriftlich',
  bedingungen_akzeptiert: 'schriftlich',
  unterlagen_bereitgestellt: 'schriftlich',
  technisch_angebunden: 'schriftlich',
  test_erfolgreich: 'schriftlich',
  produktiv: 'online',
  voruebergehend_abgemeldet: 'hinweis',
  kuendigung_angekuendigt: 'online',
  abgemeldet: 'schriftlich',
};

test('the re-use state of the routed office decides: go on, its notice, or the written way', async () => {
  const { b, basis } = await bisZurWohnung('bpk2:routing-zustaende', '18059');
  for (const zustand of nachnutzungZustaende) {
    await setzeNachnutzung(db, '13072', zustand, { hinweis_text: 'Bis Januar nur schriftlich.' });
    const res = await b.post(`${basis}/wohnung/sozialamt`, { gemeinde: '13072077' });
    const art = erwartet[zustand];
    expect(res.headers.location, zustand).toBe(
      art === 'online' ? `${basis}/wohnung/angaben` : `${basis}/wohnung/schriftlicher-antrag`,
    );
    if (art !== 'online') {
      const seite = await b.get(`${basis}/wohnung/schriftlicher-antrag`);
      expect(seite.body, zustand).toContain('Landkreis Rostock');
      expect(seite.body, zustand).toContain('Ihre bisherigen Angaben bleiben gespeichert.');
      expect(seite.body, zustand).toContain(
        art === 'hinweis'
          ? 'Bei diesem Sozialamt ist der Online-Antrag vorübergehend nicht möglich'
          : zustand === 'abgemeldet'
            ? 'Dieses Sozialamt nimmt den Antrag nicht mehr online an'
            : 'Dieses Sozialamt nimmt den Antrag noch nicht online an',
      );
      if (art === 'hinweis') expect(seite.body).toContain('Bis Januar nur schriftlich.');
    }
  }
  await setzeNachnutzung(db, '13072', 'produktiv');
});
