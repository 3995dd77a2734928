import { afterAll, describe, expect, test } from 'vitest';
import { eineIdentitaet } from '../../test/anmeldung.ts';
import { testApp } from '../../test/app.ts';
import { einAntrag, mitKlage, PDF } from '../../test/posteingang.ts';
import { antragRepo } from '../antrag/index.ts';
import { leseNachricht } from '../nachricht/index.ts';
import { apiSchluesselAnlegen, apiSchluesselBefehl, apiSchluesselListe } from './api-schluessel.ts';
import { openApiDokument } from './openapi.ts';

const t = await testApp({ env: { POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN: '0' } });
afterAll(() => t.close());
const db = t.datenbank.db;

const rostock = await einAntrag(t, {
  identitaet: eineIdentitaet({ pseudonym: 'bpk2:api-rostock' }),
  eingaben: mitKlage([12, 10, 2026], { verhandlung: { tag: '15', monat: '1', jahr: '2027' } }),
  dateien: [{ art: 'mietvertrag', dateiname: 'Mietvertrag.pdf', inhalt: PDF }],
});
const schwerin = await einAntrag(t, {
  identitaet: eineIdentitaet({ pseudonym: 'bpk2:api-schwerin' }),
  ags: '13004',
});

async function schluessel(ags: string, name = 'Prosoz 14plus') {
  const e = await apiSchluesselAnlegen(db, ags, name, t.uhr.jetzt());
  if (!e.ok) throw new Error(e.meldung);
  return e.schluessel;
}
const keyRostock = await schluessel('13003');
const keySchwerin = await schluessel('13004', 'Lämmerzahl');

function api(method: 'GET' | 'POST', url: string, key: string | undefined, payload?: unknown) {
  return t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: key === undefined ? {} : { authorization: `Bearer ${key}` },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

describe('API keys', () => {
  test('are stored only as SHA-256, shown once, 32 random bytes', async () => {
    const zeilen = await db.selectFrom('posteingang_api_schluessel').selectAll().execute();
    expect(zeilen).toHaveLength(2);
    for (const z of zeilen) {
      expect(z.schluessel_hash).toMatch(/^[0-9a-f]{64}$/);
      expect([keyRostock, keySchwerin]).not.toContain(z.schluessel_hash);
    }
    expect(keyRostock).toMatch(/^mrk_[A-Za-z0-9_-]{43}$/);
  });

  test('CLI: create (shown once), list, revoke; bad input refused', async () => {
    const aus: string[] = [];
    const fehler: string[] = [];
    const k = {
      db,
      jetzt: t.uhr.jetzt,
      ausgabe: (z: string) => aus.push(z),
      fehler: (z: string) => fehler.push(z),
    };
    expect(await apiSchluesselBefehl(['anlegen', '13003', 'Test', 'Adapter'], k)).toBe(0);
    const neu = aus.find((z) => z.startsWith('mrk_'));
    expect(neu).toBeDefined();
    expect((await api('GET', '/antraege', neu)).statusCode).toBe(200);
    aus.length = 0;
    expect(await apiSchluesselBefehl(['liste'], k)).toBe(0);
    expect(aus.join('\n')).toContain('Test Adapter');
    expect(aus.join('\n')).not.toContain(neu);
    const id = (await apiSchluesselListe(db)).find((s) => s.bezeichnung === 'Test Adapter')!.id;
    expect(await apiSchluesselBefehl(['widerrufen', id], k)).toBe(0);
    expect((await api('GET', '/antraege', neu)).statusCode).toBe(401);
    expect(await apiSchluesselBefehl(['widerrufen', id], k)).toBe(1);
    expect(await apiSchluesselBefehl(['anlegen', '99999'], k)).toBe(1);
    expect(await apiSchluesselBefehl(['anlegen', 'abc'], k)).toBe(1);
    expect(await apiSchluesselBefehl(['anlegen'], k)).toBe(2);
    expect(await apiSchluesselBefehl(['gibt-es-nicht'], k)).toBe(2);
    expect(fehler.join('\n')).toContain('Ein Sozialamt mit dem Kreisschlüssel 99999 gibt es nicht');
  });

  test.each([
    ['no header', undefined],
    ['a wrong key', 'mrk_falsch'],
    ['a key without prefix', 'abc'],
  ])('%s: 401 with a problem document and WWW-Authenticate', async (_name, key) => {
    const res = await api('GET', '/antraege', key);
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.headers['www-authenticate']).toBe('Bearer realm="mietrueckstaende"');
    expect(res.json()).toMatchObject({ status: 401, title: 'Nicht angemeldet' });
  });

  test('a staff or citizen cookie is no API key', async () => {
    const res = await t.app.inject({ url: '/api/v1/antraege', cookies: { mr_personal: 'x'.repeat(43) } });
    expect(res.statusCode).toBe(401);
  });
});

