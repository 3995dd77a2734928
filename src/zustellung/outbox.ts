import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { decrypt, encrypt, type Schluessel, formatTag, formatUhrzeit } from '../shared/index.ts';
import { zustellStatus, type ZustellAuftragZeile, type ZustellStatusWert } from './zustellung-tables.ts';
import { findBehoerde } from '../katalog/index.ts';

// The outbox: delivery jobs written in the caller's transaction, claimed by workers with FOR UPDATE SKIP
// LOCKED plus a lease, and their history. No message content ever leaves this module unencrypted except
// towards the XTA client.

export type NeuerZustellauftrag = {
  behoerdeAgs: string;
  dienstId: string;
  /** The complete message (xSozial-basis XML); delivered byte for byte. */
  nachrichtXml: string;
  /** UUID of the message (nachrichtenkopf); a second enqueue with the same UUID is ignored. */
  nachrichtUUID: string;
  /** The caller's reference, e.g. the application id; opaque here. */
  bezug: string;
  test?: boolean;
  /** The caller's clock (deps.jetzt()); starts the maximum age and makes the job due. Default: database time. */
  erstelltAm?: Date;
};

const inhaltKontext = (nachrichtUUID: string) => `zustell_auftrag:${nachrichtUUID}`;

/**
 * Queues a message for delivery inside the caller's transaction (pass the Kysely transaction). The XML is
 * stored encrypted. Returns the job id; enqueuing the same nachrichtUUID again returns the existing job.
 */
