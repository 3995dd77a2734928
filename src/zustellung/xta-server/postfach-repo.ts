import { createHash, X509Certificate } from 'node:crypto';
import type { Db } from '../../db/index.ts';
import { decryptJson, encryptJson, type Schluessel } from '../../shared/index.ts';
import type { Container, Inhalt } from '../xta/inhalt.ts';
import { metadatenAusJson, type MessageMetaData } from '../xta/metadaten.ts';

// Storage of the built-in XTA mailbox: accounts, reserved MessageIDs, messages (encrypted) and fetch iterators.

export type XtaKonto = {
  kennung: string;
  name: string;
  zertifikatSha256: string | null;
  dienste: string[] | null;
  gesperrt: boolean;
};

export async function findeKonto(db: Db, kennung: string): Promise<XtaKonto | undefined> {
  const k = await db.selectFrom('xta_konto').selectAll().where('kennung', '=', kennung).executeTakeFirst();
  return k === undefined ? undefined : kontoAusZeile(k);
}

export async function findeKontoZuZertifikat(db: Db, sha256: string): Promise<XtaKonto | undefined> {
  const k = await db
    .selectFrom('xta_konto')
    .selectAll()
    .where('zertifikat_sha256', '=', sha256.toLowerCase())
    .executeTakeFirst();
  return k === undefined ? undefined : kontoAusZeile(k);
}

function kontoAusZeile(k: {
  kennung: string;
  name: string;
  zertifikat_sha256: string | null;
  dienste: string[] | null;
  gesperrt: boolean;
}): XtaKonto {
  return {
    kennung: k.kennung,
    name: k.name,
    zertifikatSha256: k.zertifikat_sha256,
    dienste: k.dienste,
    gesperrt: k.gesperrt,
  };
}

/** Creates a mailbox account if it does not exist yet; an existing account is left as it is. */
export async function stelleKontoSicher(db: Db, kennung: string, name: string): Promise<void> {
  await db
    .insertInto('xta_konto')
    .values({ kennung, name, zertifikat_sha256: null, dienste: null })
    .onConflict((oc) => oc.column('kennung').doNothing())
    .execute();
}

/** SHA-256 fingerprint (lower-case hex, no colons) of a PEM or DER certificate. */
export function zertifikatFingerabdruck(zertifikat: string | Buffer): string {
  const der = typeof zertifikat === 'string' ? new X509Certificate(zertifikat).raw : zertifikat;
  return createHash('sha256').update(der).digest('hex');
}

/** Creates or updates an account; with a certificate, TLS clients presenting it act as this account. */
export async function speichereKonto(
  db: Db,
  konto: {
    kennung: string;
    name: string;
    zertifikat?: string | null;
    dienste?: string[] | null;
    gesperrt?: boolean;
  },
): Promise<void> {
  const werte = {
    name: konto.name,
    ...(konto.zertifikat === undefined
      ? {}
      : { zertifikat_sha256: konto.zertifikat === null ? null : zertifikatFingerabdruck(konto.zertifikat) }),
    ...(konto.dienste === undefined ? {} : { dienste: konto.dienste }),
    ...(konto.gesperrt === undefined ? {} : { gesperrt: konto.gesperrt }),
  };
  await db
    .insertInto('xta_konto')
    .values({ kennung: konto.kennung, zertifikat_sha256: null, dienste: null, ...werte })
    .onConflict((oc) => oc.column('kennung').doUpdateSet(werte))
    .execute();
}

export async function reserviereMessageId(
  db: Db,
  messageId: string,
  konto: string,
  jetzt: Date,
): Promise<void> {
  await db
    .insertInto('xta_message_id')
    .values({ message_id: messageId, konto, erstellt_am: jetzt })
    .execute();
}

export async function istReserviert(db: Db, messageId: string, konto: string): Promise<boolean> {
  const r = await db
    .selectFrom('xta_message_id')
    .select('message_id')
    .where('message_id', '=', messageId)
    .where('konto', '=', konto)
    .executeTakeFirst();
  return r !== undefined;
}

type GespeicherterInhalt = Omit<Inhalt, 'daten'> & { daten: string };

export type GespeicherteNachricht = {
  messageId: string;
  autor: string;
  leser: string;
  groesse: number;
  test: boolean;
  eingangAm: Date;
  abgeholtAm: Date | null;
  quittiertAm: Date | null;
  metadaten: MessageMetaData;
};

const kontext = (messageId: string) => `xta_nachricht:${messageId}`;

