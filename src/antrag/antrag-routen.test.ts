import { sql } from 'kysely';
import { afterAll, describe, expect, test } from 'vitest';
import { browser, pfadFuer, type Browser } from '../../test/antrag-client.ts';
import { eingabe, kuerzesterWeg, vollerWeg, type EingabeSchritt } from '../../test/antrag-eingaben.ts';
import { alsBuerger, eineIdentitaet } from '../../test/anmeldung.ts';
import { gueltigesPdf, JPEG_1X1, pdfTextEinzeilig } from '../../test/pdf.ts';
import { testApp } from '../../test/app.ts';
import { schrittMitId } from './flow.ts';
import type { RohEingabe, RohWert } from './schritte/felder.ts';

// Many requests from one address in a short time: the rate limit is not what these tests are about.
const t = await testApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
afterAll(() => t.close());

const basisVon = (key: string) => key.split('/')[0] as EingabeSchritt;

async function angemeldet(identitaet = eineIdentitaet()) {
  return browser(t, await alsBuerger(t, identitaet));
}

/** Fills the shortest path and returns the draft's base path. */
async function kurzerAntrag(b: Browser) {
  const basis = await b.neuerEntwurf();
  for (const [i, key] of kuerzesterWeg.entries()) {
    const res = await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
    expect(res.statusCode, `${key}: ${res.body.slice(0, 300)}`).toBe(303);
    expect(res.headers.location).toBe(pfadFuer(basis, kuerzesterWeg[i + 1] ?? 'pruefen'));
  }
  return basis;
}

async function absenden(b: Browser, basis: string, erklaerungen: RohEingabe = eingabe('erklaerungen')) {
  const seite = await b.get(`${basis}/erklaerungen`);
  const schluessel = /name="_schluessel" value="([^"]+)"/.exec(seite.body)?.[1] ?? '';
  return {
    res: await b.post(`${basis}/erklaerungen`, { ...erklaerungen, _schluessel: schluessel }),
    schluessel,
  };
}