describe('reading', () => {
  test('list new applications of the key’s office only', async () => {
    const res = await api('GET', '/antraege', keyRostock);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { antraege } = res.json<{
      antraege: { vorgangsnummer: string; dringend: boolean; url: string }[];
    }>();
    expect(antraege.map((a) => a.vorgangsnummer)).toEqual([rostock.vorgangsnummer]);
    expect(antraege[0]).toMatchObject({
      dringend: true,
      url: `http://127.0.0.1:3000/api/v1/antraege/${rostock.vorgangsnummer}`,
    });
    const s = await api('GET', '/antraege?status=alle', keySchwerin);
    expect(
      s.json<{ antraege: { vorgangsnummer: string }[] }>().antraege.map((a) => a.vorgangsnummer),
    ).toEqual([schwerin.vorgangsnummer]);
    expect((await api('GET', '/antraege?seit=2030-01-01T00:00:00Z', keyRostock)).json()).toEqual({
      antraege: [],
    });
  });

  test.each([
    ['status=kaputt', 'status'],
    ['seit=gestern', 'seit'],
  ])('bad filter %s: 400 naming the field', async (query, feld) => {
    const res = await api('GET', `/antraege?${query}`, keyRostock);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fehler: Record<string, string> }>().fehler[feld]).toBeDefined();
  });

  test('fetch one: JSON with every answer, then its PDF, XML and attachments', async () => {
    const res = await api('GET', `/antraege/${rostock.vorgangsnummer}`, keyRostock);
    expect(res.statusCode).toBe(200);
    const a = res.json<{
      status: string;
      version: number;
      schonfrist: { ende: string; vorlaeufig: boolean };
      termine: Record<string, string>;
      daten: { 'persoenliche-daten': { familienname: string } };
      zusammenfassung: { titel: string }[];
      anlagen: { url: string; dateiname: string }[];
      nachrichten: { url: string; art: string }[];
      links: { pdf: string; nachricht: string };
    }>();
    expect(a.status).toBe('eingegangen');
    expect(a.schonfrist).toEqual({ ende: '2026-12-14', vorlaeufig: false });
    expect(a.termine).toEqual({ verhandlung: '2027-01-15' });
    expect(a.daten['persoenliche-daten'].familienname).toBe('Mustermann');
    expect(a.zusammenfassung.map((z) => z.titel)).toContain('Kündigung und Räumungsklage');
    const pfad = (u: string) => u.replace('http://127.0.0.1:3000/api/v1', '');
    const pdf = await api('GET', pfad(a.links.pdf), keyRostock);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`filename="Antrag-${rostock.vorgangsnummer}.pdf"`);
    const xml = await api('GET', pfad(a.links.nachricht), keyRostock);
    expect(xml.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(leseNachricht(xml.body).ok).toBe(true);
    const gleich = await api('GET', pfad(a.nachrichten[0]!.url), keyRostock);
    expect(gleich.body).toBe(xml.body);
    const datei = await api('GET', pfad(a.anlagen[0]!.url), keyRostock);
    expect(datei.rawPayload.equals(PDF)).toBe(true);
    expect(datei.headers['content-disposition']).toBe(
      `attachment; filename="Mietvertrag.pdf"; filename*=UTF-8''Mietvertrag.pdf`,
    );
    const protokoll = await db
      .selectFrom('posteingang_protokoll')
      .selectAll()
      .where('antrag_id', '=', rostock.id)
      .execute();
    expect(protokoll.map((p) => p.art)).toEqual(
      expect.arrayContaining(['api_abgerufen', 'pdf_abgerufen', 'nachricht_abgerufen', 'anlage_abgerufen']),
    );
    expect(
      protokoll.every((p) => p.akteur_art === 'api' && p.akteur_name === 'Schnittstelle „Prosoz 14plus“'),
    ).toBe(true);
  });

  test('the office sees the delivered message, not the internal copy: changing the copy changes nothing', async () => {
    const vorher = (await api('GET', `/antraege/${rostock.vorgangsnummer}`, keyRostock)).json<{
      daten: { 'persoenliche-daten': { familienname: string } };
      angaben: {
        persoenlicheDaten: { familienname: string };
        rueckstand: { gesamt: number };
        einschaetzung: { beantragterBetrag?: number; jobcenterHinweis: boolean };
      };
      angabenQuelle: string;
      zusammenfassung: unknown;
    }>();
    expect(vorher.angabenQuelle).toBe('nachricht');
    expect(vorher.angaben.persoenlicheDaten.familienname).toBe('Mustermann');
    expect(typeof vorher.angaben.rueckstand.gesamt).toBe('number');
    // The derived triage facts are typed data in the message too (money in whole cents, as everywhere in JSON).
    expect(Number.isSafeInteger(vorher.angaben.einschaetzung.beantragterBetrag)).toBe(true);
    expect(typeof vorher.angaben.einschaetzung.jobcenterHinweis).toBe('boolean');
    const schema = await t.app.inject({ url: '/api/v1/schema/antrag.json' });
    expect(schema.statusCode).toBe(200);
    expect(Object.keys(schema.json<{ properties: object }>().properties)).toEqual(
      expect.arrayContaining(Object.keys(vorher.angaben)),
    );

    const repo = antragRepo(db, t.deps.secrets.dataKey);
    const zeile = await db
      .selectFrom('antrag')
      .selectAll()
      .where('id', '=', rostock.id)
      .executeTakeFirstOrThrow();
    const eingang = repo.antragDaten(zeile);
    const geaendert = {
      ...eingang,
      daten: {
        ...eingang.daten,
        'persoenliche-daten': { ...eingang.daten['persoenliche-daten']!, familienname: 'Verändert' },
      },
    };
    await db
      .updateTable('antrag')
      .set({ daten: repo.verschluesseln.antrag(rostock.id, geaendert) })
      .where('id', '=', rostock.id)
      .execute();
    expect(
      repo.antragDaten({
        id: rostock.id,
        daten: (
          await db.selectFrom('antrag').select('daten').where('id', '=', rostock.id).executeTakeFirstOrThrow()
        ).daten,
      }).daten['persoenliche-daten']?.familienname,
    ).toBe('Verändert');

    const nachher = (await api('GET', `/antraege/${rostock.vorgangsnummer}`, keyRostock)).json<
      typeof vorher
    >();
    expect(nachher.daten).toEqual(vorher.daten);
    expect(nachher.angaben).toEqual(vorher.angaben);
    expect(nachher.zusammenfassung).toEqual(vorher.zusammenfassung);
    expect(JSON.stringify(nachher)).not.toContain('Verändert');
    await db
      .updateTable('antrag')
      .set({ daten: repo.verschluesseln.antrag(rostock.id, eingang) })
      .where('id', '=', rostock.id)
      .execute();
  });

  test.each([
    '/antraege/MR-2026-ZZZZZZ',
    '/antraege/kaputt',
    '/antraege/NR/dateien/AAAAAAAAAAAAAAAA',
    '/antraege/NR/nachrichten/7f1d2c3b-4a59-4e6f-8a1b-2c3d4e5f6a7b',
    '/gibt-es-nicht',
  ])('%s: 404 problem document', async (url) => {
    const res = await api('GET', url.replace('NR', rostock.vorgangsnummer), keyRostock);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});

