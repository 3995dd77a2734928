import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { enqueueZustellung, listeZustellauftraege, zustellHistorie, zustellstatus } from './outbox.ts';
import { leseVerbindung } from './verbindung.ts';
import { zustellKontext } from './verbindungstest.ts';
import { neueZustellauftraege } from './wecker.ts';
import { zustellWorker } from './worker.ts';
import { xtaClient } from './xta/client.ts';

// End to end on the embedded default: enqueue (in a transaction) → worker → XTA client → built-in mailbox
// on this app's own port → the office fetches with getStatusList/getMessage and closes.

let t: TestApp;
let internUrl: string;

beforeAll(async () => {
  t = await testApp({ env: { ZUSTELLUNG_BACKOFF_MS: '1000' } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const adresse = t.app.server.address();
  if (adresse === null || typeof adresse === 'string') throw new Error('kein Port');
  internUrl = `http://127.0.0.1:${adresse.port}/xta`;
});
afterAll(() => t.close());

function nachricht(uuid: string) {
  // Umlauts, an entity and a CDATA section: the bytes must arrive unchanged.
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xsb:vorgang.transportieren.1000001 xmlns:xsb="https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0" standard="XSozial-basis" version="2.4.0">\n  <nachrichtenkopf.g2g><identifikation.nachricht><nachrichtenUUID>${uuid}</nachrichtenUUID></identifikation.nachricht></nachrichtenkopf.g2g>\n  <xsb:x>Müller &amp; Söhne <![CDATA[<roh>]]>\r\n</xsb:x>\n</xsb:vorgang.transportieren.1000001>`;
}

test('a queued message reaches the built-in mailbox byte for byte, exactly once, and the office can fetch and close it', async () => {
  const uuid = randomUUID();
  const xml = nachricht(uuid);
  const bezug = `antrag-${randomUUID()}`;
  const auftragId = await t.datenbank.db.transaction().execute((trx) =>
    enqueueZustellung(
      trx,
      {
        behoerdeAgs: '13003',
        dienstId: DIENST_MIETRUECKSTAENDE,
        nachrichtXml: xml,
        nachrichtUUID: uuid,
        bezug,
        erstelltAm: t.uhr.jetzt(),
      },
      t.deps.secrets.dataKey,
    ),
  );
  expect((await zustellstatus(t.datenbank.db, bezug))?.status).toBe('queued');

  // The XML is stored encrypted.
  const roh = await t.datenbank.db
    .selectFrom('zustell_auftrag')
    .select('nachricht')
    .where('id', '=', auftragId)
    .executeTakeFirstOrThrow();
  expect(roh.nachricht.includes(Buffer.from('Müller'))).toBe(false);

  const worker = zustellWorker({ ...zustellKontext({ ...t.deps, internUrl }), intervallMs: 50 });
  const ergebnisse = await worker.einmal();
  expect(ergebnisse.map((e) => e.status)).toEqual(['delivered']);

  const status = await zustellstatus(t.datenbank.db, bezug);
  expect(status).toMatchObject({ status: 'delivered', behoerdeName: 'Hanse- und Universitätsstadt Rostock' });
  expect(status?.text).toBe('Zugestellt an Hanse- und Universitätsstadt Rostock am 29.11.2026 um 10:00 Uhr.');
  expect(status?.gesendetAm).toBeInstanceOf(Date);
  expect(await zustellHistorie(t.datenbank.db, auftragId)).toMatchObject([
    { nummer: 1, ergebnis: 'delivered', fehlerCode: null },
  ]);

  // The office fetches with the standard MsgBox operations, identified by its Author header on loopback.
  const v = await leseVerbindung(t.datenbank.db, '13003', DIENST_MIETRUECKSTAENDE);
  const amt = { kennung: v!.leserKennung, typ: 'xoev' };
  const client = xtaClient({
    endpunkte: {
      management: `${internUrl}/ManagementPort`,
      senden: `${internUrl}/SendXtaPort`,
      msgBox: `${internUrl}/MsgBoxPort`,
    },
    timeoutMs: 5000,
  });
  const liste = await client.getStatusList(amt);
  expect(liste.liste).toHaveLength(1);
  const md = liste.liste[0]!;
  expect(md.autor.kennung).toBe(v!.autorKennung);
  expect(md.leser.kennung).toBe(v!.leserKennung);
  expect(md.dienst).toBe(v!.dienstUri);
  expect(md.test).toBe(false);
  const abgeholt = await client.getMessage(amt, md.messageId);
  expect(abgeholt.container?.nachricht.daten.equals(Buffer.from(xml, 'utf8'))).toBe(true);
  expect(abgeholt.container?.nachricht.contentType).toBe('application/xml');
  expect(abgeholt.metadaten?.messageId).toBe(md.messageId);
  expect(abgeholt.ausstehend).toBe(0);
  await client.close(amt, abgeholt.requestId!, [md.messageId]);
  // Acknowledged: no longer listed, and the author's transport report shows the reception.
  expect((await client.getStatusList(amt)).liste).toHaveLength(0);
  const autor = { kennung: v!.autorKennung, typ: 'xoev' };
  const bericht = await client.getTransportReport(autor, md.messageId);
  expect(bericht.status).toBe(1);
  expect(bericht.metadaten.zeiten.reception).toBeInstanceOf(Date);

  // A second run finds nothing to do: nothing is delivered twice.
  expect(await worker.einmal()).toEqual([]);
  const zeilen = await t.datenbank.db
    .selectFrom('xta_nachricht')
    .select('message_id')
    .where('leser', '=', amt.kennung)
    .execute();
  expect(zeilen).toHaveLength(1);
});

test('enqueuing the same message UUID twice keeps one job', async () => {
  const uuid = randomUUID();
  const auftrag = {
    behoerdeAgs: '13003',
    dienstId: DIENST_MIETRUECKSTAENDE,
    nachrichtXml: nachricht(uuid),
    nachrichtUUID: uuid,
    bezug: 'doppelt',
  };
  const a = await enqueueZustellung(t.datenbank.db, auftrag, t.deps.secrets.dataKey);
  const b = await enqueueZustellung(t.datenbank.db, auftrag, t.deps.secrets.dataKey);
  expect(b).toBe(a);
  expect((await listeZustellauftraege(t.datenbank.db)).filter((x) => x.bezug === 'doppelt')).toHaveLength(1);
});

test('a job enqueued in a transaction that rolls back is never delivered', async () => {
  const uuid = randomUUID();
  await expect(
    t.datenbank.db.transaction().execute(async (trx) => {
      await enqueueZustellung(
        trx,
        {
          behoerdeAgs: '13003',
          dienstId: DIENST_MIETRUECKSTAENDE,
          nachrichtXml: nachricht(uuid),
          nachrichtUUID: uuid,
          bezug: 'rollback',
        },
        t.deps.secrets.dataKey,
      );
      throw new Error('Abbruch');
    }),
  ).rejects.toThrow('Abbruch');
  expect(await zustellstatus(t.datenbank.db, 'rollback')).toBeUndefined();
});

test('the in-process worker picks up new jobs by itself and stops cleanly', async () => {
  const worker = zustellWorker({ ...zustellKontext({ ...t.deps, internUrl }), intervallMs: 30 });
  worker.start();
  const uuid = randomUUID();
  await enqueueZustellung(
    t.datenbank.db,
    {
      behoerdeAgs: '13003',
      dienstId: DIENST_MIETRUECKSTAENDE,
      nachrichtXml: nachricht(uuid),
      nachrichtUUID: uuid,
      bezug: 'hintergrund',
      erstelltAm: t.uhr.jetzt(),
    },
    t.deps.secrets.dataKey,
  );
  worker.anstossen();
  for (
    let i = 0;
    i < 200 && (await zustellstatus(t.datenbank.db, 'hintergrund'))?.status !== 'delivered';
    i++
  ) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await worker.stop();
  expect((await zustellstatus(t.datenbank.db, 'hintergrund'))?.status).toBe('delivered');
});

test('a committed job wakes a sleeping worker at once, not after its poll interval', async () => {
  const worker = zustellWorker({ ...zustellKontext({ ...t.deps, internUrl }), intervallMs: 3_600_000 });
  worker.start();
  await new Promise((r) => setTimeout(r, 200)); // the first round found nothing: it sleeps for an hour
  const uuid = randomUUID();
  await enqueueZustellung(
    t.datenbank.db,
    {
      behoerdeAgs: '13003',
      dienstId: DIENST_MIETRUECKSTAENDE,
      nachrichtXml: nachricht(uuid),
      nachrichtUUID: uuid,
      bezug: 'geweckt',
      erstelltAm: t.uhr.jetzt(),
    },
    t.deps.secrets.dataKey,
  );
  neueZustellauftraege();
  for (let i = 0; i < 200 && (await zustellstatus(t.datenbank.db, 'geweckt'))?.status !== 'delivered'; i++)
    await new Promise((r) => setTimeout(r, 25));
  expect((await zustellstatus(t.datenbank.db, 'geweckt'))?.status).toBe('delivered');
  await worker.stop();
  // A stopped worker no longer listens.
  neueZustellauftraege();
});
