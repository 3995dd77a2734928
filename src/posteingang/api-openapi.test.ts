import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModul from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, test } from 'vitest';
import { eineIdentitaet } from '../../test/anmeldung.ts';
import { testApp } from '../../test/app.ts';
import { einAntrag, mitKlage, PDF } from '../../test/posteingang.ts';
import { apiSchluesselAnlegen } from './api-schluessel.ts';

// Calls every route of the adapter API for real and checks each answer (status, content type, body) against
// the OpenAPI document the app serves, so the generated description cannot promise what the API does not do.

const t = await testApp({ env: { POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN: '0' } });
afterAll(() => t.close());

const antrag = await einAntrag(t, {
  identitaet: eineIdentitaet({ pseudonym: 'bpk2:openapi-rostock' }),
  eingaben: mitKlage([12, 10, 2026], { verhandlung: { tag: '15', monat: '1', jahr: '2027' } }),
  dateien: [{ art: 'mietvertrag', dateiname: 'Mietvertrag.pdf', inhalt: PDF }],
});
const fremd = await einAntrag(t, {
  identitaet: eineIdentitaet({ pseudonym: 'bpk2:openapi-schwerin' }),
  ags: '13004',
});
const angelegt = await apiSchluesselAnlegen(t.datenbank.db, '13003', 'Prosoz 14plus', t.uhr.jetzt());
if (!angelegt.ok) throw new Error(angelegt.meldung);
const schluessel = angelegt.schluessel;

type Dokument = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content: Record<string, { schema: unknown }> }> }>
  >;
};
const dokument = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<Dokument>();

// ajv-formats is CommonJS: its function is both the module and its `default`.
const addFormats = addFormatsModul.default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(dokument, 'openapi');

