import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { freierPort, stoerProxy, type StoerProxy } from '../../test/xta.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import {
  aendereAuftrag,
  enqueueZustellung,
  entschluesselteNachricht,
  holeFaelligeAuftraege,
  leseZustellauftrag,
  wiederholeZustellung,
  zustellHistorie,
  zustellstatus,
} from './outbox.ts';
import {
  leseVersandVerbindung,
  speichereVerbindung,
  standardVerbindung,
  type VerbindungEingabe,
} from './verbindung.ts';
import { zustellKontext } from './verbindungstest.ts';
import { zustellWorker } from './worker.ts';
import { speichereKonto } from './xta-server/postfach-repo.ts';
import {
  autorVon,
  clientFuer,
  containerFuer,
  metadatenFuer,
  sperrdauerMs,
  wartezeitMs,
} from './zustellen.ts';

// Fault tests on the real path: XTA client → (fault-injecting TCP proxy) → built-in XTA server of this app.

let t: TestApp;
let port: number;
const proxies: StoerProxy[] = [];

beforeAll(async () => {
  t = await testApp({
    env: {
      XTA_TIMEOUT_MS: '10000',
      ZUSTELLUNG_BACKOFF_MS: '1000',
      ZUSTELLUNG_BACKOFF_MAX_MS: '8000',
      ZUSTELLUNG_MAX_ALTER_STUNDEN: '1',
      XTA_MAX_NACHRICHT_BYTES: '4096',
    },
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as { port: number }).port;
});
afterAll(async () => {
  for (const p of proxies) await p.close();
  await t.close();
});

// Each test looks only at its own jobs: whatever earlier tests left open is parked as dead first.
beforeEach(async () => {
  await t.datenbank.db
    .updateTable('zustell_auftrag')
    .set({ status: 'dead' })
    .where('status', 'in', ['queued', 'sent', 'failed'])
    .execute();
});

const direkt = () => `http://127.0.0.1:${port}/xta`;
const kontext = () => ({ ...zustellKontext({ ...t.deps, internUrl: direkt() }), zufall: () => 1 });
const worker = () => zustellWorker({ ...kontext(), intervallMs: 20 });

async function proxy(verhalten: StoerProxy['verhalten']) {
  const p = await stoerProxy(port, verhalten);
  proxies.push(p);
  return p;
}

/** An office connected over transport 'xta' (plain HTTP to a loopback address) with its own mailbox. */
async function verbinde(
  ags: string,
  basis: { management: string; senden: string },
  ueber: Partial<VerbindungEingabe> = {},
  mitKonto = true,
) {
  const b = await t.datenbank.db
    .selectFrom('behoerde')
    .select(['ags', 'ars', 'name', 'amt'])
    .where('ags', '=', ags)
    .executeTakeFirstOrThrow();
  const eingabe = {
    ...standardVerbindung(b, DIENST_MIETRUECKSTAENDE, {
      kennung: t.deps.config.zustellung.autorKennung,
      name: 'Autor',
    }),
    transport: 'xta' as const,
    endpunktManagement: `${basis.management}/ManagementPort`,
    endpunktSenden: `${basis.senden}/SendXtaPort`,
    ...ueber,
  };
  const r = await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, eingabe);
  if (!r.ok) throw new Error(JSON.stringify(r.fehler));
  if (mitKonto) await speichereKonto(t.datenbank.db, { kennung: r.wert.leserKennung, name: b.name });
  return r.wert;
}

async function einreihen(ags: string, text = '<nachricht/>') {
  const uuid = randomUUID();
  const bezug = `antrag-${uuid}`;
  const id = await enqueueZustellung(
    t.datenbank.db,
    {
      behoerdeAgs: ags,
      dienstId: DIENST_MIETRUECKSTAENDE,
      nachrichtXml: text,
      nachrichtUUID: uuid,
      bezug,
      erstelltAm: t.uhr.jetzt(),
    },
    t.deps.secrets.dataKey,
  );
  return { id, bezug };
}

async function imPostfach(leser: string): Promise<number> {
  const r = await t.datenbank.db
    .selectFrom('xta_nachricht')
    .select('message_id')
    .where('leser', '=', leser)
    .execute();
  return r.length;
}

