import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { alsPersonal, einePersonalSitzung, type PersonalBrowser } from '../../test/personal-sitzung.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { nachnutzungsRouten } from './routen.tsx';

// Only the Land coordination and an office's own staff see and act on the office's re-use records. The test
// walks over every route this part registers, so a new route without the check fails here.

let t: TestApp;
let koordination: PersonalBrowser;
let rostock: PersonalBrowser;
let schwerin: PersonalBrowser;
let betrieb: PersonalBrowser;
let schwerinKontakt: string;

beforeAll(async () => {
  t = await testApp({ env: { NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN: '3600' } });
  koordination = await alsPersonal(t);
  rostock = await alsPersonal(
    t,
    einePersonalSitzung({
      benutzerId: 'r',
      anzeigename: 'Rita',
      rollen: ['sachbearbeitung'],
      behoerden: ['13003'],
    }),
  );
  schwerin = await alsPersonal(
    t,
    einePersonalSitzung({
      benutzerId: 's',
      anzeigename: 'Sven',
      rollen: ['sachbearbeitung'],
      behoerden: ['13004'],
    }),
  );
  betrieb = await alsPersonal(
    t,
    einePersonalSitzung({
      benutzerId: 'b',
      anzeigename: 'Bernd Betrieb',
      rollen: ['betrieb'],
      behoerden: [],
    }),
  );
  const res = await schwerin.post('/verwaltung/nachnutzung/kontakte', {
    behoerde: '13004',
    ebene: 'vollzugsebene',
    rolle: 'behoerde',
    bezeichnung: 'Sven Sachbearbeiter, Fachdienst Soziales Schwerin',
    email: 'sven@schwerin.example',
  });
  expect(res.statusCode).toBe(303);
  const kontakt = await t.deps.datenbank.db
    .selectFrom('nachnutzung_kontakt')
    .select('id')
    .where('behoerde_ags', '=', '13004')
    .executeTakeFirstOrThrow();
  schwerinKontakt = kontakt.id;
});
afterAll(() => t.close());

const pfad = (url: string) =>
  url
    .replace(':ags', '13004')
    .replace(':dienst', DIENST_MIETRUECKSTAENDE)
    .replace(':version', '1')
    .replace(':id', url.includes('/kontakte/') ? schwerinKontakt : '1');

const routen = () => nachnutzungsRouten(t.app);
const mitBehoerde = () => routen().filter((r) => r.url.includes(':ags') || r.url.includes('/kontakte/:id'));

test('the part registers its staff routes (overview, terms, contacts, office and pair pages, every action)', () => {
  expect(routen().length).toBeGreaterThanOrEqual(35);
  expect(routen().every((r) => r.url.startsWith('/verwaltung/nachnutzung'))).toBe(true);
});

describe('another office’s staff is refused on every route of that office', () => {
  test('GET and POST, for every route with an office in it', async () => {
    const ergebnisse = [];
    for (const r of mitBehoerde()) {
      const res =
        r.method === 'GET' ? await rostock.get(pfad(r.url)) : await rostock.post(pfad(r.url), { punkt: 'x' });
      ergebnisse.push([`${r.method} ${r.url}`, res.statusCode]);
      expect(res.body, r.url).not.toContain('Sven Sachbearbeiter, Fachdienst Soziales Schwerin');
    }
    expect(ergebnisse.filter(([, s]) => s !== 403)).toEqual([]);
  });

  test('the shared pages show another office’s staff only their own office', async () => {
    // The staff start page leads the office's own staff here.
    expect((await rostock.get('/verwaltung')).body).toContain('href="/verwaltung/nachnutzung"');
    expect((await betrieb.get('/verwaltung')).body).not.toContain('href="/verwaltung/nachnutzung"');
    const uebersicht = await rostock.get('/verwaltung/nachnutzung');
    expect(uebersicht.statusCode).toBe(200);
    expect(uebersicht.body).toContain('/verwaltung/nachnutzung/13003/');
    expect(uebersicht.body).not.toContain('/verwaltung/nachnutzung/13004');
    const csv = await rostock.get('/verwaltung/nachnutzung/export.csv');
    expect(csv.body).not.toContain('Schwerin');
    expect(csv.body.trim().split('\r\n')).toHaveLength(11);
    const kontakte = await rostock.get('/verwaltung/nachnutzung/kontakte');
    expect(kontakte.body).not.toContain('Sven Sachbearbeiter');
    expect(kontakte.body).toContain('ozg@ego-mv.de');
    const fremdAnlegen = await rostock.post('/verwaltung/nachnutzung/kontakte', {
      behoerde: '13004',
      ebene: 'vollzugsebene',
      rolle: 'behoerde',
      bezeichnung: 'Eingeschleust',
    });
    expect(fremdAnlegen.statusCode).toBe(403);
  });
});

test('without a staff session every route sends to the login (GET) or is refused (POST)', async () => {
  for (const r of routen()) {
    const res = await t.app.inject({ method: r.method as 'GET' | 'POST', url: pfad(r.url) });
    if (r.method === 'GET') {
      expect(res.statusCode, r.url).toBe(303);
      expect(res.headers.location, r.url).toMatch(/^\/verwaltung\/anmelden/);
    } else {
      expect(res.statusCode, r.url).toBe(403);
    }
    expect(res.body).not.toContain('Sven Sachbearbeiter');
  }
});