async function zaehle(tabelle: 'antrag' | 'antrag_entwurf' | 'antrag_datei') {
  const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(tabelle)}`.execute(
    t.deps.datenbank.db,
  );
  return Number(rows[0]?.n);
}

/** A malformed raw value for each kind of field (what a careless or hostile client might post). */
function kaputt(art: string): RohWert | undefined {
  switch (art) {
    case 'geld':
      return '12,345,00 Euro';
    case 'dezimal':
      return 'viel';
    case 'ganzzahl':
      return '2,5';
    case 'datum':
      return { tag: '31', monat: '2', jahr: '2026' };
    case 'monat':
      return { monat: '13', jahr: '2026' };
    case 'iban':
      return 'DE02 1203 0000 0000 2020 52';
    case 'plz':
      return '1805';
    case 'email':
      return 'erika.example.org';
    case 'telefon':
      return 'ruf mich an';
    case 'auswahl':
    case 'liste':
      return '<script>alert(1)</script>';
    case 'mehrfach':
      return ['gibt-es-nicht'];
    case 'text':
      return 'x'.repeat(250);
    case 'textbereich':
      return 'y'.repeat(2100);
    default:
      return undefined;
  }
}

test('without a BundID session the wizard sends the citizen to the login and back', async () => {
  const res = await t.app.inject({ url: '/antrag' });
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe('/anmelden?ziel=%2Fantrag');
  const schritt = await t.app.inject({ url: '/antrag/AAAAAAAAAAAAAAAA/miete' });
  expect(schritt.headers.location).toBe('/anmelden?ziel=%2Fantrag%2FAAAAAAAAAAAAAAAA%2Fmiete');
});

describe('the shortest valid path', () => {
  test('every step saves and leads to the next one; check page, declarations, submit, receipt', async () => {
    const b = await angemeldet();
    const basis = await kurzerAntrag(b);
    const pruefen = await b.get(`${basis}/pruefen`);
    expect(pruefen.statusCode).toBe(200);
    expect(pruefen.body).toContain('Prüfen Sie Ihre Angaben');
    expect(pruefen.body).toContain('1.300,00 €');
    expect(pruefen.body).toContain('DE02 1203 0000 0000 2020 51');

    const { res } = await absenden(b, basis);
    expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
    expect(res.headers.location).toMatch(/^\/antrag\/eingang\/MR-2026-[2-9A-Z]{6}$/);
    const quittung = await b.get(String(res.headers.location));
    expect(quittung.statusCode).toBe(200);
    expect(quittung.body).toContain('Ihr Antrag ist eingegangen');
    expect(quittung.body).toContain('Hanse- und Universitätsstadt Rostock');
    expect(quittung.body).toContain('29. November 2026 um 10:00 Uhr');
    expect(quittung.body).toContain('Bitte reichen Sie diese Unterlagen nach');
    expect(quittung.body).toContain('Mietvertrag');
    // Both PDFs: the rendered Antrag.pdf stored with the application, and the receipt.
    const nummer = String(res.headers.location).split('/').pop() ?? '';
    const antragPdf = await b.get(`${String(res.headers.location)}/antrag.pdf`);
    expect(antragPdf.statusCode).toBe(200);
    expect(antragPdf.headers['content-type']).toBe('application/pdf');
    const antragText = pdfTextEinzeilig(antragPdf.rawPayload);
    for (const text of [
      nummer,
      'Erika Mustermann',
      '1.300,00 €',
      'DE02 1203 0000 0000 2020 51',
      'WIRO Wohnen in Rostock',
      'Kontoauszüge',
    ]) {
      expect(antragText, text).toContain(text);
    }
    const bestaetigung = await b.get(`${String(res.headers.location)}/eingangsbestaetigung.pdf`);
    expect(bestaetigung.statusCode).toBe(200);
    expect(bestaetigung.headers['content-disposition']).toBe(
      `attachment; filename="Eingangsbestaetigung-${nummer}.pdf"`,
    );
    const bestaetigungText = pdfTextEinzeilig(bestaetigung.rawPayload);
    for (const text of [
      nummer,
      'Erika Mustermann',
      'Hanse- und Universitätsstadt Rostock',
      'Kröpeliner Straße 12, 18055 Rostock',
      '1.300,00 €',
      'Mietvertrag',
    ]) {
      expect(bestaetigungText, text).toContain(text);
    }
    // The draft is gone; its old address leads to the receipt.
    const alt = await b.get(`${basis}/miete`);
    expect(alt.statusCode).toBe(303);
    expect(alt.headers.location).toBe(res.headers.location);
  });
});

describe('every step refuses bad input with a clear message and loses nothing', () => {
  test('the full journey, with missing and malformed input posted at every step first', async () => {
    const b = await angemeldet(
      eineIdentitaet({ pseudonym: 'bpk2:test-betreuer', vorname: 'Bernd', familienname: 'Betreuer' }),
    );
    const basis = await b.neuerEntwurf();
    let ort = String((await b.get(`${basis}/weiter`)).headers.location);
    for (const { schritt: id, eingabe: gut } of vollerWeg) {
      const schritt = schrittMitId(id)!;
      expect(ort, id).toContain(`${basis}/${schritt.slug.split('/:')[0]}`);

      // Missing: an empty form.
      const leer = await b.post(ort, {});
      expect(leer.statusCode, `${id} leer`).not.toBe(500);
      if (leer.statusCode === 400) {
        expect(leer.body).toContain('<title>Fehler: ');
        expect(leer.body).toContain('id="fehlerzusammenfassung"');
        expect(leer.body).toMatch(/<a class="kern-link" href="#feld-[^"]+">[^<]+<\/a>/);
        expect(leer.body).toMatch(/aria-invalid="true"|kern-fieldset--error/);
      } else {
        // Only steps without required input may accept an empty form.
        expect(
          [
            'vermieter-kontakt',
            'vertretung-kontakt',
            'kontakt',
            'raeumung-termine',
            'rueckstand-monate',
            'zukunft',
            'ausgaben',
            'jobcenter-hinweis',
            'schonfrist',
            'unterlagen',
          ],
          id,
        ).toContain(id);
        ort = String(leer.headers.location);
        // Go back and answer properly.
        ort = pfadFuer(basis, id === 'rueckstand-monate' ? 'rueckstand-monate' : id);
      }

      // Malformed: each field with a value of the wrong shape, the rest valid.
      const felder = Object.entries(schritt.felder).filter(([name, f]) => {
        if (kaputt(f.art) === undefined) return false;
        // Verified BundID values are enforced by the server, so no error can appear there.
        return (
          !(id === 'vertretung-kontakt' && f.bundid !== undefined) &&
          !(f.art === 'text' && (f.maxLength ?? 200) >= 250) &&
          name !== ''
        );
      });
      for (const [name, feld] of felder) {
        const wert = kaputt(feld.art)!;
        const res = await b.post(ort, { ...gut, [name]: wert });
        expect(res.statusCode, `${id}.${name}`).toBe(400);
        expect(res.body, `${id}.${name}`).toContain(`href="#feld-${name}"`);
        if (
          typeof wert === 'string' &&
          (feld.art === 'geld' || feld.art === 'iban' || feld.art === 'plz' || feld.art === 'email')
        ) {
          // What was typed is shown again, escaped.
          expect(res.body, `${id}.${name}`).toContain(`value="${wert}"`);
        }
        expect(res.body).not.toContain('<script>alert(1)</script>');
      }

      // A forged CSRF token changes nothing.
      const ohne = await b.post(
        ort,
        [
          ['_csrf', 'gefälscht'],
          ...Object.entries(gut).filter((e): e is [string, string] => typeof e[1] === 'string'),
        ],
        false,
      );
      expect(ohne.statusCode, `${id} csrf`).toBe(403);

      const res = await b.post(ort, gut);
      expect(res.statusCode, `${id}: ${res.body.slice(0, 400)}`).toBe(303);
      ort = String(res.headers.location);
    }
    expect(ort).toBe(`${basis}/pruefen`);
    const pruefen = await b.get(ort);
    for (const text of [
      'Ayşe Yılmaz',
      'Türkei',
      'Niederlassungserlaubnis',
      'Mehmet Yılmaz',
      'Elif Yılmaz',
      'Doberaner Straße 7, 18057 Rostock',
      'Stadtwerke Rostock',
      '20. November 2026',
      '1.850,00 €',
      'Sparkasse',
      '1.670,50 €',
      'Bernd Betreuer',
    ]) {
      expect(pruefen.body, text).toContain(text);
    }
    expect(pruefen.body).toContain('Ihre Frist endet am Mittwoch, 20. Januar 2027');
  });
});

test('the check page links back to each step, which returns to the check page after the change', async () => {
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-aendern' }));
  const basis = await kurzerAntrag(b);
  const pruefen = await b.get(`${basis}/pruefen`);
  expect(pruefen.body).toContain(`href="${basis}/miete?zurueck=pruefen"`);
  const seite = await b.get(`${basis}/kuendigung?zurueck=pruefen`);
  expect(seite.body).toContain('name="_zurueck" value="pruefen"');
  // A change that needs a new step: the new step first, then back to the check page.
  const res = await b.post(`${basis}/kuendigung`, { status: 'erhalten', _zurueck: 'pruefen' });
  expect(res.headers.location).toBe(`${basis}/kuendigung/angaben?zurueck=pruefen`);
  const res2 = await b.post(`${basis}/kuendigung/angaben`, {
    ...eingabe('kuendigung-angaben'),
    _zurueck: 'pruefen',
  });
  expect(res2.headers.location).toBe(`${basis}/pruefen`);
  const nachher = await b.get(`${basis}/pruefen`);
  expect(nachher.body).toContain('Fristlose Kündigung, Hilfsweise ordentliche Kündigung');
});

test('a double submission (double click, back button, two tabs) creates exactly one application', async () => {
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-doppelt' }));
  const basis = await kurzerAntrag(b);
  const vorher = await zaehle('antrag');
  const seite = await b.get(`${basis}/erklaerungen`);
  const schluessel = /name="_schluessel" value="([^"]+)"/.exec(seite.body)?.[1] ?? '';
  const body = { ...eingabe('erklaerungen'), _schluessel: schluessel };
  const [a, c] = await Promise.all([
    b.post(`${basis}/erklaerungen`, body),
    b.post(`${basis}/erklaerungen`, body),
  ]);
  expect(a.statusCode).toBe(303);
  expect(c.statusCode).toBe(303);
  expect(a.headers.location).toBe(c.headers.location);
  const zurueck = await b.post(`${basis}/erklaerungen`, body);
  expect(zurueck.headers.location).toBe(a.headers.location);
  expect(await zaehle('antrag')).toBe(vorher + 1);
});

test('declarations missing: errors at the fields, ticks kept, nothing submitted', async () => {
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-erklaerung' }));
  const basis = await kurzerAntrag(b);
  const vorher = await zaehle('antrag');
  const { res } = await absenden(b, basis, { richtig: 'ja', vermieter: 'ja' });
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('Bestätigen Sie, dass Sie Änderungen sofort mitteilen');
  expect(res.body).toContain('Bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben');
  expect(res.body).toMatch(/id="feld-richtig"[^>]*checked|checked[^>]*id="feld-richtig"/);
  expect(await zaehle('antrag')).toBe(vorher);
  const falsch = await b.post(`${basis}/erklaerungen`, { ...eingabe('erklaerungen'), _schluessel: 'falsch' });
  expect(falsch.statusCode).toBe(409);
  expect(await zaehle('antrag')).toBe(vorher);
});

describe('another person’s draft, documents and receipt are out of reach', () => {
  test('404 for every route, nothing changed', async () => {
    const erika = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-fremd-erika' }));
    const basis = await kurzerAntrag(erika);
    const hoch = await erika.hochladen(`${basis}/unterlagen/mietvertrag`, 'mietvertrag.pdf', gueltigesPdf());
    expect(hoch.statusCode).toBe(303);
    const dateiId = /hochgeladen=([A-Za-z0-9_-]+)/.exec(String(hoch.headers.location))?.[1];
    const mallory = await angemeldet(
      eineIdentitaet({ pseudonym: 'bpk2:test-fremd-mallory', vorname: 'Mallory' }),
    );
    for (const url of [
      basis,
      `${basis}/miete`,
      `${basis}/pruefen`,
      `${basis}/unterlagen/mietvertrag`,
      `${basis}/weiter`,
      `${basis}/loeschen`,
    ]) {
      const res = await mallory.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('Mustermann');
    }
    expect((await mallory.post(`${basis}/miete`, eingabe('miete', { grundmiete: '1' }))).statusCode).toBe(
      404,
    );
    expect((await mallory.post(`${basis}/loeschen`)).statusCode).toBe(404);
    expect((await mallory.post(`${basis}/unterlagen/datei/${dateiId}/entfernen`)).statusCode).toBe(404);
    expect(
      (await mallory.hochladen(`${basis}/unterlagen/mietvertrag`, 'x.pdf', gueltigesPdf())).statusCode,
    ).toBe(404);
    // Mallory's own draft cannot touch Erika's file either.
    const eigene = await mallory.neuerEntwurf();
    expect((await mallory.post(`${eigene}/unterlagen/datei/${dateiId}/entfernen`)).statusCode).toBe(404);
    expect((await mallory.get('/antrag/gibt-es-nicht')).statusCode).toBe(404);
    expect((await mallory.get("/antrag/'%20or%201=1--")).statusCode).toBe(404);

    const { res } = await absenden(erika, basis);
    const quittung = String(res.headers.location);
    expect((await mallory.get(quittung)).statusCode).toBe(404);
    expect((await mallory.get(`${quittung}/antrag.pdf`)).statusCode).toBe(404);
    expect((await mallory.get('/antrag/eingang/MR-2026-<b>')).statusCode).toBe(404);
    const eigeneListe = await mallory.get('/antrag');
    expect(eigeneListe.body).not.toContain(quittung.split('/').pop());
    const erikas = await erika.get(quittung);
    expect(erikas.body).toContain('mietvertrag.pdf');
  });
});

describe('uploads', () => {
  const PDF = gueltigesPdf();
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const JPEG = JPEG_1X1;

  test('accepted by content, refused when wrong, empty, corrupt or too large; removed and replaced', async () => {
    const klein = await testApp({
      env: { UPLOAD_MAX_FILE_MB: '0.01', UPLOAD_MAX_TOTAL_MB: '0.015', RATE_LIMIT_PER_MINUTE: '100000' },
    });
    try {
      const b = browser(klein, await alsBuerger(klein));
      const basis = await b.neuerEntwurf();
      for (const key of kuerzesterWeg) await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
      const url = `${basis}/unterlagen/mietvertrag`;
      const seite = await b.get(url);
      expect(seite.body).toContain('enctype="multipart/form-data"');
      expect(seite.body).toMatch(/action="[^"]+\/unterlagen\/mietvertrag\?_csrf=/);

      const faelle: [string, Buffer, number, string][] = [
        ['vertrag.docx', Buffer.from('PK\u0003\u0004 word/document.xml'), 415, 'ist kein PDF, JPEG oder PNG'],
        ['leer.pdf', Buffer.alloc(0), 415, 'ist leer'],
        ['abgeschnitten.pdf', PDF.subarray(0, 40), 415, 'ist beschädigt oder unvollständig'],
        [
          'kaputt.png',
          Buffer.concat([PNG.subarray(0, 16), Buffer.from([0, 0, 0, 0]), PNG.subarray(20)]),
          415,
          'ist beschädigt',
        ],
        ['riesig.pdf', gueltigesPdf('', 20_000), 413, 'ist zu groß'],
        ['tarnung.pdf', Buffer.from('<html><script>alert(1)</script></html>'), 415, 'ist kein PDF'],
      ];
      for (const [name, inhalt, status, text] of faelle) {
        const res = await b.hochladen(url, name, inhalt);
        expect(res.statusCode, name).toBe(status);
        expect(res.body, name).toContain(text);
        expect(res.body, name).toContain(name);
        expect(res.body).toContain('id="fehlerzusammenfassung"');
      }
      // No file chosen; a form that is not multipart.
      expect((await b.hochladen(url, '', Buffer.alloc(0))).body).toContain('Wählen Sie eine Datei aus');
      expect((await b.post(url, {})).statusCode).toBe(400);
      // Forged CSRF in the query string.
      expect(
        (await b.hochladen(`${url}?_csrf=falsch`, 'a.pdf', PDF, 'application/pdf', false)).statusCode,
      ).toBe(403);

      // Valid files by content, whatever their name says.
      for (const [name, inhalt] of [
        ['scan.pdf', PDF],
        ['foto.PNG', PNG],
        ['handy.jpg', JPEG],
      ] as const) {
        const res = await b.hochladen(url, name, inhalt);
        expect(res.statusCode, name).toBe(303);
      }
      const liste = await b.get(url);
      for (const name of ['scan.pdf', 'foto.PNG', 'handy.jpg']) expect(liste.body).toContain(name);

      // The total per application.
      const gross = gueltigesPdf('', 9_000);
      expect((await b.hochladen(`${basis}/unterlagen/forderung`, 'a.pdf', gross)).statusCode).toBe(303);
      const zuviel = await b.hochladen(`${basis}/unterlagen/kontoauszuege`, 'b.pdf', gross);
      expect(zuviel.statusCode).toBe(413);
      expect(zuviel.body).toContain('Alle Unterlagen zusammen dürfen höchstens');

      // Remove and replace.
      const id =
        /unterlagen\/datei\/([A-Za-z0-9_-]+)\/entfernen" class="datei"><input[^>]+><span class="kern-body">scan\.pdf/.exec(
          liste.body,
        )?.[1];
      expect(id).toBeDefined();
      const weg = await b.post(`${basis}/unterlagen/datei/${id}/entfernen`);
      expect(weg.statusCode).toBe(303);
      expect((await b.get(url)).body).not.toContain('scan.pdf');
      expect((await b.post(`${basis}/unterlagen/datei/${id}/entfernen`)).statusCode).toBe(404);
      // A kind of document the answers do not call for.
      expect((await b.get(`${basis}/unterlagen/kuendigung`)).statusCode).toBe(404);
      expect((await b.get(`${basis}/unterlagen/gibt-es-nicht`)).statusCode).toBe(404);

      // Submitted: the attached documents and the missing ones are listed on the receipt.
      const seiteE = await b.get(`${basis}/erklaerungen`);
      const schluessel = /name="_schluessel" value="([^"]+)"/.exec(seiteE.body)?.[1] ?? '';
      const res = await b.post(`${basis}/erklaerungen`, {
        ...eingabe('erklaerungen'),
        _schluessel: schluessel,
      });
      const quittung = await b.get(String(res.headers.location));
      expect(quittung.body).toContain('foto.PNG');
      expect(quittung.body).toContain('Bitte reichen Sie diese Unterlagen nach');
      expect(quittung.body).toContain('Kontoauszüge');
      expect(quittung.body).not.toMatch(/Bitte reichen Sie[\s\S]*<li>Mietvertrag<\/li>/);
    } finally {
      await klein.close();
    }
  });
});

test('the raw database rows hold no readable personal data', async () => {
  const identitaet = eineIdentitaet({ pseudonym: 'bpk2:test-rohdaten-4711' });
  const b = await angemeldet(identitaet);
  const basis = await kurzerAntrag(b);
  await b.hochladen(
    `${basis}/unterlagen/mietvertrag`,
    'Mietvertrag Mustermann.pdf',
    gueltigesPdf('GEHEIMER-INHALT-4711'),
  );
  const entwurf = await b.neuerEntwurf();
  for (const key of kuerzesterWeg.slice(0, 12)) await b.post(pfadFuer(entwurf, key), eingabe(basisVon(key)));
  await absenden(b, basis);
  expect(await zaehle('antrag')).toBeGreaterThan(0);
  expect(await zaehle('antrag_entwurf')).toBeGreaterThan(0);
  expect(await zaehle('antrag_datei')).toBeGreaterThan(0);

  const verboten = [
    'Mustermann',
    'Erika',
    'Kröpeliner',
    'erika.mustermann@example.org',
    '0381 123456',
    'DE02120300000000202051',
    'DE02 1203',
    'WIRO',
    'GEHEIMER-INHALT-4711',
    'krank',
    '1964-08-12',
    'bpk2:test-rohdaten-4711',
  ];
  for (const tabelle of ['antrag', 'antrag_entwurf', 'antrag_datei', 'web_sitzung']) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(tabelle)}`.execute(
      t.deps.datenbank.db,
    );
    const roh = rows
      .map((r) =>
        Object.values(r)
          .map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') + v.toString('utf8') : String(v)))
          .join('|'),
      )
      .join('\n');
    for (const wort of verboten) expect(roh, `${tabelle}: ${wort}`).not.toContain(wort);
  }
});

