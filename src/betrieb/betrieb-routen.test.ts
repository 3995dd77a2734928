import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { alsPersonal, einePersonalSitzung } from '../../test/personal-sitzung.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { enqueueZustellung, leseZustellauftrag, zustellHistorie } from '../zustellung/outbox.ts';

// The operators' delivery pages: only the role Betrieb, no message content, replay of a dead job exactly once.

let t: TestApp;
let tot: string;
let zugestellt: string;
const GEHEIM = 'Erika-Mustermann-Nachrichteninhalt';

async function auftrag(ags: string, bezug: string): Promise<string> {
  return t.datenbank.db.transaction().execute((trx) =>
    enqueueZustellung(
      trx,
      {
        behoerdeAgs: ags,
        dienstId: DIENST_MIETRUECKSTAENDE,
        nachrichtXml: `<x>${GEHEIM}</x>`,
        nachrichtUUID: crypto.randomUUID(),
        bezug,
        erstelltAm: t.uhr.jetzt(),
      },
      t.deps.secrets.dataKey,
    ),
  );
}

beforeAll(async () => {
  // No worker runs in tests: the jobs stay as this file sets them.
  t = await testApp();
  tot = await auftrag('13003', 'antrag-tot');
  zugestellt = await auftrag('13004', 'antrag-zugestellt');
  await t.datenbank.db
    .updateTable('zustell_auftrag')
    .set({
      status: 'dead',
      tot_am: t.uhr.jetzt(),
      versuche: 12,
      fehler_code: '9013',
      fehler_grund: 'Dienst beim Empfänger nicht eingerichtet',
    })
    .where('id', '=', tot)
    .execute();
  await t.datenbank.db
    .updateTable('zustell_auftrag')
    .set({ status: 'delivered', zugestellt_am: t.uhr.jetzt(), versuche: 1 })
    .where('id', '=', zugestellt)
    .execute();
});
afterAll(() => t.close());

const betrieb = () =>
  alsPersonal(t, einePersonalSitzung({ anzeigename: 'Bea Betrieb', rollen: ['betrieb'], behoerden: [] }));

test('the overview counts jobs per status, warns about dead ones and filters', async () => {
  const b = await betrieb();
  const alle = await b.get('/verwaltung/betrieb');
  expect(alle.statusCode).toBe(200);
  expect(alle.body).toContain('1 nicht zustellbarer Auftrag');
  expect(alle.body).toContain('Dienst beim Empfänger nicht eingerichtet');
  expect(alle.body).toContain('Landeshauptstadt Schwerin');
  expect(alle.body).not.toContain(GEHEIM);

  const nurTot = await b.get('/verwaltung/betrieb?status=dead');
  expect(nurTot.body).toContain(`/verwaltung/betrieb/zustellung/${tot}`);
  expect(nurTot.body).not.toContain(`/verwaltung/betrieb/zustellung/${zugestellt}`);
  const nurSchwerin = await b.get('/verwaltung/betrieb?behoerde=13004');
  expect(nurSchwerin.body).toContain(`/verwaltung/betrieb/zustellung/${zugestellt}`);
  expect(nurSchwerin.body).not.toContain(`/verwaltung/betrieb/zustellung/${tot}`);
  // Nonsense filters are ignored, never a 500.
  const unsinn = await b.get('/verwaltung/betrieb?status=%3Cscript%3E&behoerde=x');
  expect(unsinn.statusCode).toBe(200);
  expect(unsinn.body).toContain(`/verwaltung/betrieb/zustellung/${tot}`);
});

test('a dead job is replayed once, with who did it in its history; a second replay is refused', async () => {
  const b = await betrieb();
  const detail = await b.get(`/verwaltung/betrieb/zustellung/${tot}`);
  expect(detail.statusCode).toBe(200);
  expect(detail.body).toContain('9013: Dienst beim Empfänger nicht eingerichtet');
  expect(detail.body).toContain('Erneut einreihen');

  const res = await b.post(`/verwaltung/betrieb/zustellung/${tot}/wiederholen`);
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe(`/verwaltung/betrieb/zustellung/${tot}?wiederholt=1`);
  expect((await b.get(String(res.headers.location))).body).toContain('Der Auftrag ist erneut eingereiht');
  expect(await leseZustellauftrag(t.datenbank.db, tot)).toMatchObject({ status: 'queued', versuche: 0 });
  expect((await zustellHistorie(t.datenbank.db, tot)).at(-1)).toMatchObject({
    ergebnis: 'replay',
    fehlerGrund: 'Vom Betrieb erneut eingereiht (Bea Betrieb)',
  });

  const nochmal = await b.post(`/verwaltung/betrieb/zustellung/${tot}/wiederholen`);
  expect(nochmal.statusCode).toBe(409);
  expect(nochmal.body).toContain('Der Auftrag ist noch in Bearbeitung und muss nicht wiederholt werden.');
  const fertig = await b.post(`/verwaltung/betrieb/zustellung/${zugestellt}/wiederholen`);
  expect(fertig.statusCode).toBe(409);
  expect(fertig.body).toContain('Der Auftrag ist bereits zugestellt.');
  expect((await zustellHistorie(t.datenbank.db, tot)).filter((v) => v.ergebnis === 'replay')).toHaveLength(1);
});

test('unknown and malformed ids are 404; a replay without CSRF token is refused', async () => {
  const b = await betrieb();
  for (const id of ['00000000-0000-4000-8000-000000000000', 'kein-auftrag', '1']) {
    expect((await b.get(`/verwaltung/betrieb/zustellung/${id}`)).statusCode).toBe(404);
    expect((await b.post(`/verwaltung/betrieb/zustellung/${id}/wiederholen`)).statusCode).toBe(404);
  }
  const ohneToken = await t.app.inject({
    method: 'POST',
    url: `/verwaltung/betrieb/zustellung/${zugestellt}/wiederholen`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: '',
  });
  expect(ohneToken.statusCode).toBe(403);
});

test('case workers and the coordination are refused; without a session the login comes first', async () => {
  for (const sitzung of [
    einePersonalSitzung({ rollen: ['sachbearbeitung'], behoerden: ['13003'] }),
    einePersonalSitzung(),
  ]) {
    const p = await alsPersonal(t, sitzung);
    for (const url of ['/verwaltung/betrieb', `/verwaltung/betrieb/zustellung/${tot}`]) {
      const res = await p.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.body).not.toContain('Dienst beim Empfänger');
    }
    expect((await p.post(`/verwaltung/betrieb/zustellung/${zugestellt}/wiederholen`)).statusCode).toBe(403);
  }
  const anonym = await t.app.inject({ url: '/verwaltung/betrieb' });
  expect(anonym.statusCode).toBe(303);
  expect(String(anonym.headers.location)).toMatch(/^\/verwaltung\/anmelden/);
});