test('staff without an office and without the coordination role is refused everywhere', async () => {
  for (const r of routen()) {
    const res = r.method === 'GET' ? await betrieb.get(pfad(r.url)) : await betrieb.post(pfad(r.url));
    expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
  }
});

test('the office’s own staff and the coordination may open every page of the office', async () => {
  for (const r of routen().filter((x) => x.method === 'GET')) {
    for (const wer of [schwerin, koordination]) {
      // The go-live form is the coordination's (tested below).
      if (wer === schwerin && r.url.endsWith('/produktiv')) continue;
      const res = await wer.get(pfad(r.url));
      // 404: the id in the URL does not exist in this database; never 403.
      expect([200, 303, 404], `${wer.personal.anzeigename} GET ${r.url}`).toContain(res.statusCode);
    }
  }
});

test('coordination-only actions are refused for the office’s own staff', async () => {
  const basis = `/verwaltung/nachnutzung/13004/${DIENST_MIETRUECKSTAENDE}`;
  for (const url of [
    `${basis}/eingang-bestaetigen`,
    `${basis}/unterlagen`,
    `${basis}/unterlagen/bereitstellen`,
    `${basis}/produktiv`,
    '/verwaltung/nachnutzung/bedingungen',
  ]) {
    expect((await schwerin.post(url)).statusCode, url).toBe(403);
  }
  expect((await schwerin.get(`${basis}/produktiv`)).statusCode).toBe(403);
  // Land-level contacts are the coordination's.
  expect((await schwerin.post('/verwaltung/nachnutzung/kontakte/1/loeschen')).statusCode).toBe(403);
  const land = await schwerin.post('/verwaltung/nachnutzung/kontakte', {
    behoerde: '',
    ebene: 'land',
    rolle: 'mik',
    bezeichnung: 'x',
  });
  expect(land.statusCode).toBe(400);
  expect(land.body).toContain('Bitte wählen Sie Ihr Sozialamt.');
});

test('unknown offices and services are 404, deferred services are not part of the rollout', async () => {
  expect((await koordination.get('/verwaltung/nachnutzung/99999')).statusCode).toBe(404);
  expect((await koordination.get('/verwaltung/nachnutzung/13004/gibt-es-nicht')).statusCode).toBe(404);
  expect((await koordination.get('/verwaltung/nachnutzung/13004/suchtberatung')).statusCode).toBe(404);
  expect((await koordination.get('/verwaltung/nachnutzung/13004/buergergeld')).statusCode).toBe(200);
  expect((await t.app.inject({ url: '/behoerden/99999' })).statusCode).toBe(404);
});

test('contacts: added and removed by the office, audited, shown on the office page', async () => {
  const seite = await schwerin.get('/verwaltung/nachnutzung/13004');
  expect(seite.body).toContain('Wen fragen?');
  expect(seite.body).toContain('Sven Sachbearbeiter, Fachdienst Soziales Schwerin');
  expect(seite.body).toContain('ozg@ego-mv.de');
  expect(
    (await schwerin.post(`/verwaltung/nachnutzung/kontakte/${schwerinKontakt}/loeschen`)).statusCode,
  ).toBe(303);
  const protokoll = await t.deps.datenbank.db
    .selectFrom('nachnutzung_ereignis')
    .select(['aktion', 'person_name', 'behoerde_ags'])
    .where('aktion', 'in', ['kontakt_angelegt', 'kontakt_geloescht'])
    .orderBy('id')
    .execute();
  expect(protokoll).toEqual([
    { aktion: 'kontakt_angelegt', person_name: 'Sven', behoerde_ags: '13004' },
    { aktion: 'kontakt_geloescht', person_name: 'Sven', behoerde_ags: '13004' },
  ]);
});

test('CSV export for the coordination: all offices × catalogue services, Excel-ready, audited', async () => {
  const exporte = () =>
    t.deps.datenbank.db
      .selectFrom('nachnutzung_ereignis')
      .selectAll()
      .where('aktion', '=', 'export_csv')
      .execute();
  const vorher = (await exporte()).length;
  const res = await koordination.get('/verwaltung/nachnutzung/export.csv');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.headers['content-disposition']).toBe('attachment; filename="nachnutzung-2026-11-29.csv"');
  expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const zeilen = res.body
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(zeilen).toHaveLength(1 + 8 * 10);
  expect(zeilen[0]).toBe('"AGS";"Sozialamt";"Online-Dienst";"Zustand";"Nächste Frist";"Offene Aufgaben"');
  expect(zeilen).toContain(
    '"13003";"Hanse- und Universitätsstadt Rostock";"Übernahme von Mietrückständen";"Produktiv";"";""',
  );
  const gefiltert = await koordination.get(
    `/verwaltung/nachnutzung/export.csv?dienst=${DIENST_MIETRUECKSTAENDE}`,
  );
  expect(gefiltert.body.trimEnd().split('\r\n')).toHaveLength(1 + 8);
  const neu = (await exporte()).slice(vorher);
  expect(neu.map((e) => [e.person_name, e.daten])).toEqual([
    ['Karla Koordinatorin', { zeilen: 80, filter: {} }],
    ['Karla Koordinatorin', { zeilen: 8, filter: { dienst: DIENST_MIETRUECKSTAENDE } }],
  ]);
});
