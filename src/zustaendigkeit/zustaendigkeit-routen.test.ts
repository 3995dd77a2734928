import { afterAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { GEMEINDEN_DE } from '../../test/pfade.ts';
import { importiereGemeindeverzeichnis } from './gemeinde-import.ts';
import { setzeNachnutzung } from '../../test/zustaendigkeit.ts';

const t = await testApp();
afterAll(() => t.close());
const db = t.datenbank.db;

const get = (url: string) => t.app.inject({ url });
const radios = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`name="${name}" type="radio" value="([0-9]+)"`, 'g'))].map((m) => m[1]);

const ATTRIBUTION = '© OpenStreetMap-Mitwirkende, ODbL 1.0 (Daten: suche-postleitzahl.org)';

test('the start page links to the routing page', async () => {
  const { body } = await get('/');
  expect(body).toContain('<a class="kern-link" href="/zustaendigkeit">Welches Sozialamt ist zuständig?</a>');
});

test('without a gazetteer: the eight offices to choose from; the Impressum shows no data source', async () => {
  const res = await get('/zustaendigkeit');
  expect(res.statusCode).toBe(200);
  expect(res.body).toContain('<h1 class="kern-heading-large">Welches Sozialamt ist zuständig?</h1>');
  expect(radios(res.body, 'kreis')).toEqual([
    '13003',
    '13004',
    '13071',
    '13072',
    '13073',
    '13074',
    '13075',
    '13076',
  ]);
  const mitPlz = await get('/zustaendigkeit?plz=19053');
  expect(mitPlz.statusCode).toBe(200);
  expect(radios(mitPlz.body, 'kreis')).toHaveLength(8);
  const impressum = await get('/impressum');
  expect(impressum.body).not.toContain('OpenStreetMap');
  expect(impressum.body).not.toContain('Datenquellen');
});

test('choosing the Kreis: online for the live pilot, the written way elsewhere', async () => {
  const rostock = await get('/zustaendigkeit?schritt=kreis&kreis=13003');
  expect(rostock.statusCode).toBe(200);
  expect(rostock.body).toContain('Zuständig: Hanse- und Universitätsstadt Rostock');
  expect(rostock.body).toContain('nimmt den Antrag online an');
  expect(rostock.body).toContain('href="/antrag"');
  expect(rostock.body).toContain('St.-Georg-Straße 109');

  const lup = await get('/zustaendigkeit?schritt=kreis&kreis=13076');
  expect(lup.body).toContain('Zuständig: Landkreis Ludwigslust-Parchim');
  expect(lup.body).toContain('So stellen Sie den Antrag schriftlich');
  expect(lup.body).toContain('Putlitzer Straße 25');
  expect(lup.body).toContain('href="tel:+4938717220"');
  expect(lup.body).not.toContain('href="/antrag"');
});

test.each([
  ['/zustaendigkeit?schritt=kreis', 'Bitte wählen Sie den Landkreis oder die kreisfreie Stadt'],
  ['/zustaendigkeit?schritt=kreis&kreis=99999', 'Bitte wählen Sie den Landkreis oder die kreisfreie Stadt'],
  ['/zustaendigkeit?kreis=%3Cscript%3E', 'Bitte wählen Sie den Landkreis oder die kreisfreie Stadt'],
])('%s is refused with the error at the field', async (url, fehler) => {
  const res = await get(url);
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('<title>Fehler: Welches Sozialamt ist zuständig?');
  expect(res.body).toContain('href="#feld-kreis"');
  expect(res.body).toContain(fehler);
  expect(res.body).not.toContain('<script>');
});

test('after the import the Impressum names the source with the ODbL attribution', async () => {
  await importiereGemeindeverzeichnis(db, {
    datei: GEMEINDEN_DE,
    jetzt: t.uhr.jetzt,
  });
  const { body } = await get('/impressum');
  expect(body).toContain('Datenquellen');
  expect(body).toContain(ATTRIBUTION);
  expect(body).toContain('eingelesen am 29.11.2026');
});

test('the postal code form', async () => {
  const res = await get('/zustaendigkeit');
  expect(res.statusCode).toBe(200);
  expect(res.body).toContain('name="plz"');
  expect(res.body).toContain('autocomplete="postal-code"');
  expect(res.body).not.toContain('name="kreis"');
});

test.each([
  ['', 'Bitte geben Sie die Postleitzahl Ihrer Wohnung ein.'],
  ['1805', 'Die Postleitzahl muss aus 5 Ziffern bestehen, zum Beispiel 18055.'],
  ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'Die Postleitzahl muss aus 5 Ziffern bestehen'],
])('postal code "%s" is refused with the error at the field, keeping the input', async (plz, fehler) => {
  const res = await get(`/zustaendigkeit?plz=${plz}`);
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('<title>Fehler: Welches Sozialamt ist zuständig?');
  expect(res.body).toContain('aria-invalid="true"');
  expect(res.body).toContain(fehler);
  expect(res.body).not.toContain('<script>');
  if (plz === '1805') expect(res.body).toContain('value="1805"');
});

test('a unique postal code shows the office; spaces in the input are fine', async () => {
  const res = await get('/zustaendigkeit?plz=19%20053');
  expect(res.statusCode).toBe(200);
  expect(res.body).toContain('Zuständig: Landeshauptstadt Schwerin');
  expect(res.body).toContain('Für Ihre Wohnung in 19053 Schwerin ist das Sozialamt');
  expect(res.body).toContain('So stellen Sie den Antrag schriftlich');
  expect(res.body).toContain('Am Packhof 2–6');
  expect((await get('/zustaendigkeit?plz=18055')).body).toContain('nimmt den Antrag online an');
  expect((await get('/zustaendigkeit?plz=19053&plz=18055')).body).toContain(
    'Zuständig: Landeshauptstadt Schwerin',
  );
});

