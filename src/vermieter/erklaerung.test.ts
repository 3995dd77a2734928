import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browser } from '../../test/antrag-client.ts';
import { alsBuerger, eineIdentitaet } from '../../test/anmeldung.ts';
import { testApp, type TestApp } from '../../test/app.ts';
import { alsPersonal } from '../../test/personal-sitzung.ts';
import { einAntrag } from '../../test/posteingang.ts';
import { ERKLAERUNG, KONTOAUSZUG, vermieterBrowser } from '../../test/vermieter.ts';
import { vermieterEinladungBefehl } from './cli.ts';
import { vermieterKontext } from './routen.ts';

// Refusals of the landlord pages: guessed, malformed, expired, revoked and used codes all get the same page
// (no hint whether a case exists); the confirmation code locks after five wrong tries; only the citizen and the
// office of the case may invite or revoke; the rate limit answers 429.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

async function einladung(nummer: string): Promise<string> {
  const zeilen: string[] = [];
  const fehler: string[] = [];
  const rc = await vermieterEinladungBefehl([nummer], vermieterKontext(t.deps), {
    out: (z) => zeilen.push(z),
    err: (z) => fehler.push(z),
  });
  expect(rc, fehler.join()).toBe(0);
  expect(zeilen).toHaveLength(1);
  expect(zeilen[0]).toMatch(/^http:\/\/[^/]+\/vermieter\/[A-Za-z0-9_-]{27}$/);
  return new URL(zeilen[0]!).pathname;
}

const sbRostock = () =>
  alsPersonal(t, {
    benutzerId: 'sb-rostock',
    anzeigename: 'Sven Sachbearbeiter',
    rollen: ['sachbearbeitung'],
    behoerden: ['13003'],
    angemeldetAm: '2026-11-29T09:00:00.000Z',
  });

function ungueltig(res: { statusCode: number; body: string }) {
  expect(res.statusCode).toBe(404);
  expect(res.body).toContain('Dieser Link ist nicht gültig');
  expect(res.body).not.toContain('Mustermann');
}

test('the CLI refuses an unknown transaction number and needs one', async () => {
  const fehler: string[] = [];
  const k = vermieterKontext(t.deps);
  const aus = { out: () => undefined, err: (z: string) => fehler.push(z) };
  expect(await vermieterEinladungBefehl([], k, aus)).toBe(2);
  expect(await vermieterEinladungBefehl(['MR-2026-XXXXXX'], k, aus)).toBe(1);
  expect(fehler.join('\n')).toContain('Kein Antrag MR-2026-XXXXXX');
});

test('guessed and malformed codes get the one "not valid" page, for GET and POST alike', async () => {
  const v = vermieterBrowser(t);
  // A real page first, so the browser holds a CSRF token and the POST reaches the code check.
  await v.get(await einladung((await einAntrag(t)).vorgangsnummer));
  ungueltig(await v.get(`/vermieter/${randomBytes(20).toString('base64url')}`));
  ungueltig(await v.get('/vermieter/kurz'));
  ungueltig(await v.get(`/vermieter/${'a'.repeat(99)}`));
  ungueltig(await v.erklaeren(`/vermieter/${randomBytes(20).toString('base64url')}`, ERKLAERUNG));
});

test('a code expires after the configured 14 days', async () => {
  const antrag = await einAntrag(t);
  const pfad = await einladung(antrag.vorgangsnummer);
  const v = vermieterBrowser(t);
  expect((await v.get(pfad)).statusCode).toBe(200);
  t.uhr.vor(14 * 86_400_000 + 1000);
  try {
    ungueltig(await v.get(pfad));
    ungueltig(await v.erklaeren(pfad, ERKLAERUNG, { name: 'Mietkonto.pdf', inhalt: KONTOAUSZUG }));
  } finally {
    t.uhr.vor(-(14 * 86_400_000 + 1000));
  }
});

test('a new invitation replaces the open one; the office revokes; other offices cannot', async () => {
  const antrag = await einAntrag(t);
  const nr = antrag.vorgangsnummer;
  const alt = await einladung(nr);
  const neu = await einladung(nr);
  const v = vermieterBrowser(t);
  ungueltig(await v.get(alt));
  expect((await v.get(neu)).statusCode).toBe(200);

  const fremd = await alsPersonal(t, {
    benutzerId: 'sb-schwerin',
    anzeigename: 'Susi Schwerin',
    rollen: ['sachbearbeitung'],
    behoerden: ['13004'],
    angemeldetAm: '2026-11-29T09:00:00.000Z',
  });
  const zeile = await t.datenbank.db
    .selectFrom('vermieter_einladung')
    .select('id')
    .where('antrag_id', '=', antrag.id)
    .where('widerrufen_am', 'is', null)
    .executeTakeFirstOrThrow();
  const basis = `/verwaltung/posteingang/antrag/${nr}`;
  expect((await fremd.post(`${basis}/vermieter/${zeile.id}/widerrufen`)).statusCode).toBe(404);
  expect((await fremd.post(`${basis}/vermieter-einladen`)).statusCode).toBe(404);
  expect((await fremd.get(`${basis}/vermieter/${zeile.id}/brief.pdf`)).statusCode).toBe(404);
  expect((await v.get(neu)).statusCode).toBe(200);

  const sb = await sbRostock();
  const fall = await sb.get(basis);
  expect(fall.body).toContain('Einladung widerrufen');
  const brief = await sb.get(`${basis}/vermieter/${zeile.id}/brief.pdf`);
  expect(brief.statusCode).toBe(200);
  expect(brief.headers['content-type']).toContain('application/pdf');
  const widerrufen = await sb.post(`${basis}/vermieter/${zeile.id}/widerrufen`);
  expect(widerrufen.statusCode).toBe(303);
  ungueltig(await v.get(neu));
  expect((await sb.post(`${basis}/vermieter/${zeile.id}/widerrufen`)).statusCode).toBe(404);

  // The office invites again: a working link, the letter offered on the case page.
  const wieder = await sb.post(`${basis}/vermieter-einladen`);
  expect(wieder.statusCode).toBe(200);
  expect(wieder.body).toContain('Der Vermieter ist eingeladen');
  expect(wieder.body).toContain('Brief (PDF)');
  const protokoll = await t.datenbank.db
    .selectFrom('vermieter_protokoll')
    .select('art')
    .where('einladung_id', '=', zeile.id)
    .execute();
  expect(protokoll.map((p) => p.art)).toEqual(
    expect.arrayContaining(['eingeladen', 'widerrufen', 'abgelehnt']),
  );
});