describe('drafts', () => {
  test('resume where the citizen left, on another device after a new login', async () => {
    const identitaet = eineIdentitaet({ pseudonym: 'bpk2:test-fortsetzen' });
    const geraet1 = await angemeldet(identitaet);
    const basis = await geraet1.neuerEntwurf();
    for (const key of kuerzesterWeg.slice(0, 6))
      await geraet1.post(pfadFuer(basis, key), eingabe(basisVon(key)));
    const geraet2 = await angemeldet(identitaet);
    const liste = await geraet2.get('/antrag');
    expect(liste.body).toContain(`href="${basis}"`);
    expect(liste.body).toContain('Antrag für Erika Mustermann');
    const weiter = await geraet2.get(`${basis}/weiter`);
    expect(weiter.headers.location).toBe(pfadFuer(basis, kuerzesterWeg[6]));
    const aufgaben = await geraet2.get(basis);
    expect(aufgaben.body).toContain('kern-task-list');
    expect(aufgaben.body).toContain('29. Dezember 2026');
    expect(aufgaben.body).toMatch(/Angaben zur Person[\s\S]*?Erledigt/);
    expect(aufgaben.body).toMatch(/Personen im Haushalt[\s\S]*?Nicht begonnen/);
    expect(aufgaben.body).toMatch(/Vermieter[\s\S]*?Noch nicht möglich/);
    // A later step is not reachable yet: back to the task list.
    expect((await geraet2.get(`${basis}/vermieter`)).headers.location).toBe(basis);
  });

  test('untouched drafts are deleted after the retention period, by the cleanup', async () => {
    const { entwuerfeAufraeumen } = await import('./antrag-repo.ts');
    const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-aufraeumen' }));
    const basis = await b.neuerEntwurf();
    await b.post(pfadFuer(basis, 'fuer-wen'), eingabe('fuer-wen'));
    const db = t.deps.datenbank.db;
    expect(await entwuerfeAufraeumen(db, new Date('2026-12-29T09:00:00+01:00'), 30)).toBe(0);
    expect(await entwuerfeAufraeumen(db, new Date('2026-12-29T10:01:00+01:00'), 30)).toBeGreaterThan(0);
    expect((await b.get(basis)).statusCode).toBe(404);
  });

  test('a draft can be deleted by its owner', async () => {
    const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-loeschen' }));
    const basis = await b.neuerEntwurf();
    expect((await b.get(`${basis}/loeschen`)).body).toContain('wirklich löschen');
    expect((await b.post(`${basis}/loeschen`)).headers.location).toBe('/antrag');
    expect((await b.get(basis)).statusCode).toBe(404);
  });
});

