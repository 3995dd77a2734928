import { afterAll, expect, test } from 'vitest';
import { browser, pfadFuer } from '../../test/antrag-client.ts';
import { eingabe, kuerzesterWeg, type EingabeSchritt } from '../../test/antrag-eingaben.ts';
import { alsBuerger, eineIdentitaet } from '../../test/anmeldung.ts';
import { testApp } from '../../test/app.ts';
import { GEMEINDEN_DE } from '../../test/pfade.ts';
import { pdfInfo, pdfObjekte, pdfTextEinzeilig, qpdfCheck } from '../../test/pdf.ts';
import { setzeNachnutzung } from '../../test/zustaendigkeit.ts';
import { importiereGemeindeverzeichnis } from '../zustaendigkeit/gemeinde-import.ts';

// Availability first: before the first form page, the task list and /antrag/<id>/zustaendigkeit tell the
// citizen which office is responsible and whether it takes the application online, from the BundID postal
// code or one typed in; the written way comes with the answers as a printable paper application.

const t = await testApp();
afterAll(() => t.close());
const db = t.deps.datenbank.db;
await importiereGemeindeverzeichnis(db, { datei: GEMEINDEN_DE, jetzt: t.uhr.jetzt });

async function neu(pseudonym: string, anschrift: { plz: string; ort: string }) {
  const identitaet = eineIdentitaet({
    pseudonym,
    anschrift: { strasse: 'Hauptstraße', hausnummer: '1', ...anschrift, land: 'D' },
  });
  const b = browser(t, await alsBuerger(t, identitaet));
  return { b, basis: await b.neuerEntwurf() };
}

test('Rostock tenant: the task list says the office takes the application online', async () => {
  await setzeNachnutzung(db, '13003', 'produktiv');
  const { b, basis } = await neu('bpk2:vorab-rostock', { plz: '18055', ort: 'Rostock' });
  const liste = await b.get(basis);
  // 14 sections and "Prüfen und absenden": 15 items in the list, 15 counted.
  expect(liste.body).toContain('Sie haben 0 von 15 Abschnitten erledigt');
  expect(liste.body.match(/class="kern-task-list__item"/g)).toHaveLength(15);
  expect(liste.body).toContain(
    'Zuständig: Hanse- und Universitätsstadt Rostock. Der Online-Antrag ist möglich.',
  );
  const seite = await b.get(`${basis}/zustaendigkeit`);
  expect(seite.body).toContain('Nach der Postleitzahl 18055 aus Ihrem BundID-Konto');
  expect(seite.body).toContain('nimmt den Antrag online an');
  expect(seite.body).toContain(`href="${basis}"`);
});

test('Hamburg resident: told at once that the service is for M-V only, and where to apply', async () => {
  const { b, basis } = await neu('bpk2:vorab-hamburg', { plz: '22089', ort: 'Hamburg' });
  const liste = await b.get(basis);
  expect(liste.body).toContain('Ihre Wohnung liegt nach Ihrer Anschrift nicht in Mecklenburg-Vorpommern');
  const seite = await b.get(`${basis}/zustaendigkeit`);
  expect(seite.body).toContain('Die Postleitzahl 22089 gehört nach unseren Daten zu Hamburg.');
  expect(seite.body).toContain('In Berlin und Hamburg ist das Bezirksamt zuständig.');
  // The flat lies in M-V after all: a typed postal code is checked instead.
  const anders = await b.get(`${basis}/zustaendigkeit?plz=19053`);
  expect(anders.body).toContain('Landeshauptstadt Schwerin');
});