export async function enqueueZustellung(
  trx: Db,
  auftrag: NeuerZustellauftrag,
  schluessel: Schluessel,
): Promise<string> {
  const daten = Buffer.from(auftrag.nachrichtXml, 'utf8');
  const neu = await trx
    .insertInto('zustell_auftrag')
    .values({
      behoerde_ags: auftrag.behoerdeAgs,
      dienst_id: auftrag.dienstId,
      bezug: auftrag.bezug,
      nachricht_uuid: auftrag.nachrichtUUID,
      nachricht: encrypt(schluessel, daten, inhaltKontext(auftrag.nachrichtUUID)),
      nachricht_bytes: daten.length,
      test: auftrag.test ?? false,
      ...(auftrag.erstelltAm === undefined
        ? {}
        : {
            erstellt_am: auftrag.erstelltAm,
            alter_ab: auftrag.erstelltAm,
            naechster_versuch_am: auftrag.erstelltAm,
          }),
      xta_message_id: null,
      sperre: null,
      gesperrt_bis: null,
      sendung_begonnen_am: null,
      gesendet_am: null,
      zugestellt_am: null,
      fehlgeschlagen_am: null,
      tot_am: null,
      fehler_code: null,
      fehler_grund: null,
    })
    .onConflict((oc) => oc.column('nachricht_uuid').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (neu !== undefined) return neu.id;
  const vorhanden = await trx
    .selectFrom('zustell_auftrag')
    .select('id')
    .where('nachricht_uuid', '=', auftrag.nachrichtUUID)
    .executeTakeFirstOrThrow();
  return vorhanden.id;
}

export function entschluesselteNachricht(schluessel: Schluessel, a: ZustellAuftragZeile): Buffer {
  return decrypt(schluessel, a.nachricht, inhaltKontext(a.nachricht_uuid));
}

export type GesperrterAuftrag = ZustellAuftragZeile & { sperre: string };

/**
 * Claims up to `anzahl` due jobs for this worker: rows locked by another claimer are skipped, and each
 * claimed row gets a lease token and an expiry. A job whose holder died becomes due again after the lease.
 */
export async function holeFaelligeAuftraege(
  db: Db,
  o: { jetzt: Date; anzahl: number; sperrdauerMs: number; nurId?: string },
): Promise<GesperrterAuftrag[]> {
  const sperre = randomUUID();
  const bis = new Date(o.jetzt.getTime() + o.sperrdauerMs);
  return db.transaction().execute(async (trx) => {
    let q = trx
      .selectFrom('zustell_auftrag')
      .select('id')
      .where('status', 'in', ['queued', 'sent', 'failed'])
      .where((eb) => eb.or([eb('gesperrt_bis', 'is', null), eb('gesperrt_bis', '<', o.jetzt)]));
    q = o.nurId === undefined ? q.where('naechster_versuch_am', '<=', o.jetzt) : q.where('id', '=', o.nurId);
    const ids = await q.orderBy('naechster_versuch_am').limit(o.anzahl).forUpdate().skipLocked().execute();
    if (ids.length === 0) return [];
    const zeilen = await trx
      .updateTable('zustell_auftrag')
      .set({ sperre, gesperrt_bis: bis, versuche: sql`versuche + 1` })
      .where(
        'id',
        'in',
        ids.map((i) => i.id),
      )
      .returningAll()
      .execute();
    return zeilen.map((z) => ({ ...z, sperre }));
  });
}

/** The worker's heartbeat: extends the leases it still holds (released or lost ones are left alone). */
export async function verlaengereSperren(db: Db, auftraege: GesperrterAuftrag[], bis: Date): Promise<void> {
  for (const a of auftraege) {
    await db
      .updateTable('zustell_auftrag')
      .set({ gesperrt_bis: bis })
      .where('id', '=', a.id)
      .where('sperre', '=', a.sperre)
      .execute();
  }
}

export class SperreVerloren extends Error {
  constructor(id: string) {
    super(`Der Zustellauftrag ${id} wird inzwischen von einem anderen Worker bearbeitet.`);
    this.name = 'SperreVerloren';
  }
}

type Aenderung = Partial<
  Pick<
    ZustellAuftragZeile,
    | 'status'
    | 'xta_message_id'
    | 'sendung_begonnen_am'
    | 'gesendet_am'
    | 'zugestellt_am'
    | 'fehlgeschlagen_am'
    | 'tot_am'
    | 'fehler_code'
    | 'fehler_grund'
    | 'naechster_versuch_am'
  >
> & { freigeben?: boolean };

/** Changes a claimed job only while this worker still holds its lease (fencing). */
export async function aendereAuftrag(db: Db, a: GesperrterAuftrag, aenderung: Aenderung): Promise<void> {
  const { freigeben, ...werte } = aenderung;
  const r = await db
    .updateTable('zustell_auftrag')
    .set({ ...werte, ...(freigeben === true ? { sperre: null, gesperrt_bis: null } : {}) })
    .where('id', '=', a.id)
    .where('sperre', '=', a.sperre)
    .executeTakeFirst();
  if (r.numUpdatedRows === 0n) throw new SperreVerloren(a.id);
}

export async function protokolliereVersuch(
  db: Db,
  v: {
    auftragId: string;
    begonnenAm: Date;
    beendetAm: Date;
    ergebnis: string;
    fehlerCode: string | null;
    fehlerGrund: string | null;
  },
): Promise<void> {
  await db
    .insertInto('zustell_versuch')
    .values({
      auftrag_id: v.auftragId,
      nummer: sql<number>`(select count(*) + 1 from zustell_versuch where auftrag_id = ${v.auftragId})`,
      begonnen_am: v.begonnenAm,
      beendet_am: v.beendetAm,
      ergebnis: v.ergebnis,
      fehler_code: v.fehlerCode,
      fehler_grund: v.fehlerGrund === null ? null : v.fehlerGrund.slice(0, 1000),
    })
    .execute();
}

// ---------------------------------------------------------------------------------------------------------
// Reading: status for citizens and operators

export const statusTexte: Record<ZustellStatusWert, string> = {
  queued: 'wartet auf Übermittlung',
  sent: 'gesendet, Zustellung noch nicht bestätigt',
  delivered: 'zugestellt',
  failed: 'Übermittlung gescheitert, neuer Versuch geplant',
  dead: 'nicht zustellbar, Betrieb muss eingreifen',
};

export type Zustellstatus = {
  auftragId: string;
  status: ZustellStatusWert;
  behoerdeAgs: string;
  /** e.g. "Hanse- und Universitätsstadt Rostock" */
  behoerdeName: string;
  behoerdeKurzname: string;
  erstelltAm: Date;
  gesendetAm: Date | null;
  zugestelltAm: Date | null;
  fehlgeschlagenAm: Date | null;
  totAm: Date | null;
  /** Plain German for the citizen, e.g. "Zugestellt an Hanse- und Universitätsstadt Rostock am 29.11.2026 um 10:05 Uhr." */
  text: string;
};

export function buergerText(status: ZustellStatusWert, behoerde: string, zugestelltAm: Date | null): string {
  if (status === 'delivered' && zugestelltAm !== null)
    return `Zugestellt an ${behoerde} am ${formatTag(zugestelltAm)} um ${formatUhrzeit(zugestelltAm)} Uhr.`;
  if (status === 'dead')
    return `Die elektronische Übermittlung an ${behoerde} ist bisher nicht gelungen. Das Betriebsteam ist informiert und kümmert sich darum. Ihr Antrag ist gespeichert und geht nicht verloren.`;
  return `Ihr Antrag wird an ${behoerde} übermittelt. Das dauert meist nur wenige Minuten.`;
}

/** Status of the latest delivery job with this reference (test jobs excluded), for "zugestellt an … am …". */
export async function zustellstatus(db: Db, bezug: string): Promise<Zustellstatus | undefined> {
  const a = await db
    .selectFrom('zustell_auftrag as a')
    .select([
      'a.id',
      'a.status',
      'a.behoerde_ags',
      'a.erstellt_am',
      'a.gesendet_am',
      'a.zugestellt_am',
      'a.fehlgeschlagen_am',
      'a.tot_am',
    ])
    .where('a.bezug', '=', bezug)
    .where('a.test', '=', false)
    .orderBy('a.erstellt_am', 'desc')
    .orderBy('a.id', 'desc')
    .executeTakeFirst();
  const b = a === undefined ? undefined : await findBehoerde(db, a.behoerde_ags);
  if (a === undefined || b === undefined) return undefined;
  const z = { ...a, name: b.name, kurzname: b.kurzname };
  return {
    auftragId: z.id,
    status: z.status,
    behoerdeAgs: z.behoerde_ags,
    behoerdeName: z.name,
    behoerdeKurzname: z.kurzname,
    erstelltAm: z.erstellt_am,
    gesendetAm: z.gesendet_am,
    zugestelltAm: z.zugestellt_am,
    fehlgeschlagenAm: z.fehlgeschlagen_am,
    totAm: z.tot_am,
    text: buergerText(z.status, z.name, z.zugestellt_am),
  };
}

export type AuftragUebersicht = {
  id: string;
  behoerdeAgs: string;
  dienstId: string;
  bezug: string;
  test: boolean;
  status: ZustellStatusWert;
  xtaMessageId: string | null;
  versuche: number;
  erstelltAm: Date;
  naechsterVersuchAm: Date;
  gesendetAm: Date | null;
  zugestelltAm: Date | null;
  fehlgeschlagenAm: Date | null;
  totAm: Date | null;
  fehlerCode: string | null;
  fehlerGrund: string | null;
};

function uebersicht(z: ZustellAuftragZeile): AuftragUebersicht {
  return {
    id: z.id,
    behoerdeAgs: z.behoerde_ags,
    dienstId: z.dienst_id,
    bezug: z.bezug,
    test: z.test,
    status: z.status,
    xtaMessageId: z.xta_message_id,
    versuche: z.versuche,
    erstelltAm: z.erstellt_am,
    naechsterVersuchAm: z.naechster_versuch_am,
    gesendetAm: z.gesendet_am,
    zugestelltAm: z.zugestellt_am,
    fehlgeschlagenAm: z.fehlgeschlagen_am,
    totAm: z.tot_am,
    fehlerCode: z.fehler_code,
    fehlerGrund: z.fehler_grund,
  };
}

/** Jobs for operators (no message content), newest first. */
export async function listeZustellauftraege(
  db: Db,
  filter: { status?: ZustellStatusWert[]; behoerdeAgs?: string; limit?: number } = {},
): Promise<AuftragUebersicht[]> {
  let q = db.selectFrom('zustell_auftrag').selectAll();
  if (filter.status !== undefined && filter.status.length > 0) q = q.where('status', 'in', filter.status);
  if (filter.behoerdeAgs !== undefined) q = q.where('behoerde_ags', '=', filter.behoerdeAgs);
  const zeilen = await q
    .orderBy('erstellt_am', 'desc')
    .orderBy('id')
    .limit(filter.limit ?? 100)
    .execute();
  return zeilen.map(uebersicht);
}

/** Jobs per status (all offices, test jobs included), for the operators' overview. */
export async function zaehleZustellauftraege(db: Db): Promise<Record<ZustellStatusWert, number>> {
  const zeilen = await db
    .selectFrom('zustell_auftrag')
    .select(['status', db.fn.countAll<string>().as('anzahl')])
    .groupBy('status')
    .execute();
  const zaehlung = Object.fromEntries(zustellStatus.map((s) => [s, 0])) as Record<ZustellStatusWert, number>;
  for (const z of zeilen) zaehlung[z.status] = Number(z.anzahl);
  return zaehlung;
}

export async function leseZustellauftrag(db: Db, id: string): Promise<AuftragUebersicht | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const z = await db.selectFrom('zustell_auftrag').selectAll().where('id', '=', id).executeTakeFirst();
  return z === undefined ? undefined : uebersicht(z);
}