test('BundID data are shown as verified and the server keeps them, whatever is posted', async () => {
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-verifiziert' }));
  const basis = await b.neuerEntwurf();
  await b.post(pfadFuer(basis, 'fuer-wen'), { antragFuer: 'selbst' });
  const seite = await b.get(`${basis}/persoenliche-daten`);
  expect(seite.body).toContain('Aus Ihrem BundID-Konto übernommen und geprüft');
  expect(seite.body).toMatch(/value="Erika"[^>]*readOnly|readOnly[^>]*value="Erika"/i);
  const res = await b.post(
    `${basis}/persoenliche-daten`,
    eingabe('persoenliche-daten', {
      vorname: 'Mallory',
      geburtsdatum: { tag: '1', monat: '1', jahr: '2000' },
    }),
  );
  expect(res.statusCode).toBe(303);
  for (const key of kuerzesterWeg.slice(2)) await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
  const pruefen = await b.get(`${basis}/pruefen`);
  expect(pruefen.body).toContain('Erika');
  expect(pruefen.body).toContain('12. August 1964');
  expect(pruefen.body).not.toContain('Mallory');
});

test('a basis login (self-asserted data) pre-fills but lets the citizen change the data', async () => {
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-basis', vertrauensniveau: 'basis' }));
  const basis = await b.neuerEntwurf();
  await b.post(pfadFuer(basis, 'fuer-wen'), { antragFuer: 'selbst' });
  const seite = await b.get(`${basis}/persoenliche-daten`);
  expect(seite.body).not.toContain('Aus Ihrem BundID-Konto übernommen und geprüft');
  expect(seite.body).toContain('value="Erika"');
  await b.post(`${basis}/persoenliche-daten`, eingabe('persoenliche-daten', { vorname: 'Erica' }));
  expect((await b.get(`${basis}/persoenliche-daten`)).body).toContain('value="Erica"');
});