test('only the owner of the application invites from the status page', async () => {
  const antrag = await einAntrag(t);
  const fremd = browser(t, await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:test-jemand-anders' })));
  await fremd.get('/meine-antraege');
  const res = await fremd.post(`/meine-antraege/${antrag.vorgangsnummer}/vermieter-einladen`);
  expect(res.statusCode).toBe(404);
  expect((await fremd.get(`/meine-antraege/${antrag.vorgangsnummer}/vermieter-brief.pdf`)).statusCode).toBe(
    404,
  );
  const ohneAnmeldung = await t.app.inject({
    method: 'GET',
    url: `/meine-antraege/${antrag.vorgangsnummer}/vermieter-brief.pdf`,
  });
  expect(ohneAnmeldung.statusCode).toBe(303);
  expect(
    await t.datenbank.db
      .selectFrom('vermieter_einladung')
      .select('id')
      .where('antrag_id', '=', antrag.id)
      .execute(),
  ).toEqual([]);
});

test('the form refuses a submission without the account statement and keeps the input', async () => {
  const antrag = await einAntrag(t);
  const pfad = await einladung(antrag.vorgangsnummer);
  const v = vermieterBrowser(t);
  await v.get(pfad);
  const res = await v.erklaeren(pfad, {
    ...ERKLAERUNG,
    'monat1-monat': '',
    'monat1-jahr': '',
    betrag1: '',
    'monat2-monat': '',
    'monat2-jahr': '',
    betrag2: '',
  });
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('Laden Sie den Mietkontoauszug hoch');
  expect(res.body).toContain('Geben Sie mindestens einen Monat mit offenem Betrag an');
  expect(res.body).toContain('value="WIRO Wohnen in Rostock"');
  const falscheDatei = await v.erklaeren(pfad, ERKLAERUNG, {
    name: 'x.exe',
    inhalt: Buffer.from('MZ nicht erlaubt'),
  });
  expect(falscheDatei.statusCode).toBe(400);
  expect(falscheDatei.body).toContain('ist kein PDF, JPEG oder PNG');
  const ohneCsrf = await t.app.inject({
    method: 'POST',
    url: pfad,
    payload: 'name=x',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  expect(ohneCsrf.statusCode).toBe(403);
});

describe('rate limit and confirmation lockout', () => {
  let eng: TestApp;
  beforeAll(async () => {
    eng = await testApp({ env: { VERMIETER_ANFRAGEN_PRO_MINUTE: '3' } });
  });
  afterAll(() => eng.close());

  test('the fourth request of a client in a minute is answered with 429', async () => {
    const v = vermieterBrowser(eng);
    const code = `/vermieter/${randomBytes(20).toString('base64url')}`;
    for (let i = 0; i < 3; i++) expect((await v.get(code)).statusCode).toBe(404);
    const zuviel = await v.get(code);
    expect(zuviel.statusCode).toBe(429);
    expect(zuviel.body).toContain('Zu viele Anfragen');
    // Other pages of the service keep the general limit.
    expect((await v.get('/')).statusCode).toBe(200);
  });
});

test('five wrong confirmation codes lock the invitation', async () => {
  const antrag = await einAntrag(t, {
    eingaben: {
      'vermieter-kontakt': {
        ansprechperson: '',
        telefon: '',
        email: 'v@wiro.example',
        mieternummer: '',
        informiert: 'ja',
      },
    },
  });
  const pfad = await einladung(antrag.vorgangsnummer);
  const v = vermieterBrowser(t);
  const seite = await v.get(pfad);
  expect(seite.body).toContain('Bestätigen Sie Ihre E-Mail-Adresse');
  // Without confirmation the form is not accepted.
  const ohne = await v.erklaeren(pfad, ERKLAERUNG, { name: 'Mietkonto.pdf', inhalt: KONTOAUSZUG });
  expect(ohne.statusCode).toBe(303);
  for (let i = 0; i < 4; i++)
    expect((await v.post(`${pfad}/bestaetigen`, { code: '12345x' })).statusCode).toBe(400);
  ungueltig(await v.post(`${pfad}/bestaetigen`, { code: '000000' }));
  ungueltig(await v.get(pfad));
});

test('a broken multipart body is refused with 400, never a 500 (found by npm run test:fuzz)', async () => {
  for (const [typ, payload] of [
    ['multipart/form-data', 'ohne Grenze'],
    [
      'multipart/form-data; boundary=xyz',
      '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--xy',
    ],
  ] as const) {
    const r = await t.app.inject({
      method: 'POST',
      url: '/vermieter/gibt-es-nicht',
      headers: { 'content-type': typ },
      payload,
    });
    expect(r.statusCode).toBe(400);
  }
});