test('receiver down (connection refused): retried with growing backoff, delivered once it is back', async () => {
  const tot = `http://127.0.0.1:${await freierPort()}/xta`;
  const v = await verbinde('13004', { management: tot, senden: tot });
  const { id, bezug } = await einreihen('13004');
  const w = worker();

  expect(await w.einmal()).toMatchObject([{ status: 'failed', fehlerCode: 'netz:verweigert' }]);
  let a = await leseZustellauftrag(t.datenbank.db, id);
  expect(a).toMatchObject({ status: 'failed', fehlerCode: 'netz:verweigert' });
  expect(a?.fehlerGrund).toContain('Verbindung abgelehnt');
  expect(a!.naechsterVersuchAm.getTime() - t.uhr.jetzt().getTime()).toBe(1000);
  expect(await w.einmal()).toEqual([]); // not due yet

  t.uhr.vor(1000);
  expect(await w.einmal()).toMatchObject([{ status: 'failed' }]);
  a = await leseZustellauftrag(t.datenbank.db, id);
  expect(a!.naechsterVersuchAm.getTime() - t.uhr.jetzt().getTime()).toBe(2000);
  expect((await zustellstatus(t.datenbank.db, bezug))?.text).toContain(
    'wird an Landeshauptstadt Schwerin übermittelt',
  );

  await verbinde('13004', { management: direkt(), senden: direkt() });
  t.uhr.vor(2000);
  expect(await w.einmal()).toMatchObject([{ status: 'delivered' }]);
  expect((await zustellHistorie(t.datenbank.db, id)).map((h) => [h.ergebnis, h.fehlerCode])).toEqual([
    ['failed', 'netz:verweigert'],
    ['failed', 'netz:verweigert'],
    ['delivered', null],
  ]);
  expect(await imPostfach(v.leserKennung)).toBe(1);
});

test('a server that does not answer (time-out) and an HTTP 500 without SOAP fault are retried', async () => {
  const haengt = await proxy('haengen');
  await verbinde('13071', { management: `${haengt.url}/xta`, senden: `${haengt.url}/xta` });
  await einreihen('13071');
  const start = Date.now();
  const ungeduldig = zustellWorker({ ...kontext(), timeoutMs: 400, intervallMs: 20 });
  expect(await ungeduldig.einmal()).toMatchObject([
    { status: 'failed', fehlerCode: 'netz:zeitueberschreitung' },
  ]);
  expect(Date.now() - start).toBeLessThan(3000);

  const kaputt = await proxy('http500');
  await verbinde('13071', { management: `${kaputt.url}/xta`, senden: `${kaputt.url}/xta` });
  t.uhr.vor(10_000);
  const [e] = await worker().einmal();
  expect(e).toMatchObject({ status: 'failed', fehlerCode: 'http:500' });
});

test.each([
  ['9012', 'efa:unbekannter-autor', 'Das Konto beim XTA-Server gibt es nicht'],
  ['9011', 'efa:gesperrter-autor', 'ist gesperrt'],
  ['9013', 'efa:ohne-dienst', 'nicht gebucht'],
])(
  'XTA fault %s (account or service problem) sends the job to the dead letters with a clear reason',
  async (code, kennung, grund) => {
    if (code === '9011') await speichereKonto(t.datenbank.db, { kennung, name: 'x', gesperrt: true });
    if (code === '9013')
      await speichereKonto(t.datenbank.db, { kennung, name: 'x', dienste: ['urn:anderer:dienst'] });
    await verbinde('13072', { management: direkt(), senden: direkt() }, { autorKennung: kennung });
    const { id, bezug } = await einreihen('13072');
    expect(await worker().einmal()).toMatchObject([{ status: 'dead', fehlerCode: `xta:${code}` }]);
    const a = await leseZustellauftrag(t.datenbank.db, id);
    expect(a?.status).toBe('dead');
    expect(a?.totAm).toBeInstanceOf(Date);
    expect(a?.fehlerGrund).toContain(grund);
    expect(a?.fehlerGrund).toContain(`XTA-Fehler ${code}`);
    expect((await zustellstatus(t.datenbank.db, bezug))?.text).toContain('Betriebsteam ist informiert');
    t.uhr.vor(3_600_000);
    expect(await worker().einmal()).toEqual([]); // dead letters are not retried
  },
);