/** Stores a message; false when the MessageID is already taken. */
export async function speichereNachricht(
  db: Db,
  schluessel: Schluessel,
  n: { metadaten: MessageMetaData; container: Container; groesse: number; eingangAm: Date },
): Promise<boolean> {
  const alsJson = (i: Inhalt): GespeicherterInhalt => ({ ...i, daten: i.daten.toString('base64') });
  const id = n.metadaten.messageId;
  const eingefuegt = await db
    .insertInto('xta_nachricht')
    .values({
      message_id: id,
      autor: n.metadaten.autor.kennung,
      leser: n.metadaten.leser.kennung,
      metadaten: encryptJson(schluessel, n.metadaten, kontext(id)),
      inhalt: encryptJson(
        schluessel,
        { nachricht: alsJson(n.container.nachricht), anhaenge: n.container.anhaenge.map(alsJson) },
        kontext(id),
      ),
      groesse: n.groesse,
      test: n.metadaten.test,
      eingang_am: n.eingangAm,
      abgeholt_am: null,
      quittiert_am: null,
    })
    .onConflict((oc) => oc.column('message_id').doNothing())
    .executeTakeFirst();
  return (eingefuegt.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

type NachrichtZeile = {
  message_id: string;
  autor: string;
  leser: string;
  metadaten: Buffer;
  groesse: number;
  test: boolean;
  eingang_am: Date;
  abgeholt_am: Date | null;
  quittiert_am: Date | null;
};

function ausZeile(schluessel: Schluessel, z: NachrichtZeile): GespeicherteNachricht {
  const metadaten = metadatenAusJson(decryptJson(schluessel, z.metadaten, kontext(z.message_id)));
  metadaten.zeiten.delivery = z.eingang_am;
  metadaten.zeiten.initialFetch = z.abgeholt_am ?? undefined;
  metadaten.zeiten.reception = z.quittiert_am ?? undefined;
  return {
    messageId: z.message_id,
    autor: z.autor,
    leser: z.leser,
    groesse: z.groesse,
    test: z.test,
    eingangAm: z.eingang_am,
    abgeholtAm: z.abgeholt_am,
    quittiertAm: z.quittiert_am,
    metadaten,
  };
}

const spalten = [
  'message_id',
  'autor',
  'leser',
  'metadaten',
  'groesse',
  'test',
  'eingang_am',
  'abgeholt_am',
  'quittiert_am',
] as const;

export async function findeNachricht(
  db: Db,
  schluessel: Schluessel,
  messageId: string,
): Promise<GespeicherteNachricht | undefined> {
  const z = await db
    .selectFrom('xta_nachricht')
    .select(spalten)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return z === undefined ? undefined : ausZeile(schluessel, z);
}

export async function leseInhalt(db: Db, schluessel: Schluessel, messageId: string): Promise<Container> {
  const z = await db
    .selectFrom('xta_nachricht')
    .select('inhalt')
    .where('message_id', '=', messageId)
    .executeTakeFirstOrThrow();
  const roh = decryptJson<{ nachricht: GespeicherterInhalt; anhaenge: GespeicherterInhalt[] }>(
    schluessel,
    z.inhalt,
    kontext(messageId),
  );
  const inhalt = (i: GespeicherterInhalt): Inhalt => ({ ...i, daten: Buffer.from(i.daten, 'base64') });
  return { nachricht: inhalt(roh.nachricht), anhaenge: roh.anhaenge.map(inhalt) };
}

export type Auswahl = {
  messageIds: string[];
  nurNeue: boolean | undefined;
  von: Date | undefined;
  bis: Date | undefined;
};

/** Messages in the reader's mailbox matching the selector, oldest first. Without ids: not yet acknowledged. */
export async function waehleNachrichten(
  db: Db,
  schluessel: Schluessel,
  leser: string,
  a: Auswahl,
): Promise<GespeicherteNachricht[]> {
  // A closed (acknowledged) message is gone for the reader, also when asked for by its MessageID.
  let q = db
    .selectFrom('xta_nachricht')
    .select(spalten)
    .where('leser', '=', leser)
    .where('quittiert_am', 'is', null);
  if (a.messageIds.length > 0) q = q.where('message_id', 'in', a.messageIds);
  if (a.nurNeue === true) q = q.where('abgeholt_am', 'is', null);
  if (a.von !== undefined) q = q.where('eingang_am', '>=', a.von);
  if (a.bis !== undefined) q = q.where('eingang_am', '<=', a.bis);
  const zeilen = await q.orderBy('eingang_am').orderBy('message_id').execute();
  return zeilen.map((z) => ausZeile(schluessel, z));
}

export async function markiereAbgeholt(db: Db, messageId: string, jetzt: Date): Promise<void> {
  await db
    .updateTable('xta_nachricht')
    .set({ abgeholt_am: jetzt })
    .where('message_id', '=', messageId)
    .where('abgeholt_am', 'is', null)
    .execute();
}

/** Acknowledges receipt (close/getNext with LastMsgReceived); returns the ids that belong to the reader. */
export async function quittiere(db: Db, leser: string, ids: string[], jetzt: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  const gefunden = await db
    .selectFrom('xta_nachricht')
    .select('message_id')
    .where('leser', '=', leser)
    .where('message_id', 'in', ids)
    .execute();
  await db
    .updateTable('xta_nachricht')
    .set({ quittiert_am: jetzt })
    .where('leser', '=', leser)
    .where('message_id', 'in', ids)
    .where('quittiert_am', 'is', null)
    .execute();
  return gefunden.map((g) => g.message_id);
}

export async function neuerAbruf(
  db: Db,
  a: {
    id: string;
    konto: string;
    art: 'liste' | 'nachricht';
    ids: string[];
    position: number;
    listForm: string;
    jetzt: Date;
  },
): Promise<void> {
  await db
    .insertInto('xta_abruf')
    .values({
      id: a.id,
      konto: a.konto,
      art: a.art,
      message_ids: a.ids,
      position: a.position,
      list_form: a.listForm,
      erstellt_am: a.jetzt,
      geschlossen_am: null,
    })
    .execute();
}

export function findeAbruf(db: Db, id: string, konto: string) {
  return db
    .selectFrom('xta_abruf')
    .selectAll()
    .where('id', '=', id)
    .where('konto', '=', konto)
    .where('geschlossen_am', 'is', null)
    .executeTakeFirst();
}

export async function setzeAbrufPosition(db: Db, id: string, position: number): Promise<void> {
  await db.updateTable('xta_abruf').set({ position }).where('id', '=', id).execute();
}

export async function schliesseAbruf(db: Db, id: string, jetzt: Date): Promise<void> {
  await db.updateTable('xta_abruf').set({ geschlossen_am: jetzt }).where('id', '=', id).execute();
}