test('household members: add, change, remove (with their income)', async () => {
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-haushalt' }));
  const basis = await b.neuerEntwurf();
  for (const key of kuerzesterWeg.slice(0, 5)) await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
  expect((await b.post(`${basis}/haushalt`, { weiterePersonen: 'ja' })).headers.location).toBe(
    `${basis}/haushalt/person/neu`,
  );
  const neu = await b.post(`${basis}/haushalt/person/neu`, eingabe('haushalt-person'));
  expect(neu.headers.location).toBe(`${basis}/haushalt/personen`);
  const liste = await b.get(`${basis}/haushalt/personen`);
  expect(liste.body).toContain('Max Mustermann');
  const id = /haushalt\/person\/([A-Za-z0-9_-]{16})\/entfernen/.exec(liste.body)?.[1];
  expect(id).toBeDefined();
  expect((await b.post(`${basis}/haushalt/personen`, {})).statusCode).toBe(400);
  expect((await b.get(`${basis}/haushalt/person/${id}/entfernen`)).body).toContain(
    'Max Mustermann wirklich entfernen',
  );
  expect((await b.post(`${basis}/haushalt/person/${id}/entfernen`)).headers.location).toBe(
    `${basis}/haushalt`,
  );
  expect((await b.get(`${basis}/haushalt/person/${id}`)).statusCode).toBe(404);
  // "Yes, others live here" but nobody listed: the list is not reachable, adding a person is.
  expect((await b.get(`${basis}/haushalt/personen`)).headers.location).toBe(basis);
  expect((await b.get(`${basis}/haushalt/person/neu`)).statusCode).toBe(200);
});

