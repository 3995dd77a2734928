import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { stoerProxy, type StoerProxy } from '../../test/xta.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { enqueueZustellung, holeFaelligeAuftraege, leseZustellauftrag } from './outbox.ts';
import { speichereVerbindung, standardVerbindung } from './verbindung.ts';
import { zustellKontext } from './verbindungstest.ts';
import { zustellWorker } from './worker.ts';
import { sperrdauerMs } from './zustellen.ts';

// Recovery after a crash: the lease of a claimed job is one minute, renewed while the worker works.

let t: TestApp;
let port: number;
let proxy: StoerProxy;

beforeAll(async () => {
  t = await testApp({ env: { XTA_TIMEOUT_MS: '1500' } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as { port: number }).port;
  proxy = await stoerProxy(port);
  const b = await t.datenbank.db
    .selectFrom('behoerde')
    .select(['ags', 'ars', 'name', 'amt'])
    .where('ags', '=', '13071')
    .executeTakeFirstOrThrow();
  const r = await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, {
    ...standardVerbindung(b, DIENST_MIETRUECKSTAENDE, {
      kennung: t.deps.config.zustellung.autorKennung,
      name: 'Autor',
    }),
    transport: 'xta',
    endpunktManagement: `${proxy.url}/xta/ManagementPort`,
    endpunktSenden: `${proxy.url}/xta/SendXtaPort`,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.fehler));
});
afterAll(async () => {
  await proxy.close();
  await t.close();
});
beforeEach(async () => {
  proxy.verhalten = 'durchleiten';
  await t.datenbank.db
    .updateTable('zustell_auftrag')
    .set({ status: 'dead' })
    .where('status', 'in', ['queued', 'sent', 'failed'])
    .execute();
});

const kontext = (ueber: { sperreMs?: number } = {}) => ({
  ...zustellKontext({ ...t.deps, internUrl: `http://127.0.0.1:${port}/xta` }),
  ...ueber,
});

async function einreihen(ags: string) {
  const uuid = randomUUID();
  return enqueueZustellung(
    t.datenbank.db,
    {
      behoerdeAgs: ags,
      dienstId: DIENST_MIETRUECKSTAENDE,
      nachrichtXml: '<nachricht/>',
      nachrichtUUID: uuid,
      bezug: `antrag-${uuid}`,
      erstelltAm: t.uhr.jetzt(),
    },
    t.deps.secrets.dataKey,
  );
}

test('the lease is one minute by default', () => {
  expect(sperrdauerMs(kontext())).toBe(60_000);
});

test('the five jobs a killed worker had claimed are delivered by another worker one minute later', async () => {
  const ids = await Promise.all([1, 2, 3, 4, 5].map(() => einreihen('13003')));
  // The killed worker: claimed all five, then nothing (no heartbeat, no release).
  const geholt = await holeFaelligeAuftraege(t.datenbank.db, {
    jetzt: t.uhr.jetzt(),
    anzahl: 5,
    sperrdauerMs: sperrdauerMs(kontext()),
  });
  expect(geholt.map((a) => a.id).sort()).toEqual([...ids].sort());

  const anderer = zustellWorker({ ...kontext(), intervallMs: 20 });
  t.uhr.vor(59_000);
  expect(await anderer.einmal()).toEqual([]);
  t.uhr.vor(1_001);
  const ergebnisse = await anderer.einmal();
  expect(ergebnisse.map((e) => e.status)).toEqual([
    'delivered',
    'delivered',
    'delivered',
    'delivered',
    'delivered',
  ]);
});

test('a worker that is still sending keeps its lease by heartbeat, however long the send takes', async () => {
  const id = await einreihen('13071');
  proxy.verhalten = 'haengen';
  const k = kontext({ sperreMs: 600 });
  const langsam = zustellWorker({ ...k, intervallMs: 20 });
  const laeuft = langsam.einmal();
  await new Promise((r) => setTimeout(r, 150));
  // Long past the original lease on the clock; the heartbeat (every 200 ms) has renewed it meanwhile.
  t.uhr.vor(10 * 60_000);
  await new Promise((r) => setTimeout(r, 500));
  expect(await zustellWorker({ ...k, intervallMs: 20 }).einmal()).toEqual([]);
  // The hanging send ends with a timeout; then the job is the retry planner's again, not leased.
  expect(await laeuft).toMatchObject([{ status: 'failed' }]);
  const a = await t.datenbank.db
    .selectFrom('zustell_auftrag')
    .select(['sperre', 'gesperrt_bis'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  expect(a).toEqual({ sperre: null, gesperrt_bis: null });
  expect((await leseZustellauftrag(t.datenbank.db, id))?.status).toBe('failed');
});
