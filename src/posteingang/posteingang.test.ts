import { afterAll, describe, expect, test } from 'vitest';
import { alsBuerger, eineIdentitaet } from '../../test/anmeldung.ts';
import { testApp } from '../../test/app.ts';
import { alsPersonal, einKonto, InjectBrowser } from '../../test/personal.ts';
import { einAntrag, mitKlage, PDF, PNG } from '../../test/posteingang.ts';
import { INHALT, nachreichungGelesen } from '../antrag/index.ts';
import { leseNachricht } from '../nachricht/index.ts';
import { cookieName } from '../web/sitzung.ts';
import { entschluesselteNachricht } from '../zustellung/outbox.ts';

const t = await testApp({ env: { POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN: '0' } });
afterAll(() => t.close());
const db = t.datenbank.db;

// Today in tests: Sunday, 29 November 2026.
const ohneFrist = await einAntrag(t, {
  identitaet: eineIdentitaet({ pseudonym: 'bpk2:ohne-frist' }),
  dateien: [{ art: 'mietvertrag', dateiname: 'Mietvertrag Müller.pdf', inhalt: PDF }],
});
t.uhr.vor(60_000);
const spaeteFrist = await einAntrag(t, {
  identitaet: eineIdentitaet({ pseudonym: 'bpk2:spaete-frist' }),
  eingaben: {
    'persoenliche-daten': { ...persoenlich('Jürgen', 'Müller-Łukasiewicz') },
    ...mitKlage([20, 11, 2026]),
  },
});
t.uhr.vor(60_000);
const dringend = await einAntrag(t, {
  identitaet: eineIdentitaet({ pseudonym: 'bpk2:dringend' }),
  eingaben: { 'persoenliche-daten': persoenlich('Dora', 'Dringlich'), ...mitKlage([12, 10, 2026]) },
  dateien: [{ art: 'kontoauszuege', dateiname: 'Konto.png', inhalt: PNG, mime: 'image/png' }],
});
t.uhr.vor(60_000);
const termin = await einAntrag(t, {
  identitaet: eineIdentitaet({ pseudonym: 'bpk2:termin' }),
  eingaben: {
    'persoenliche-daten': persoenlich('Theo', 'Termin'),
    raeumungsklage: { status: 'nein' },
    mahnung: { erhalten: 'nein', datum: { tag: '', monat: '', jahr: '' } },
  },
});
const schwerin = await einAntrag(t, {
  identitaet: eineIdentitaet({ pseudonym: 'bpk2:schwerin' }),
  ags: '13004',
  eingaben: { 'persoenliche-daten': persoenlich('Susi', 'Schwerin') },
});

function persoenlich(vorname: string, familienname: string) {
  return {
    vorname,
    familienname,
    geburtsname: '',
    geburtsdatum: { tag: '12', monat: '8', jahr: '1964' },
    geburtsort: 'Rostock',
    geschlecht: 'weiblich',
    familienstand: 'ledig',
  };
}

const kontoRostock = await einKonto(t, { passwort: null, rollen: ['sachbearbeitung'], behoerden: ['13003'] });
/** A fresh session of the Rostock case worker (tests move the clock past the idle time-out). */
const sbRostock = () => alsPersonal(t, kontoRostock);