test('SGB II: the Jobcenter hint does not block, and the application is marked for forwarding', async () => {
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-jobcenter' }));
  const basis = await b.neuerEntwurf();
  for (const key of kuerzesterWeg) {
    const roh = key === 'buergergeld' ? { bezieht: 'ja' } : eingabe(basisVon(key));
    const res = await b.post(pfadFuer(basis, key), roh);
    if (key === 'erwerbsfaehigkeit') {
      expect(res.headers.location).toBe(`${basis}/leistungen/jobcenter`);
      const hinweis = await b.get(`${basis}/leistungen/jobcenter`);
      expect(hinweis.body).toContain('Zuständig ist wahrscheinlich das Jobcenter');
      expect(hinweis.body).toContain('bekommen Bürgergeld');
      // This app has no gazetteer, so the area is not known: the general text and the official finder.
      expect(hinweis.body).toContain('hängt von Ihrem Wohnort ab');
      expect(hinweis.body).toContain('href="https://www.arbeitsagentur.de/jobcenter-finden"');
      expect((await b.post(`${basis}/leistungen/jobcenter`, {})).headers.location).toBe(
        `${basis}/leistungen`,
      );
    }
  }
  const { res } = await absenden(b, basis);
  const quittung = await b.get(String(res.headers.location));
  expect(quittung.body).toContain('Hinweis zum Jobcenter');
  const nummer = String(res.headers.location).split('/').pop() ?? '';
  const { rows } = await sql<{ j: boolean }>`
    select jobcenter_hinweis as j from antrag where vorgangsnummer = ${nummer}
  `.execute(t.deps.datenbank.db);
  expect(rows[0]?.j).toBe(true);
});