test('XTA fault 9023 (message too large) is a dead letter, 9031 (reader unknown) is retried', async () => {
  await verbinde('13073', { management: direkt(), senden: direkt() });
  const gross = await einreihen('13073', `<x>${'ä'.repeat(3000)}</x>`);
  expect(await worker().einmal()).toMatchObject([{ status: 'dead', fehlerCode: 'xta:9023' }]);
  expect((await leseZustellauftrag(t.datenbank.db, gross.id))?.fehlerGrund).toContain('zu groß');

  await verbinde(
    '13073',
    { management: direkt(), senden: direkt() },
    { leserKennung: 'xsb:ohne-postfach' },
    false,
  );
  await einreihen('13073');
  expect(await worker().einmal()).toMatchObject([{ status: 'failed', fehlerCode: 'xta:9031' }]);
});

test('crash between send and acknowledgement: the server has the message, the client never saw the answer → delivered exactly once', async () => {
  const verschluckt = await proxy('antwort-verschlucken');
  const v = await verbinde('13074', { management: direkt(), senden: `${verschluckt.url}/xta` });
  const { id } = await einreihen('13074', '<einmal/>');
  expect(await worker().einmal()).toMatchObject([{ status: 'failed', fehlerCode: 'netz:abgebrochen' }]);
  expect(await imPostfach(v.leserKennung)).toBe(1); // the server did store it
  const messageId = (await leseZustellauftrag(t.datenbank.db, id))?.xtaMessageId;
  expect(messageId).toMatch(/^urn:de:xta:messageid:/);

  verschluckt.verhalten = 'durchleiten';
  t.uhr.vor(10_000);
  expect(await worker().einmal()).toMatchObject([{ status: 'delivered' }]);
  expect(verschluckt.anfragen).toBe(1); // sendMessage was not repeated: the transport report answered
  expect(await imPostfach(v.leserKennung)).toBe(1);
  expect((await leseZustellauftrag(t.datenbank.db, id))?.xtaMessageId).toBe(messageId);
});

test('a worker that dies after sending: after its lease another worker asks the report and does not resend', async () => {
  const v = await verbinde('13075', { management: direkt(), senden: direkt() });
  const { id } = await einreihen('13075', '<verwaist/>');
  const k = kontext();
  // What the dying worker did: claim, create and store the MessageID, mark the send, send — and nothing more.
  const [a] = await holeFaelligeAuftraege(t.datenbank.db, {
    jetzt: t.uhr.jetzt(),
    anzahl: 1,
    sperrdauerMs: sperrdauerMs(k),
    nurId: id,
  });
  const vv = (await leseVersandVerbindung(
    t.datenbank.db,
    t.deps.secrets.dataKey,
    '13075',
    DIENST_MIETRUECKSTAENDE,
  ))!;
  const c = clientFuer(k, vv);
  const messageId = await c.createMessageId(autorVon(vv));
  await aendereAuftrag(t.datenbank.db, a!, { xta_message_id: messageId, sendung_begonnen_am: t.uhr.jetzt() });
  const xml = entschluesselteNachricht(t.deps.secrets.dataKey, a!);
  await c.sendMessage(
    metadatenFuer(vv, {
      messageId,
      test: false,
      erstelltAm: a!.erstellt_am,
      jetzt: t.uhr.jetzt(),
      groesse: xml.length,
    }),
    containerFuer(xml, a!.nachricht_uuid),
  );

  expect(await worker().einmal()).toEqual([]); // still leased
  t.uhr.vor(sperrdauerMs(k) + 1);
  expect(await worker().einmal()).toMatchObject([{ status: 'delivered' }]);
  expect(await imPostfach(v.leserKennung)).toBe(1);
});

test('XTA fault 9024 (MessageID already used) is answered with the transport report, not with a second message', async () => {
  const v = await verbinde('13076', { management: direkt(), senden: direkt() });
  const { id } = await einreihen('13076', '<schon-da/>');
  const k = kontext();
  const [a] = await holeFaelligeAuftraege(t.datenbank.db, {
    jetzt: t.uhr.jetzt(),
    anzahl: 1,
    sperrdauerMs: sperrdauerMs(k),
    nurId: id,
  });
  const vv = (await leseVersandVerbindung(
    t.datenbank.db,
    t.deps.secrets.dataKey,
    '13076',
    DIENST_MIETRUECKSTAENDE,
  ))!;
  const c = clientFuer(k, vv);
  const messageId = await c.createMessageId(autorVon(vv));
  // The id is stored, but the mark "send started" is not: a second sender already delivered under this id.
  await aendereAuftrag(t.datenbank.db, a!, { xta_message_id: messageId, freigeben: true });
  const xml = entschluesselteNachricht(t.deps.secrets.dataKey, a!);
  await c.sendMessage(
    metadatenFuer(vv, {
      messageId,
      test: false,
      erstelltAm: a!.erstellt_am,
      jetzt: t.uhr.jetzt(),
      groesse: xml.length,
    }),
    containerFuer(xml, a!.nachricht_uuid),
  );
  expect(await worker().einmal()).toMatchObject([{ status: 'delivered' }]);
  expect(await imPostfach(v.leserKennung)).toBe(1);
});