/** A JSON pointer into the document as a URI fragment. */
const zeiger = (teile: string[]) =>
  teile.map((t) => encodeURIComponent(t.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

type Aufruf = { methode: 'GET' | 'POST'; route: string; url: string; ohneSchluessel?: true; body?: unknown };

/** Every (route, status) answered, to check that each described answer was seen at least once. */
const gesehen = new Set<string>();

async function rufe(a: Aufruf): Promise<LightMyRequestResponse> {
  const res = await t.app.inject({
    method: a.methode,
    url: `/api/v1${a.url}`,
    headers: a.ohneSchluessel ? {} : { authorization: `Bearer ${schluessel}` },
    ...(a.body === undefined ? {} : { payload: a.body as Record<string, unknown> }),
  });
  const pfad = a.route.replace(/:(\w+)/g, '{$1}');
  const status = String(res.statusCode);
  const beschrieben = dokument.paths[pfad]?.[a.methode.toLowerCase()]?.responses[status];
  expect(beschrieben, `${a.methode} ${a.route} ${status} ist nicht beschrieben: ${res.body}`).toBeDefined();
  const typ = String(res.headers['content-type']).split(';')[0] ?? '';
  expect(Object.keys(beschrieben?.content ?? {}), `${a.methode} ${a.url} ${status}`).toContain(typ);
  if (typ.endsWith('json')) {
    const pruefe = ajv.compile({
      $ref: `openapi#/${zeiger(['paths', pfad, a.methode.toLowerCase(), 'responses', status, 'content', typ, 'schema'])}`,
    });
    const gueltig = pruefe(res.json());
    expect(gueltig, `${a.methode} ${a.url} ${status}: ${ajv.errorsText(pruefe.errors)}`).toBe(true);
  } else expect(res.rawPayload.length).toBeGreaterThan(0);
  gesehen.add(`${a.methode} ${a.route} ${status}`);
  return res;
}

const n = antrag.vorgangsnummer;
const FALL = '/antraege/:vorgangsnummer';

describe('every answer of the API matches its OpenAPI description', () => {
  test('list: 200, 400 per field, 401', async () => {
    const route = '/antraege';
    await rufe({ methode: 'GET', route, url: route });
    await rufe({ methode: 'GET', route, url: '/antraege?status=alle&seit=2026-01-01T00:00:00Z' });
    await rufe({ methode: 'GET', route, url: '/antraege?status=kaputt&seit=gestern' });
    await rufe({ methode: 'GET', route, url: route, ohneSchluessel: true });
  });

  test('one case, its PDF, its messages and files: 200, 401, 404', async () => {
    const json = (await rufe({ methode: 'GET', route: FALL, url: `/antraege/${n}` })).json<{
      anlagen: { id: string }[];
      nachrichten: { nachrichtUUID: string }[];
    }>();
    await rufe({ methode: 'GET', route: FALL, url: `/antraege/${fremd.vorgangsnummer}` });
    await rufe({ methode: 'GET', route: FALL, url: `/antraege/${n}`, ohneSchluessel: true });
    for (const [route, gut, schlecht] of [
      [`${FALL}/antrag.pdf`, `/antraege/${n}/antrag.pdf`, `/antraege/MR-2026-ZZZZZZ/antrag.pdf`],
      [
        `${FALL}/nachricht.xml`,
        `/antraege/${n}/nachricht.xml`,
        `/antraege/${fremd.vorgangsnummer}/nachricht.xml`,
      ],
      [
        `${FALL}/nachrichten/:nachrichtUUID`,
        `/antraege/${n}/nachrichten/${json.nachrichten[0]?.nachrichtUUID ?? ''}`,
        `/antraege/${n}/nachrichten/7f1d2c3b-4a59-4e6f-8a1b-2c3d4e5f6a7b`,
      ],
      [
        `${FALL}/dateien/:datei`,
        `/antraege/${n}/dateien/${json.anlagen[0]?.id ?? ''}`,
        `/antraege/${n}/dateien/AAAAAAAAAAAAAAAA`,
      ],
    ] as const) {
      expect((await rufe({ methode: 'GET', route, url: gut })).statusCode).toBe(200);
      expect((await rufe({ methode: 'GET', route, url: schlecht })).statusCode).toBe(404);
      expect((await rufe({ methode: 'GET', route, url: gut, ohneSchluessel: true })).statusCode).toBe(401);
    }
  });

  test('writing: request documents, decide, then refused with 409; bad bodies 400; 401; 404', async () => {
    const nf = `${FALL}/nachforderungen`;
    const st = `${FALL}/status`;
    const eingabe = { unterlagen: ['kontoauszuege'], frist: '2026-12-10', hinweis: 'Bitte alle Konten.' };
    expect(
      (await rufe({ methode: 'POST', route: nf, url: `/antraege/${n}/nachforderungen`, body: eingabe }))
        .statusCode,
    ).toBe(201);
    await rufe({
      methode: 'POST',
      route: nf,
      url: `/antraege/${n}/nachforderungen`,
      body: { unterlagen: [] },
    });
    await rufe({
      methode: 'POST',
      route: nf,
      url: `/antraege/${n}/nachforderungen`,
      body: { ...eingabe, frist: '2030-01-01' },
    });
    await rufe({
      methode: 'POST',
      route: nf,
      url: `/antraege/${fremd.vorgangsnummer}/nachforderungen`,
      body: eingabe,
    });
    await rufe({
      methode: 'POST',
      route: nf,
      url: `/antraege/${n}/nachforderungen`,
      body: eingabe,
      ohneSchluessel: true,
    });
    await rufe({ methode: 'GET', route: FALL, url: `/antraege/${n}` });

    await rufe({ methode: 'POST', route: st, url: `/antraege/${n}/status`, body: { status: 'fertig' } });
    await rufe({
      methode: 'POST',
      route: st,
      url: `/antraege/${n}/status`,
      body: { status: 'abgeschlossen' },
    });
    await rufe({
      methode: 'POST',
      route: st,
      url: `/antraege/${fremd.vorgangsnummer}/status`,
      body: { status: 'in_bearbeitung' },
    });
    await rufe({
      methode: 'POST',
      route: st,
      url: `/antraege/${n}/status`,
      body: { status: 'in_bearbeitung' },
      ohneSchluessel: true,
    });
    const entschieden = await rufe({
      methode: 'POST',
      route: st,
      url: `/antraege/${n}/status`,
      body: { status: 'entschieden', entscheidung: { art: 'beihilfe', betragCent: 125000 } },
    });
    expect(entschieden.statusCode, entschieden.body).toBe(200);
    expect(
      (await rufe({ methode: 'POST', route: nf, url: `/antraege/${n}/nachforderungen`, body: eingabe }))
        .statusCode,
    ).toBe(409);
    await rufe({ methode: 'GET', route: '/antraege', url: '/antraege?status=alle' });
  });

  test('the JSON Schema of the typed answers is public and valid JSON Schema', async () => {
    const res = await rufe({
      methode: 'GET',
      route: '/schema/antrag.json',
      url: '/schema/antrag.json',
      ohneSchluessel: true,
    });
    expect(() => new Ajv2020({ strict: false }).compile(res.json<object>())).not.toThrow();
  });

  test('each route and each described answer was called', () => {
    const routen = t.app.routenTabelle
      .filter((r) => r.url.startsWith('/api/v1/') && r.methode !== 'HEAD' && r.url !== '/api/v1/openapi.json')
      .map((r) => `${r.methode} ${r.url.slice('/api/v1'.length)}`);
    expect(routen.length).toBeGreaterThan(0);
    const beschrieben = Object.entries(dokument.paths).flatMap(([pfad, ops]) =>
      Object.entries(ops).flatMap(([m, op]) =>
        Object.keys(op.responses).map((s) => `${m.toUpperCase()} ${pfad.replace(/\{(\w+)\}/g, ':$1')} ${s}`),
      ),
    );
    for (const r of routen)
      expect(
        [...gesehen].some((g) => g.startsWith(`${r} `)),
        r,
      ).toBe(true);
    expect([...gesehen].sort()).toEqual(beschrieben.sort());
  });
});