test('SGB II: an erwerbsfähige applicant without Bürgergeld gets the Jobcenter hint; others do not', async () => {
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-erwerbsfaehig' }));
  const basis = await b.neuerEntwurf();
  for (const key of kuerzesterWeg.slice(0, kuerzesterWeg.indexOf('erwerbsfaehigkeit'))) {
    await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
  }
  const leer = await b.post(pfadFuer(basis, 'erwerbsfaehigkeit'), {});
  expect(leer.statusCode).toBe(400);
  expect(leer.body).toContain(
    'Wählen Sie aus, ob die antragstellende Person mindestens 3 Stunden am Tag arbeiten kann',
  );
  const nein = await b.post(pfadFuer(basis, 'erwerbsfaehigkeit'), { person: 'nein', partner: 'nein' });
  expect(nein.headers.location).toBe(`${basis}/leistungen`);
  const ja = await b.post(pfadFuer(basis, 'erwerbsfaehigkeit'), { person: 'ja', partner: 'keine' });
  expect(ja.headers.location).toBe(`${basis}/leistungen/jobcenter`);
  const hinweis = await b.get(`${basis}/leistungen/jobcenter`);
  expect(hinweis.body).toContain('mindestens 3 Stunden am Tag arbeiten');
  expect(hinweis.body).not.toContain('bekommen Bürgergeld');
});

test('an office that is not online yet: the written way, no further steps', async () => {
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-offline' }));
  const basis = await b.neuerEntwurf();
  for (const key of kuerzesterWeg.slice(0, kuerzesterWeg.indexOf('wohnung-sozialamt')))
    await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
  const res = await b.post(`${basis}/wohnung/sozialamt`, { ags: '13075' });
  expect(res.headers.location).toBe(`${basis}/wohnung/schriftlicher-antrag`);
  const seite = await b.get(`${basis}/wohnung/schriftlicher-antrag`);
  expect(seite.body).toContain('Landkreis Vorpommern-Greifswald');
  expect(seite.body).toContain('schriftlich');
  expect((await b.post(`${basis}/wohnung/schriftlicher-antrag`, {})).statusCode).toBe(404);
  expect((await b.get(`${basis}/wohnung/angaben`)).headers.location).toBe(basis);
});