describe('writing', () => {
  test('set status: legal transitions with who and version; illegal ones 409; bad bodies 400', async () => {
    const n = rostock.vorgangsnummer;
    const ok = await api('POST', `/antraege/${n}/status`, keyRostock, {
      status: 'in_bearbeitung',
      version: 0,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'in_bearbeitung', version: 1 });
    const alt = await api('POST', `/antraege/${n}/status`, keyRostock, {
      status: 'entschieden',
      version: 0,
      entscheidung: { art: 'abgelehnt' },
    });
    expect(alt.statusCode).toBe(409);
    expect(alt.json()).toMatchObject({ title: 'Inzwischen geändert' });
    const illegal = await api('POST', `/antraege/${n}/status`, keyRostock, { status: 'abgeschlossen' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json<{ detail: string }>().detail).toContain(
      'kann nicht auf „Abgeschlossen“ gesetzt werden',
    );
    for (const body of [
      { status: 'fertig' },
      { status: 'entschieden', entscheidung: { art: 'darlehen' } },
      { status: 'entschieden', entscheidung: { art: 'beihilfe', betragCent: 'viel' } },
      { status: 'in_bearbeitung', unbekannt: 1 },
    ]) {
      const res = await api('POST', `/antraege/${n}/status`, keyRostock, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    }
    const kaputt = await t.app.inject({
      method: 'POST',
      url: `/api/v1/antraege/${n}/status`,
      headers: { authorization: `Bearer ${keyRostock}`, 'content-type': 'application/json' },
      payload: '{"status":',
    });
    expect(kaputt.statusCode).toBe(400);
    expect(kaputt.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const historie = await db
      .selectFrom('posteingang_status_aenderung')
      .selectAll()
      .where('antrag_id', '=', rostock.id)
      .execute();
    expect(historie.map((h) => [h.nach, h.akteur_art, h.akteur_name])).toEqual([
      ['in_bearbeitung', 'api', 'Schnittstelle „Prosoz 14plus“'],
    ]);
  });

  test('create a request: 201, the case waits for documents; bad input 400', async () => {
    const n = rostock.vorgangsnummer;
    const res = await api('POST', `/antraege/${n}/nachforderungen`, keyRostock, {
      unterlagen: ['kontoauszuege'],
      frist: '2026-12-10',
      hinweis: 'Bitte alle Konten.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      unterlagen: ['kontoauszuege'],
      frist: '2026-12-10',
      status: 'offen',
      hinweis: 'Bitte alle Konten.',
    });
    const a = await api('GET', `/antraege/${n}`, keyRostock);
    expect(a.json()).toMatchObject({ status: 'unterlagen_nachgefordert' });
    const fehler = await api('POST', `/antraege/${n}/nachforderungen`, keyRostock, {
      unterlagen: ['steuererklaerung'],
      frist: '2027-12-31',
    });
    expect(fehler.statusCode).toBe(400);
    expect(fehler.json<{ fehler: Record<string, string> }>().fehler).toMatchObject({
      unterlagen: 'Wählen Sie nur Unterlagen aus der Liste aus',
      frist: expect.stringContaining('höchstens 180 Tage') as unknown,
    });
  });

  test('POSTs need no CSRF token but a key', async () => {
    const res = await api('POST', `/antraege/${rostock.vorgangsnummer}/status`, undefined, {
      status: 'entschieden',
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('OpenAPI', () => {
  test('served, version 3.1, describes exactly the routes under /api/v1', async () => {
    const res = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toBe('3.1.0');
    const beschrieben = Object.entries(doc.paths)
      .flatMap(([pfad, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} /api/v1${pfad.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .sort();
    const routen = t.app.routenTabelle
      .filter((r) => r.url.startsWith('/api/v1/') && r.methode !== 'HEAD' && r.url !== '/api/v1/openapi.json')
      .map((r) => `${r.methode} ${r.url}`)
      .sort();
    expect(beschrieben).toEqual(routen);
    expect(routen.length).toBe(9);
  });

  test('every $ref points to a defined schema', () => {
    const doc = openApiDokument('https://x');
    const text = JSON.stringify(doc);
    for (const [, name] of text.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g))
      expect(Object.keys(doc.components.schemas), name).toContain(name);
  });
});