test('an ambiguous postal code asks for the municipality; the choice decides the office', async () => {
  const res = await get('/zustaendigkeit?plz=18059');
  expect(res.statusCode).toBe(200);
  expect(radios(res.body, 'gemeinde')).toEqual(['13072077', '13072080', '13003000', '13072121']);
  expect(res.body).toContain('Zuständig: Landkreis Rostock');
  expect(res.body).toContain('Die Postleitzahl 18059 gilt für mehrere Orte.');
  expect(res.body).toContain('<input type="hidden" name="plz" value="18059"/>');

  const papendorf = await get('/zustaendigkeit?plz=18059&schritt=gemeinde&gemeinde=13072077');
  expect(papendorf.body).toContain('Zuständig: Landkreis Rostock');
  expect(papendorf.body).toContain('So stellen Sie den Antrag schriftlich');
  const rostock = await get('/zustaendigkeit?plz=18059&schritt=gemeinde&gemeinde=13003000');
  expect(rostock.body).toContain('Zuständig: Hanse- und Universitätsstadt Rostock');
  expect(rostock.body).toContain('href="/antrag"');
});

test.each(['/zustaendigkeit?plz=18059&schritt=gemeinde', '/zustaendigkeit?plz=18059&gemeinde=13004000'])(
  '%s: no or a wrong municipality is refused with the error at the field',
  async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Bitte wählen Sie den Ort, in dem Ihre Wohnung liegt.');
    expect(res.body).toContain('href="#feld-gemeinde"');
    expect(radios(res.body, 'gemeinde')).toHaveLength(4);
  },
);

test('a postal code shared with Niedersachsen offers both and marks the others as outside M-V', async () => {
  const res = await get('/zustaendigkeit?plz=19273');
  expect(res.body).toContain('auch außerhalb von Mecklenburg-Vorpommern');
  expect(res.body).toContain('Landkreis Lüneburg, Niedersachsen – nicht in Mecklenburg-Vorpommern');
  expect(radios(res.body, 'gemeinde')).toEqual(['13076016', '13076136', '03355049', '03355009']);
  const bleckede = await get('/zustaendigkeit?plz=19273&schritt=gemeinde&gemeinde=03355009');
  expect(bleckede.body).toContain('Dieser Online-Dienst gilt nur in Mecklenburg-Vorpommern');
  expect(bleckede.body).toContain('Nach unseren Daten ist das: Landkreis Lüneburg (Niedersachsen).');
});

test('outside M-V: a clear page with where to apply instead', async () => {
  const hamburg = await get('/zustaendigkeit?plz=20095');
  expect(hamburg.statusCode).toBe(200);
  expect(hamburg.body).toContain(
    '<h1 class="kern-heading-large">Dieser Online-Dienst gilt nur in Mecklenburg-Vorpommern</h1>',
  );
  expect(hamburg.body).toContain('Die Postleitzahl 20095 gehört nach unseren Daten zu Hamburg.');
  expect(hamburg.body).toContain('In Berlin und Hamburg ist das Bezirksamt zuständig.');
  const templin = await get('/zustaendigkeit?plz=17268');
  expect(templin.body).toContain('gehört nach unseren Daten zu Brandenburg');
  expect(templin.body).toContain('Nach unseren Daten ist das: Landkreis Uckermark (Brandenburg).');
});

test('an unknown postal code in an M-V range: the message at the field and the Kreis selection', async () => {
  const res = await get('/zustaendigkeit?plz=18999');
  expect(res.statusCode).toBe(200);
  expect(res.body).toContain('Zur Postleitzahl 18999 kennen wir keinen Ort.');
  expect(res.body).toContain('value="18999"');
  expect(radios(res.body, 'kreis')).toHaveLength(8);
});

test('temporarily deregistered: the office notice and the written way; announced end: the date', async () => {
  await setzeNachnutzung(db, '13004', 'voruebergehend_abgemeldet', {
    hinweis_text: 'Wegen Umstellung der Software bis zum 15. Dezember nicht möglich.',
  });
  const schwerin = await get('/zustaendigkeit?plz=19053');
  expect(schwerin.body).toContain(
    'Der Online-Antrag ist bei Landeshauptstadt Schwerin vorübergehend nicht möglich',
  );
  expect(schwerin.body).toContain('Wegen Umstellung der Software bis zum 15. Dezember nicht möglich.');
  expect(schwerin.body).toContain('Bereits gespeicherte Angaben bleiben erhalten.');
  expect(schwerin.body).toContain('So stellen Sie den Antrag schriftlich');

  await setzeNachnutzung(db, '13004', 'kuendigung_angekuendigt', { wirksam_zum: '2027-02-28' });
  const vorher = await get('/zustaendigkeit?plz=19053');
  expect(vorher.body).toContain('nimmt den Antrag online an');
  expect(vorher.body).toContain(
    'Ab dem 28.02.2027 ist der Online-Antrag bei diesem Sozialamt nicht mehr möglich.',
  );
  t.uhr.setze('2027-02-28T00:30:00+01:00');
  const danach = await get('/zustaendigkeit?plz=19053');
  expect(danach.body).toContain('So stellen Sie den Antrag schriftlich');
  expect(danach.body).not.toContain('href="/antrag"');
});