test('maximum age → dead letter with the last reason; the operator replays it and it is delivered', async () => {
  const tot = `http://127.0.0.1:${await freierPort()}/xta`;
  await verbinde('13004', { management: tot, senden: tot }, { dienstId: 'buergergeld' });
  const uuid = randomUUID();
  const id = await enqueueZustellung(
    t.datenbank.db,
    {
      behoerdeAgs: '13004',
      dienstId: 'buergergeld',
      nachrichtXml: '<alt/>',
      nachrichtUUID: uuid,
      bezug: 'alt',
      erstelltAm: t.uhr.jetzt(),
    },
    t.deps.secrets.dataKey,
  );
  expect(await worker().einmal()).toMatchObject([{ status: 'failed' }]);
  t.uhr.vor(3_600_001);
  expect(await worker().einmal()).toMatchObject([{ status: 'dead' }]);
  const a = await leseZustellauftrag(t.datenbank.db, id);
  expect(a?.fehlerGrund).toMatch(/^Höchstalter überschritten, letzter Fehler: Verbindung abgelehnt/);

  expect(await wiederholeZustellung(t.datenbank.db, randomUUID(), t.uhr.jetzt())).toMatchObject({
    ok: false,
  });
  await verbinde('13004', { management: direkt(), senden: direkt() }, { dienstId: 'buergergeld' });
  expect(await wiederholeZustellung(t.datenbank.db, id, t.uhr.jetzt())).toEqual({ ok: true });
  expect((await leseZustellauftrag(t.datenbank.db, id))?.status).toBe('queued');
  expect(await worker().einmal()).toMatchObject([{ status: 'delivered' }]);
  expect(await wiederholeZustellung(t.datenbank.db, id, t.uhr.jetzt())).toEqual({
    ok: false,
    grund: 'Der Auftrag ist bereits zugestellt.',
  });
  expect((await zustellHistorie(t.datenbank.db, id)).map((h) => h.ergebnis)).toEqual([
    'failed',
    'dead',
    'replay',
    'delivered',
  ]);
});

test('two workers in parallel on the same database deliver every job exactly once', async () => {
  const v = await verbinde(
    '13072',
    { management: direkt(), senden: direkt() },
    { dienstId: 'grundsicherung' },
  );
  const anzahl = 12;
  for (let i = 0; i < anzahl; i++) {
    await enqueueZustellung(
      t.datenbank.db,
      {
        behoerdeAgs: '13072',
        dienstId: 'grundsicherung',
        nachrichtXml: `<n>${i}</n>`,
        nachrichtUUID: randomUUID(),
        bezug: `parallel-${i}`,
        erstelltAm: t.uhr.jetzt(),
      },
      t.deps.secrets.dataKey,
    );
  }
  const k = kontext();
  const w1 = zustellWorker({ ...k, intervallMs: 10, stapel: 2 });
  const w2 = zustellWorker({ ...k, intervallMs: 10, stapel: 2 });
  const [e1, e2] = await Promise.all([w1.einmal(), w2.einmal()]);
  const alle = [...e1, ...e2];
  expect(alle).toHaveLength(anzahl);
  expect(alle.every((e) => e.status === 'delivered')).toBe(true);
  expect(await imPostfach(v.leserKennung)).toBe(anzahl);
  for (let i = 0; i < anzahl; i++)
    expect((await zustellstatus(t.datenbank.db, `parallel-${i}`))?.status).toBe('delivered');
});

test('backoff: exponential, capped, with jitter between half and the full delay', () => {
  const k = { backoffMs: 1000, backoffMaxMs: 8000 };
  expect([1, 2, 3, 4, 5, 9].map((n) => wartezeitMs({ ...k, zufall: () => 1 }, n))).toEqual([
    1000, 2000, 4000, 8000, 8000, 8000,
  ]);
  expect(wartezeitMs({ ...k, zufall: () => 0 }, 3)).toBe(2000);
});