/** Uploads one file to a reply page (multipart, with the page's CSRF token). */
function hochladenFuer(buerger: InjectBrowser, link: string, art: string, name: string, inhalt: Buffer) {
  const grenze = '----grenze';
  return buerger.anfrage({
    method: 'POST',
    url: `${link}/unterlagen/${art}?_csrf=${encodeURIComponent(buerger.csrf ?? '')}`,
    headers: { 'content-type': `multipart/form-data; boundary=${grenze}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${grenze}\r\nContent-Disposition: form-data; name="datei"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      inhalt,
      Buffer.from(`\r\n--${grenze}--\r\n`),
    ]),
  });
}

async function get(url: string, cookies?: Record<string, string>) {
  return t.app.inject({ url, cookies: cookies ?? (await sbRostock()) });
}

describe('the inbox of an office', () => {
  test('lists the office’s applications, Schonfrist first, then dates, then age', async () => {
    const res = await get('/verwaltung/posteingang/13003');
    expect(res.statusCode).toBe(200);
    const nummern = [...res.body.matchAll(/href="\/verwaltung\/posteingang\/antrag\/(MR-[^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(nummern).toEqual([
      dringend.vorgangsnummer,
      spaeteFrist.vorgangsnummer,
      ohneFrist.vorgangsnummer,
      termin.vorgangsnummer,
    ]);
    expect(res.body).not.toContain(schwerin.vorgangsnummer);
    expect(res.body).toContain('Dora Dringlich');
    expect(res.body).toContain('dringend');
    expect(res.body).toContain('Schonfrist bis');
  });

  test('/verwaltung/posteingang leads to the first office of the account', async () => {
    const res = await get('/verwaltung/posteingang');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/verwaltung/posteingang/13003');
  });

  test.each([
    ['suche=dringlich', [dringend]],
    ['suche=mueller', [spaeteFrist]],
    ['suche=lukasiewicz%20j%C3%BCrgen', [spaeteFrist]],
    [`suche=${dringend.vorgangsnummer.toLowerCase()}`, [dringend]],
    ['dringend=ja', [dringend]],
    ['suche=niemand', []],
  ])('filter %s', async (query, erwartet) => {
    const res = await get(`/verwaltung/posteingang/13003?${query}`);
    expect(res.statusCode).toBe(200);
    const nummern = [...res.body.matchAll(/href="\/verwaltung\/posteingang\/antrag\/(MR-[^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(nummern).toEqual(erwartet.map((a) => a.vorgangsnummer));
  });

  test('filter by delivery: nothing is delivered yet (no worker in this test)', async () => {
    const ja = await get('/verwaltung/posteingang/13003?zugestellt=ja');
    expect(ja.body).toContain('0 Anträge');
    const nein = await get('/verwaltung/posteingang/13003?zugestellt=nein');
    expect(nein.body).toContain('4 Anträge');
  });

  test('unknown filter values fall back to the default instead of failing', async () => {
    const res = await get(
      '/verwaltung/posteingang/13003?status=%3Cscript%3E&zugestellt=vielleicht&seite=abc',
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('4 Anträge');
    expect(res.body).not.toContain('<script>');
  });
});

describe('the detail view', () => {
  test('shows every answer by section, documents, delivery and audit trail', async () => {
    const res = await get(`/verwaltung/posteingang/antrag/${dringend.vorgangsnummer}`);
    expect(res.statusCode).toBe(200);
    for (const text of [
      'Antragstellende Person',
      'Mietschulden',
      'Kündigung und Räumungsklage',
      'Erklärungen und Einwilligungen',
      'Dora Dringlich',
      'Antrag als PDF herunterladen',
      'xSozial-Nachricht des Antrags',
      'Konto.png',
      'wartet auf Übermittlung',
      'Schonfrist',
    ])
      expect(res.body, text).toContain(text);
    const protokoll = await db
      .selectFrom('posteingang_protokoll')
      .selectAll()
      .where('antrag_id', '=', dringend.id)
      .execute();
    expect(protokoll.map((p) => p.art)).toContain('geoeffnet');
  });

  test('downloads: PDF, xSozial XML and attachments with content type and Content-Disposition', async () => {
    const basis = `/verwaltung/posteingang/antrag/${ohneFrist.vorgangsnummer}`;
    const pdf = await get(`${basis}/antrag.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="Antrag-${ohneFrist.vorgangsnummer}.pdf"; filename*=UTF-8''Antrag-${ohneFrist.vorgangsnummer}.pdf`,
    );
    expect(pdf.headers['cache-control']).toBe('no-store');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const seite = await get(basis);
    const uuid = /\/nachrichten\/([0-9a-f-]{36})"/.exec(seite.body)?.[1];
    expect(uuid).toBeDefined();
    const xml = await get(`${basis}/nachrichten/${uuid!}`);
    expect(xml.statusCode).toBe(200);
    expect(xml.headers['content-type']).toBe('application/xml; charset=utf-8');
    const gelesen = leseNachricht(xml.body);
    expect(gelesen.ok && gelesen.nachricht.vorgangsID).toBe(ohneFrist.id);

    const dateiId = /\/dateien\/([A-Za-z0-9_-]{16})"/.exec(seite.body)?.[1];
    const datei = await get(`${basis}/dateien/${dateiId!}`);
    expect(datei.statusCode).toBe(200);
    expect(datei.headers['content-type']).toBe('application/pdf');
    expect(datei.headers['content-disposition']).toBe(
      `attachment; filename="Mietvertrag Muller.pdf"; filename*=UTF-8''Mietvertrag%20M%C3%BCller.pdf`,
    );
    expect(datei.rawPayload.equals(PDF)).toBe(true);
    const arten = (
      await db
        .selectFrom('posteingang_protokoll')
        .select('art')
        .where('antrag_id', '=', ohneFrist.id)
        .execute()
    ).map((p) => p.art);
    expect(arten).toEqual(
      expect.arrayContaining(['pdf_abgerufen', 'nachricht_abgerufen', 'anlage_abgerufen']),
    );
  });

  test.each([
    ['an unknown number', '/verwaltung/posteingang/antrag/MR-2026-ZZZZZZ'],
    ['a malformed number', '/verwaltung/posteingang/antrag/%3Cx%3E'],
    ['an unknown file', `/verwaltung/posteingang/antrag/NR/dateien/AAAAAAAAAAAAAAAA`],
    ['a file id of another application', `/verwaltung/posteingang/antrag/NR/dateien/FREMD`],
    [
      'an unknown message',
      `/verwaltung/posteingang/antrag/NR/nachrichten/7f1d2c3b-4a59-4e6f-8a1b-2c3d4e5f6a7b`,
    ],
    ['an unknown office', '/verwaltung/posteingang/99999'],
  ])('%s answers 404 with a German page', async (_name, url) => {
    const fremd = (
      await t.deps.datenbank.db
        .selectFrom('antrag_datei')
        .select('id')
        .where('antrag_id', '=', dringend.id)
        .executeTakeFirstOrThrow()
    ).id;
    const res = await get(url.replace('NR', ohneFrist.vorgangsnummer).replace('FREMD', fremd));
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('nicht gefunden');
  });
});

describe('status changes', () => {
  async function setze(b: InjectBrowser, nummer: string, form: Record<string, string>) {
    await b.get(`/verwaltung/posteingang/antrag/${nummer}`);
    return b.post(`/verwaltung/posteingang/antrag/${nummer}/status`, form);
  }

  test('through the whole life of a case, each change with who and when', async () => {
    const b = new InjectBrowser(t);
    b.cookies = await sbRostock();
    const n = termin.vorgangsnummer;
    for (const form of [
      { status: 'in_bearbeitung' } as Record<string, string>,
      { status: 'entschieden', entscheidung: 'darlehen', betrag: '1.250,00' },
      { status: 'abgeschlossen' },
    ]) {
      const res = await setze(b, n, form);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
      expect(res.headers.location).toBe(`/verwaltung/posteingang/antrag/${n}?gespeichert=status`);
    }
    const historie = await db
      .selectFrom('posteingang_status_aenderung')
      .selectAll()
      .where('antrag_id', '=', termin.id)
      .orderBy('id')
      .execute();
    expect(historie.map((h) => [h.von, h.nach])).toEqual([
      ['eingegangen', 'in_bearbeitung'],
      ['in_bearbeitung', 'entschieden'],
      ['entschieden', 'abgeschlossen'],
    ]);
    expect(historie[1]).toMatchObject({
      entscheidung: 'darlehen',
      betrag_cent: 125_000,
      akteur_art: 'personal',
    });
    expect(historie.every((h) => h.akteur_name.startsWith('Test Person'))).toBe(true);
    const seite = await b.get(`/verwaltung/posteingang/antrag/${n}`);
    expect(seite.body).toContain('Bewilligt als Darlehen: 1.250,00 €');
    expect(seite.body).toContain('Der Status kann nicht mehr geändert werden');
  });

  test.each([
    [{ status: 'abgeschlossen' }, 'kann nicht auf „Abgeschlossen“ gesetzt werden', 409],
    [{ status: 'eingegangen' }, 'hat den Status „Eingegangen“ bereits', 409],
    [{ status: 'entschieden' }, 'kann nicht auf „Entschieden“ gesetzt werden', 400],
    [{ status: 'gibt-es-nicht' }, 'Wählen Sie den neuen Status aus', 400],
  ])(
    'an illegal change %j is refused with a clear message and changes nothing',
    async (form, meldung, status) => {
      const b = new InjectBrowser(t);
      b.cookies = await sbRostock();
      const vorher = await db
        .selectFrom('posteingang_fall')
        .selectAll()
        .where('antrag_id', '=', ohneFrist.id)
        .executeTakeFirstOrThrow();
      const res = await setze(b, ohneFrist.vorgangsnummer, form);
      // A decision without the kind is a field error; the transition itself is checked first for the others.
      if (form.status === 'entschieden') {
        expect(res.statusCode).toBe(400);
        expect(res.body).toContain('Wählen Sie aus, wie entschieden wurde');
      } else {
        expect(res.statusCode).toBe(status);
        expect(res.body).toContain(meldung);
      }
      expect(res.body).toContain('<title>Fehler: ');
      const nachher = await db
        .selectFrom('posteingang_fall')
        .selectAll()
        .where('antrag_id', '=', ohneFrist.id)
        .executeTakeFirstOrThrow();
      expect(nachher).toEqual(vorher);
    },
  );

  test('decisions need their amount or date', async () => {
    const b = new InjectBrowser(t);
    b.cookies = await sbRostock();
    expect((await setze(b, spaeteFrist.vorgangsnummer, { status: 'in_bearbeitung' })).statusCode).toBe(303);
    const ohneBetrag = await setze(b, spaeteFrist.vorgangsnummer, {
      status: 'entschieden',
      entscheidung: 'beihilfe',
      betrag: 'viel',
    });
    expect(ohneBetrag.statusCode).toBe(400);
    expect(ohneBetrag.body).toContain('Geben Sie den bewilligten Betrag in Euro an');
    expect(ohneBetrag.body).toContain('value="viel"');
    const zukunft = await setze(b, spaeteFrist.vorgangsnummer, {
      status: 'entschieden',
      entscheidung: 'jobcenter',
      weitergeleitetAm: '2026-12-24',
    });
    expect(zukunft.statusCode).toBe(409);
    expect(zukunft.body).toContain('nicht in der Zukunft');
  });

  test('a change made meanwhile by someone else is not overwritten', async () => {
    const b = new InjectBrowser(t);
    b.cookies = await sbRostock();
    const seite = await b.get(`/verwaltung/posteingang/antrag/${dringend.vorgangsnummer}`);
    const version = /name="version" value="(\d+)"/.exec(seite.body)?.[1];
    const andere = new InjectBrowser(t);
    andere.cookies = await sbRostock();
    expect((await setze(andere, dringend.vorgangsnummer, { status: 'in_bearbeitung' })).statusCode).toBe(303);
    const res = await b.post(`/verwaltung/posteingang/antrag/${dringend.vorgangsnummer}/status`, {
      status: 'in_bearbeitung',
      version: version!,
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('inzwischen von jemand anderem geändert');
  });

  test('a forged or missing CSRF token is refused', async () => {
    const ohneGeheimnis = await t.app.inject({
      method: 'POST',
      url: `/verwaltung/posteingang/antrag/${ohneFrist.vorgangsnummer}/status`,
      cookies: await sbRostock(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'status=in_bearbeitung&_csrf=gefaelscht',
    });
    expect(ohneGeheimnis.statusCode).toBe(403);
    expect(ohneGeheimnis.body).toContain('Das Formular ist abgelaufen');
    const b = new InjectBrowser(t);
    b.cookies = await sbRostock();
    await b.get(`/verwaltung/posteingang/antrag/${ohneFrist.vorgangsnummer}`);
    for (const form of [{ _csrf: 'gefaelscht' }, { _csrf: '' }]) {
      const res = await b.post(`/verwaltung/posteingang/antrag/${ohneFrist.vorgangsnummer}/status`, {
        status: 'in_bearbeitung',
        ...form,
      });
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain('Das Formular ist abgelaufen');
    }
    const nachforderung = await b.post(
      `/verwaltung/posteingang/antrag/${ohneFrist.vorgangsnummer}/nachforderung`,
      {
        unterlagen: 'mietvertrag',
        frist: '2026-12-20',
        _csrf: 'gefaelscht',
      },
    );
    expect(nachforderung.statusCode).toBe(403);
    const fall = await db
      .selectFrom('posteingang_fall')
      .select('status')
      .where('antrag_id', '=', ohneFrist.id)
      .executeTakeFirstOrThrow();
    expect(fall.status).toBe('eingegangen');
    expect(
      await db
        .selectFrom('posteingang_nachforderung')
        .select('id')
        .where('antrag_id', '=', ohneFrist.id)
        .execute(),
    ).toEqual([]);
  });

  test('an expired staff session leads to the login, with the page as target', async () => {
    const cookies = await alsPersonal(t, { rollen: ['sachbearbeitung'], behoerden: ['13003'] });
    t.uhr.vor(31 * 60_000);
    const res = await t.app.inject({ url: '/verwaltung/posteingang/13003', cookies });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(
      '/verwaltung/anmelden?ziel=%2Fverwaltung%2Fposteingang%2F13003&grund=abgelaufen',
    );
  });

  test('other roles may not open the inbox; a citizen session is no staff session', async () => {
    const betrieb = await alsPersonal(t, { rollen: ['betrieb'], behoerden: [] });
    expect((await get('/verwaltung/posteingang/13003', betrieb)).statusCode).toBe(403);
    const buerger = await alsBuerger(t);
    const res = await t.app.inject({ url: '/verwaltung/posteingang/13003', cookies: buerger });
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toMatch(/^\/verwaltung\/anmelden/);
    expect(cookieName.buerger in buerger).toBe(true);
  });
});

describe('a request for documents, answered by the citizen', () => {
  test('request, status page, upload, follow-up message with referenzUUID, back in the inbox', async () => {
    const b = new InjectBrowser(t);
    b.cookies = await sbRostock();
    const n = ohneFrist.vorgangsnummer;
    const formular = await b.get(`/verwaltung/posteingang/antrag/${n}/nachforderung`);
    expect(formular.statusCode).toBe(200);
    const fehler = await b.post(`/verwaltung/posteingang/antrag/${n}/nachforderung`, { frist: '2026-11-01' });
    expect(fehler.statusCode).toBe(400);
    expect(fehler.body).toContain('Wählen Sie mindestens eine Unterlage aus');
    expect(fehler.body).toContain('Die Frist muss mindestens morgen enden');
    const res = await b.anfrage({
      method: 'POST',
      url: `/verwaltung/posteingang/antrag/${n}/nachforderung`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([
        ['_csrf', b.csrf ?? ''],
        ['unterlagen', 'kontoauszuege'],
        ['unterlagen', 'einkommen'],
        ['frist', '2026-12-14'],
        ['hinweis', 'Bitte die Auszüge von September bis November.'],
      ]).toString(),
    });
    expect(res.statusCode, res.body.slice(0, 400)).toBe(303);
    const fall = await db
      .selectFrom('posteingang_fall')
      .select('status')
      .where('antrag_id', '=', ohneFrist.id)
      .executeTakeFirstOrThrow();
    expect(fall.status).toBe('unterlagen_nachgefordert');

    // The citizen
    const buerger = new InjectBrowser(t);
    buerger.cookies = await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:ohne-frist' }));
    const liste = await buerger.get('/meine-antraege');
    expect(liste.statusCode).toBe(200);
    expect(liste.body).toContain(n);
    expect(liste.body).toContain('Bitte reichen Sie Unterlagen nach, bis 14. Dezember 2026');
    expect(liste.body).toContain('Kontoauszüge');
    expect(liste.body).toContain('Ihr Antrag wird an Hanse- und Universitätsstadt Rostock übermittelt');
    const link = /href="(\/meine-antraege\/[^"]+\/nachforderungen\/[^"]+)"/.exec(liste.body)?.[1];
    expect(link).toBeDefined();
    const seite = await buerger.get(link!);
    expect(seite.body).toContain('Bitte die Auszüge von September bis November.');
    const leer = await buerger.post(`${link!}/absenden`);
    expect(leer.statusCode).toBe(400);
    expect(leer.body).toContain('Laden Sie zuerst mindestens eine Unterlage hoch');

    const hochladen = (art: string, name: string, inhalt: Buffer) =>
      hochladenFuer(buerger, link!, art, name, inhalt);
    const falsch = await hochladen('kontoauszuege', 'virus.exe', Buffer.from('MZ\x90\x00'));
    expect(falsch.statusCode).toBe(415);
    expect(falsch.body).toContain('ist kein PDF, JPEG oder PNG');
    const nichtGefordert = await hochladen('mietvertrag', 'x.pdf', PDF);
    expect(nichtGefordert.statusCode).toBe(404);
    const ok = await hochladen('kontoauszuege', 'Auszug November.pdf', PDF);
    expect(ok.statusCode, ok.body.slice(0, 300)).toBe(303);
    await buerger.get(String(ok.headers.location));
    const gesendet = await buerger.post(`${link!}/absenden`);
    expect(gesendet.statusCode, gesendet.body.slice(0, 500)).toBe(303);
    const danach = await buerger.get(String(gesendet.headers.location));
    expect(danach.body).toContain('Ihre Unterlagen wurden an das Sozialamt geschickt');

    // The follow-up message: same delivery path, referenzUUID = the original message's UUID
    const auftraege = await db
      .selectFrom('zustell_auftrag')
      .selectAll()
      .where('bezug', 'in', [ohneFrist.id, `nachreichung:${link!.split('/').pop()!}`])
      .orderBy('erstellt_am')
      .execute();
    expect(auftraege).toHaveLength(2);
    const [original, folge] = auftraege.map((a) => {
      const g = leseNachricht(entschluesselteNachricht(t.deps.secrets.dataKey, a).toString('utf8'), INHALT);
      if (!g.ok) throw new Error(g.fehler);
      return g.nachricht;
    });
    expect(folge!.referenzUUID).toBe(original!.nachrichtenUUID);
    expect(folge!.vorgangsID).toBe(original!.vorgangsID);
    expect(folge!.dokumente.map((d) => d.dateiname)).toEqual(['Antrag.pdf', 'Auszug November.pdf']);
    expect(folge!.dokumente[1]!.inhalt.equals(PDF)).toBe(true);
    // What the follow-up is and which request it answers: typed in the extension, not in key/value notes.
    const nachreichung = nachreichungGelesen(folge!.antragsangaben ?? {});
    expect(nachreichung).toMatchObject({ art: 'unterlagen', unterlagen: ['kontoauszuege'] });
    const anforderung = await db
      .selectFrom('posteingang_nachforderung')
      .select('id')
      .where('antrag_id', '=', ohneFrist.id)
      .execute();
    expect(anforderung.map((x) => x.id)).toContain(nachreichung?.nachforderung);
    expect(JSON.stringify(folge)).not.toContain('nachrichtArt');

    const nach = await db
      .selectFrom('posteingang_fall')
      .select('status')
      .where('antrag_id', '=', ohneFrist.id)
      .executeTakeFirstOrThrow();
    expect(nach.status).toBe('in_bearbeitung');
    const posteingang = await b.get('/verwaltung/posteingang/13003');
    expect(posteingang.body).toContain('nachgereicht');
    const detail = await b.get(`/verwaltung/posteingang/antrag/${n}`);
    expect(detail.body).toContain('Auszug November.pdf');
    expect(detail.body).toContain('xSozial-Nachricht der Nachreichung');
    expect(detail.body).toContain('laut Nachricht: Kontoauszüge');

    // Sent is sent: no more uploads or a second send
    const nochmal = await buerger.post(`${link!}/absenden`);
    expect(nochmal.statusCode).toBe(409);
  });

  test('an overdue request is highlighted for staff and citizen', async () => {
    const b = new InjectBrowser(t);
    b.cookies = await sbRostock();
    const n = spaeteFrist.vorgangsnummer;
    await b.get(`/verwaltung/posteingang/antrag/${n}/nachforderung`);
    const res = await b.post(`/verwaltung/posteingang/antrag/${n}/nachforderung`, {
      unterlagen: 'mietvertrag',
      frist: '2026-12-03',
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
    t.uhr.vor(6 * 86_400_000);
    b.cookies = await sbRostock();
    const liste = await b.get('/verwaltung/posteingang/13003?fehlend=ja');
    expect(liste.body).toContain('Frist überschritten');
    expect(liste.body).toContain(n);
    const buerger = await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:spaete-frist' }));
    const seite = await t.app.inject({ url: `/meine-antraege/${n}`, cookies: buerger });
    expect(seite.body).toContain('Die Frist ist abgelaufen');
  });

  test('the status page offers the receipt PDF again', async () => {
    const cookies = await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:dringend' }));
    const seite = await t.app.inject({ url: `/meine-antraege/${dringend.vorgangsnummer}`, cookies });
    const link = `/antrag/eingang/${dringend.vorgangsnummer}/eingangsbestaetigung.pdf`;
    expect(seite.body).toContain(`href="${link}"`);
    const pdf = await t.app.inject({ url: link, cookies });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const antrag = await t.app.inject({
      url: `/meine-antraege/${dringend.vorgangsnummer}/antrag.pdf`,
      cookies,
    });
    expect(antrag.headers['content-disposition']).toContain(`Antrag-${dringend.vorgangsnummer}.pdf`);
    expect(antrag.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a citizen never sees another citizen’s application', async () => {
    const fremd = await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:jemand-anders' }));
    for (const url of [
      `/meine-antraege/${dringend.vorgangsnummer}`,
      `/meine-antraege/${dringend.vorgangsnummer}/antrag.pdf`,
    ]) {
      const res = await t.app.inject({ url, cookies: fremd });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Dora');
    }
    const liste = await t.app.inject({ url: '/meine-antraege', cookies: fremd });
    expect(liste.body).toContain('Sie haben noch keinen Antrag abgesendet');
  });

  test('an expired BundID session leads to the login again, also for a form with a valid token', async () => {
    const b = new InjectBrowser(t);
    b.cookies = await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:dringend' }));
    expect((await b.get('/meine-antraege')).statusCode).toBe(200);
    expect(b.csrf).toBeDefined();
    t.uhr.vor(31 * 60_000);
    const res = await b.get('/meine-antraege');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/anmelden\?ziel=%2Fmeine-antraege(&abgelaufen=[^&]*)?$/);
    const post = await b.post(
      `/meine-antraege/${dringend.vorgangsnummer}/nachforderungen/AAAAAAAAAAAAAAAA/absenden`,
    );
    expect(post.statusCode).toBe(303);
    expect(post.headers.location).toMatch(/^\/anmelden\?ziel=%2Fmeine-antraege(&abgelaufen=[^&]*)?$/);
  });

  test('without a BundID session the status page leads to the login and back', async () => {
    const res = await t.app.inject({ url: `/meine-antraege/${dringend.vorgangsnummer}` });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(
      `/anmelden?ziel=${encodeURIComponent(`/meine-antraege/${dringend.vorgangsnummer}`)}`,
    );
  });
});

test('documents at any time: the citizen adds documents without a request; they reach the office as a follow-up message', async () => {
  const jederzeit = await einAntrag(t, { identitaet: eineIdentitaet({ pseudonym: 'bpk2:jederzeit' }) });
  const nummer = jederzeit.vorgangsnummer;
  const buerger = new InjectBrowser(t);
  buerger.cookies = await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:jederzeit' }));
  const stand = await buerger.get(`/meine-antraege/${nummer}`);
  expect(stand.body).toContain('Weitere Unterlagen senden');
  expect(stand.body).not.toContain('Bitte reichen Sie Unterlagen nach');

  // Refused: without the form's CSRF token, and for another citizen's application.
  const ohneToken = await t.app.inject({
    method: 'POST',
    url: `/meine-antraege/${nummer}/unterlagen`,
    cookies: buerger.cookies,
  });
  expect(ohneToken.statusCode).toBe(403);
  const fremd = new InjectBrowser(t);
  fremd.cookies = await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:jemand-anders' }));
  await fremd.get('/meine-antraege');
  expect((await fremd.post(`/meine-antraege/${nummer}/unterlagen`)).statusCode).toBe(404);
  expect(
    await db
      .selectFrom('posteingang_nachforderung')
      .select('id')
      .where('antrag_id', '=', jederzeit.id)
      .execute(),
  ).toHaveLength(0);

  const geoeffnet = await buerger.post(`/meine-antraege/${nummer}/unterlagen`);
  expect(geoeffnet.statusCode).toBe(303);
  const link = String(geoeffnet.headers.location);
  // Opening again gives the same open reply, not a second one.
  expect((await buerger.post(`/meine-antraege/${nummer}/unterlagen`)).headers.location).toBe(link);
  const antwortSeite = await buerger.get(link);
  expect(antwortSeite.body).toContain('auch wenn es nicht danach gefragt hat');
  expect(antwortSeite.body).not.toContain('Unterlagen nachgefordert');
  const falsch = await hochladenFuer(buerger, link, 'kontoauszuege', 'virus.exe', Buffer.from('MZ\x90\x00'));
  expect(falsch.statusCode).toBe(415);
  const ok = await hochladenFuer(buerger, link, 'mietvertrag', 'Mietvertrag.pdf', PDF);
  expect(ok.statusCode, ok.body.slice(0, 300)).toBe(303);
  await buerger.get(String(ok.headers.location));
  const gesendet = await buerger.post(`${link}/absenden`);
  expect(gesendet.statusCode, gesendet.body.slice(0, 500)).toBe(303);

  const folge = await db
    .selectFrom('zustell_auftrag')
    .selectAll()
    .where('bezug', '=', `nachreichung:${link.split('/').pop()!}`)
    .executeTakeFirstOrThrow();
  const g = leseNachricht(entschluesselteNachricht(t.deps.secrets.dataKey, folge).toString('utf8'));
  if (!g.ok) throw new Error(g.fehler);
  expect(g.nachricht.dokumente.map((d) => d.dateiname)).toContain('Mietvertrag.pdf');
  // The case's status is not changed by documents nobody asked for.
  const fall = await db
    .selectFrom('posteingang_fall')
    .select('status')
    .where('antrag_id', '=', jederzeit.id)
    .executeTakeFirstOrThrow();
  expect(fall.status).toBe('eingegangen');
});