test('Schwerin pensioner, office not online: the written way and the answers as a paper application', async () => {
  await setzeNachnutzung(db, '13004', 'nicht_angebunden');
  const { b, basis } = await neu('bpk2:vorab-schwerin', { plz: '19053', ort: 'Schwerin' });
  const liste = await b.get(basis);
  expect(liste.body).toContain(
    'Zuständig: Landeshauptstadt Schwerin. Dort ist der Antrag zurzeit nur schriftlich möglich.',
  );
  expect(liste.body).toContain('So stellen Sie den Antrag schriftlich');
  const seite = await b.get(`${basis}/zustaendigkeit`);
  expect(seite.body).toContain('So stellen Sie den Antrag schriftlich');
  expect(seite.body).toMatch(/href="tel:\+?[0-9]+"/);
  expect(seite.body).toContain(`href="${basis}/angaben.pdf"`);

  // A few answers entered, then downloaded: a valid tagged PDF with them, marked as a paper application.
  for (const key of kuerzesterWeg.slice(0, 4))
    await b.post(pfadFuer(basis, key), eingabe(key.split('/')[0] as EingabeSchritt));
  const pdf = await b.get(`${basis}/angaben.pdf`);
  expect(pdf.statusCode).toBe(200);
  expect(pdf.headers['content-type']).toBe('application/pdf');
  const bytes = pdf.rawPayload;
  expect(qpdfCheck(bytes).status).toBe(0);
  expect(pdfInfo(bytes).Tagged).toBe('yes');
  expect(pdfObjekte(bytes).katalog['/StructTreeRoot']).toBeDefined();
  const text = pdfTextEinzeilig(bytes);
  expect(text).toContain('Schriftlicher Antrag (Papierantrag)');
  expect(text).toContain('Landeshauptstadt Schwerin');
  expect(text).toContain('Erika Mustermann');
  expect(text).toContain('Unterschrift');
});

test('typed postal codes: invalid ones get a message at the field, ambiguous ones a choice', async () => {
  const { b, basis } = await neu('bpk2:vorab-eingabe', { plz: '18055', ort: 'Rostock' });
  const falsch = await b.get(`${basis}/zustaendigkeit?plz=1805`);
  expect(falsch.statusCode).toBe(400);
  expect(falsch.body).toContain('Die Postleitzahl muss aus 5 Ziffern bestehen');
  expect(falsch.body).toContain('href="#feld-plz"');
  // The error summary takes the focus on load.
  expect(falsch.body).toMatch(/<div[^>]*id="fehlerzusammenfassung"[^>]*autofocus/);
  expect(falsch.body).toContain('value="1805"');
  const leer = await b.get(`${basis}/zustaendigkeit?plz=`);
  expect(leer.statusCode).toBe(400);
  const mehrdeutig = await b.get(`${basis}/zustaendigkeit?plz=18059`);
  expect(mehrdeutig.body).toContain('name="gemeinde"');
  const gewaehlt = await b.get(`${basis}/zustaendigkeit?plz=18059&gemeinde=13072077`);
  expect(gewaehlt.body).toContain('Landkreis Rostock');
  const kreis = await b.get(`${basis}/zustaendigkeit?plz=17999`);
  expect(kreis.body).toContain('Zur Postleitzahl 17999 kennen wir keinen Ort.');
  expect(kreis.body).toContain('name="kreis"');
  // Someone else's draft is not found.
  const fremd = browser(t, await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:vorab-fremd' })));
  expect((await fremd.get(`${basis}/zustaendigkeit`)).statusCode).toBe(404);
  expect((await fremd.get(`${basis}/angaben.pdf`)).statusCode).toBe(404);
});

test('the status page is linked in the header of every citizen page while signed in, and on the start page', async () => {
  const anonym = await t.app.inject({ method: 'GET', url: '/' });
  expect(anonym.body).not.toContain('href="/meine-antraege"');
  // Before signing in: the postal code check on the start page.
  expect(anonym.body).toContain('action="/zustaendigkeit"');
  const { b, basis } = await neu('bpk2:vorab-kopf', { plz: '18055', ort: 'Rostock' });
  for (const pfad of ['/', '/impressum', '/antrag', basis, `${basis}/zustaendigkeit`, '/meine-antraege']) {
    const seite = await b.get(pfad);
    expect(seite.statusCode, pfad).toBe(200);
    expect(seite.body, pfad).toMatch(/<nav aria-label="Hauptnavigation"[\s\S]*href="\/meine-antraege"/);
  }
  expect((await b.get('/')).body).toContain('Sie sind mit Ihrer BundID angemeldet');
});