export type Versuch = {
  nummer: number;
  begonnenAm: Date;
  beendetAm: Date;
  ergebnis: string;
  fehlerCode: string | null;
  fehlerGrund: string | null;
};

export async function zustellHistorie(db: Db, auftragId: string): Promise<Versuch[]> {
  const zeilen = await db
    .selectFrom('zustell_versuch')
    .selectAll()
    .where('auftrag_id', '=', auftragId)
    .orderBy('nummer')
    .execute();
  return zeilen.map((v) => ({
    nummer: v.nummer,
    begonnenAm: v.begonnen_am,
    beendetAm: v.beendet_am,
    ergebnis: v.ergebnis,
    fehlerCode: v.fehler_code,
    fehlerGrund: v.fehler_grund,
  }));
}

export type WiederholErgebnis = { ok: true } | { ok: false; grund: string };

/**
 * Operator action: puts a dead (or failed) job back into the queue, due now, with a fresh maximum age. The
 * stored XTA MessageID is kept, so the next attempt first asks the server whether it already has the message.
 */
export async function wiederholeZustellung(
  db: Db,
  id: string,
  jetzt: Date,
  /** Who asked for it, for the history (the CLI leaves it out). */
  von?: string,
): Promise<WiederholErgebnis> {
  const a = await leseZustellauftrag(db, id);
  if (a === undefined) return { ok: false, grund: `Einen Zustellauftrag ${id} gibt es nicht.` };
  if (a.status === 'delivered') return { ok: false, grund: 'Der Auftrag ist bereits zugestellt.' };
  if (a.status === 'queued' || a.status === 'sent')
    return { ok: false, grund: 'Der Auftrag ist noch in Bearbeitung und muss nicht wiederholt werden.' };
  const geaendert = await db
    .updateTable('zustell_auftrag')
    .set({
      status: 'queued',
      naechster_versuch_am: jetzt,
      alter_ab: jetzt,
      versuche: 0,
      tot_am: null,
      sperre: null,
      gesperrt_bis: null,
    })
    .where('id', '=', id)
    .where('status', 'in', ['dead', 'failed'])
    .executeTakeFirst();
  // Two operators at once, or the worker took it meanwhile: only one replay counts.
  if (geaendert.numUpdatedRows === 0n)
    return { ok: false, grund: 'Der Auftrag wurde inzwischen geändert. Laden Sie die Seite neu.' };
  await protokolliereVersuch(db, {
    auftragId: id,
    begonnenAm: jetzt,
    beendetAm: jetzt,
    ergebnis: 'replay',
    fehlerCode: null,
    fehlerGrund:
      von === undefined ? 'Vom Betrieb erneut eingereiht' : `Vom Betrieb erneut eingereiht (${von})`,
  });
  return { ok: true };
}

/** A failed connection-test job is not retried: it goes straight to the dead letters, with its history. */
export async function markiereTestauftragTot(db: Db, id: string, jetzt: Date): Promise<void> {
  await db
    .updateTable('zustell_auftrag')
    .set({ status: 'dead', tot_am: jetzt, sperre: null, gesperrt_bis: null })
    .where('id', '=', id)
    .where('test', '=', true)
    .where('status', 'in', ['failed', 'queued'])
    .execute();
}