test('an office temporarily not taking applications: its notice is shown', async () => {
  await t.deps.datenbank.db
    .insertInto('nachnutzung')
    .values({
      behoerde_ags: '13004',
      dienst_id: 'uebernahme-mietrueckstaende',
      zustand: 'voruebergehend_abgemeldet',
      hinweis_text: 'Wegen einer Umstellung der Software bis zum 4. Januar nur schriftlich.',
      produktiv_seit: '2026-01-01',
      wirksam_zum: null,
    })
    .onConflict((oc) =>
      oc.columns(['behoerde_ags', 'dienst_id']).doUpdateSet({ zustand: 'voruebergehend_abgemeldet' }),
    )
    .execute();
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-voruebergehend' }));
  const basis = await b.neuerEntwurf();
  for (const key of kuerzesterWeg.slice(0, kuerzesterWeg.indexOf('wohnung-sozialamt'))) {
    await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
  }
  const res = await b.post(`${basis}/wohnung/sozialamt`, { ags: '13004' });
  expect(res.headers.location).toBe(`${basis}/wohnung/schriftlicher-antrag`);
  const seite = await b.get(`${basis}/wohnung/schriftlicher-antrag`);
  expect(seite.body).toContain('Wegen einer Umstellung der Software bis zum 4. Januar nur schriftlich.');
  expect(seite.body).toContain('Landeshauptstadt Schwerin');
  // Back to an office that is online: the path goes on.
  expect((await b.post(`${basis}/wohnung/sozialamt`, { ags: '13003' })).headers.location).toBe(
    `${basis}/wohnung/angaben`,
  );
});

test('the arrears per month that do not add up give a warning, not an error', async () => {
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-monate' }));
  const basis = await b.neuerEntwurf();
  for (const key of kuerzesterWeg.slice(0, kuerzesterWeg.indexOf('rueckstand-monate')))
    await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
  const seite = await b.get(`${basis}/rueckstand/monate`);
  expect(seite.body).toContain('Oktober 2026');
  expect(seite.body).toContain('November 2026');
  const warnung = await b.post(`${basis}/rueckstand/monate`, {
    'offen-2026-10': '650',
    'offen-2026-11': '600',
  });
  expect(warnung.statusCode).toBe(200);
  expect(warnung.body).toContain('Die Beträge ergeben nicht die Mietschulden insgesamt');
  expect(warnung.body).toContain('1.250,00 €');
  expect(warnung.body).toContain('value="600"');
  const weiter = await b.post(`${basis}/rueckstand/monate`, {
    'offen-2026-10': '650',
    'offen-2026-11': '600',
    _abweichung: 'bestaetigt',
  });
  expect(weiter.headers.location).toBe(`${basis}/rueckstand/fruehere-hilfe`);
  const falsch = await b.post(`${basis}/rueckstand/monate`, {
    'soll-2026-10': '650',
    'gezahlt-2026-10': '100',
    'offen-2026-10': '650',
  });
  expect(falsch.statusCode).toBe(400);
  expect(falsch.body).toContain('muss die Miete minus den gezahlten Betrag sein');
});

test('the Schonfrist: urgent when near, provisional when only the filing date is known', async () => {
  const b = await angemeldet(eineIdentitaet({ pseudonym: 'bpk2:test-frist' }));
  const basis = await b.neuerEntwurf();
  for (const key of kuerzesterWeg.slice(0, kuerzesterWeg.indexOf('raeumungsklage')))
    await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
  await b.post(`${basis}/raeumungsklage`, { status: 'zugestellt' });
  await b.post(
    `${basis}/raeumungsklage/zustellung`,
    eingabe('klage-zustellung', {
      zugestelltAm: { tag: '18', monat: '10', jahr: '2026' },
      eingangAm: { tag: '', monat: '', jahr: '' },
    }),
  );
  const dringend = await b.get(`${basis}/raeumungsklage/schonfrist`);
  expect(dringend.body).toContain('Dringend: Ihre Frist endet am Freitag, 18. Dezember 2026');
  expect(dringend.body).toContain('Das ist in 19 Tagen.');
  expect(dringend.body).toContain('kern-alert--danger');
  const zukunft = await b.post(
    `${basis}/raeumungsklage/zustellung`,
    eingabe('klage-zustellung', { zugestelltAm: { tag: '30', monat: '11', jahr: '2026' } }),
  );
  expect(zukunft.statusCode).toBe(400);
  expect(zukunft.body).toContain('Das Datum der Zustellung darf nicht in der Zukunft liegen');

  await b.post(`${basis}/raeumungsklage`, { status: 'eingereicht' });
  await b.post(`${basis}/raeumungsklage/einreichung`, eingabe('klage-eingang'));
  const vorlaeufig = await b.get(`${basis}/raeumungsklage/schonfrist`);
  expect(vorlaeufig.body).toContain('Vorläufige Frist bis');
  expect(vorlaeufig.body).toContain('vorläufig');
});
