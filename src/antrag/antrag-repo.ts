import { hkdfSync, createHmac, randomBytes, randomInt } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/client.ts';
import type { Database } from '../db/schema.ts';
import { decrypt, decryptJson, encrypt, encryptJson, type Schluessel } from '../shared/verschluesselung.ts';
import type { AntragZeile } from './antrag-tables.ts';
import type { Eingang } from './eingang.ts';
import type { EntwurfInhalt } from './flow.ts';

// All SQL of the citizen application path. Everything personal goes through AES-256-GCM with the row id
// bound as associated data; the owner is stored as an HMAC of the BundID pseudonym, never in clear.

export type Trx = Transaction<Database>;

export type Entwurf = {
  id: string;
  inhalt: EntwurfInhalt;
  absendeSchluessel: string;
  erstelltAm: Date;
  geaendertAm: Date;
};

export type DateiInfo = {
  id: string;
  art: string;
  groesse: number;
  dateiname: string;
  mime: string;
  hochgeladenAm: Date;
};

const ID_MUSTER = /^[A-Za-z0-9_-]{16}$/;
export const istId = (id: string): boolean => ID_MUSTER.test(id);
export const neueId = (): string => randomBytes(12).toString('base64url');

/** Crockford base32 without 0/1/I/L/O/U: easy to read aloud and to type. */
const ZEICHEN = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export function neueVorgangsnummer(jahr: number): string {
  let teil = '';
  for (let i = 0; i < 6; i++) teil += ZEICHEN.charAt(randomInt(ZEICHEN.length));
  return `MR-${jahr}-${teil}`;
}

export const VORGANGSNUMMER_MUSTER = /^MR-\d{4}-[2-9A-HJKMNP-TV-Z]{6}$/;

export function antragRepo(db: Db, datenSchluessel: Schluessel) {
  const besitzerSchluessel = Buffer.from(hkdfSync('sha256', datenSchluessel, '', 'antrag-besitzer', 32));

  /** The owner key of a citizen: HMAC-SHA256 of the BundID pseudonym (bPK2). */
  function besitzerVon(pseudonym: string): string {
    return createHmac('sha256', besitzerSchluessel).update(pseudonym).digest('base64url');
  }

  const entwurfKontext = (id: string) => `antrag-entwurf:${id}`;

  function zuEntwurfIntern(row: {
    id: string;
    inhalt: Buffer;
    absende_schluessel: string;
    erstellt_am: Date;
    geaendert_am: Date;
  }): Entwurf {
    return {
      id: row.id,
      inhalt: decryptJson<EntwurfInhalt>(datenSchluessel, row.inhalt, entwurfKontext(row.id)),
      absendeSchluessel: row.absende_schluessel,
      erstelltAm: row.erstellt_am,
      geaendertAm: row.geaendert_am,
    };
  }

  async function entwurfAnlegen(besitzer: string, inhalt: EntwurfInhalt, jetzt: Date): Promise<Entwurf> {
    const id = neueId();
    const row = {
      id,
      besitzer,
      inhalt: encryptJson(datenSchluessel, inhalt, entwurfKontext(id)),
      absende_schluessel: randomBytes(16).toString('base64url'),
      erstellt_am: jetzt,
      geaendert_am: jetzt,
    };
    await db.insertInto('antrag_entwurf').values(row).execute();
    return zuEntwurfIntern(row);
  }

  async function entwurfLaden(id: string, besitzer: string): Promise<Entwurf | undefined> {
    if (!istId(id)) return undefined;
    const row = await db
      .selectFrom('antrag_entwurf')
      .select(['id', 'inhalt', 'absende_schluessel', 'erstellt_am', 'geaendert_am'])
      .where('id', '=', id)
      .where('besitzer', '=', besitzer)
      .executeTakeFirst();
    return row === undefined ? undefined : zuEntwurfIntern(row);
  }

  async function entwurfSpeichern(id: string, besitzer: string, inhalt: EntwurfInhalt, jetzt: Date) {
    await db
      .updateTable('antrag_entwurf')
      .set({ inhalt: encryptJson(datenSchluessel, inhalt, entwurfKontext(id)), geaendert_am: jetzt })
      .where('id', '=', id)
      .where('besitzer', '=', besitzer)
      .execute();
  }

  async function entwuerfeVon(besitzer: string): Promise<Entwurf[]> {
    const rows = await db
      .selectFrom('antrag_entwurf')
      .select(['id', 'inhalt', 'absende_schluessel', 'erstellt_am', 'geaendert_am'])
      .where('besitzer', '=', besitzer)
      .orderBy('geaendert_am', 'desc')
      .execute();
    return rows.map(zuEntwurfIntern);
  }

  async function entwurfLoeschen(id: string, besitzer: string): Promise<boolean> {
    const r = await db
      .deleteFrom('antrag_entwurf')
      .where('id', '=', id)
      .where('besitzer', '=', besitzer)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  const dateiKontext = (id: string) => `antrag-datei:${id}`;
  const metaKontext = (id: string) => `antrag-datei-meta:${id}`;

  async function dateiSpeichern(
    entwurfId: string,
    datei: { art: string; dateiname: string; mime: string; inhalt: Buffer },
    jetzt: Date,
  ): Promise<string> {
    const id = neueId();
    await db
      .insertInto('antrag_datei')
      .values({
        id,
        entwurf_id: entwurfId,
        antrag_id: null,
        art: datei.art,
        groesse: datei.inhalt.length,
        meta: encryptJson(datenSchluessel, { dateiname: datei.dateiname, mime: datei.mime }, metaKontext(id)),
        inhalt: encrypt(datenSchluessel, datei.inhalt, dateiKontext(id)),
        hochgeladen_am: jetzt,
      })
      .execute();
    return id;
  }

  async function dateien(
    spalte: 'entwurf_id' | 'antrag_id',
    wert: string,
    verbindung: Db | Trx = db,
  ): Promise<DateiInfo[]> {
    const rows = await verbindung
      .selectFrom('antrag_datei')
      .select(['id', 'art', 'groesse', 'meta', 'hochgeladen_am'])
      .where(spalte, '=', wert)
      .orderBy('hochgeladen_am')
      .orderBy('id')
      .execute();
    return rows.map((r) => {
      const meta = decryptJson<{ dateiname: string; mime: string }>(
        datenSchluessel,
        r.meta,
        metaKontext(r.id),
      );
      return { id: r.id, art: r.art, groesse: r.groesse, ...meta, hochgeladenAm: r.hochgeladen_am };
    });
  }

  async function dateiLoeschen(entwurfId: string, dateiId: string): Promise<boolean> {
    if (!istId(dateiId)) return false;
    const r = await db
      .deleteFrom('antrag_datei')
      .where('id', '=', dateiId)
      .where('entwurf_id', '=', entwurfId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async function dateiInhalt(
    spalte: 'entwurf_id' | 'antrag_id',
    wert: string,
    dateiId: string,
  ): Promise<Buffer | undefined> {
    if (!istId(dateiId)) return undefined;
    const row = await db
      .selectFrom('antrag_datei')
      .select(['id', 'inhalt'])
      .where('id', '=', dateiId)
      .where(spalte, '=', wert)
      .executeTakeFirst();
    return row === undefined ? undefined : decrypt(datenSchluessel, row.inhalt, dateiKontext(row.id));
  }

  const antragKontext = (id: string) => `antrag:${id}`;
  const pdfKontext = (id: string) => `antrag-pdf:${id}`;

  async function antragMitNummer(vorgangsnummer: string, besitzer: string): Promise<AntragZeile | undefined> {
    if (!VORGANGSNUMMER_MUSTER.test(vorgangsnummer)) return undefined;
    return db
      .selectFrom('antrag')
      .selectAll()
      .where('vorgangsnummer', '=', vorgangsnummer)
      .where('besitzer', '=', besitzer)
      .executeTakeFirst();
  }

  /** The application created from a draft that no longer exists (old links, back button). */
  async function antragAusEntwurf(entwurfId: string, besitzer: string): Promise<string | undefined> {
    if (!istId(entwurfId)) return undefined;
    const row = await db
      .selectFrom('antrag')
      .select('vorgangsnummer')
      .where('entwurf_id', '=', entwurfId)
      .where('besitzer', '=', besitzer)
      .executeTakeFirst();
    return row?.vorgangsnummer;
  }

  function antraegeVon(besitzer: string) {
    return db
      .selectFrom('antrag')
      .select(['vorgangsnummer', 'eingereicht_am', 'behoerde_ags'])
      .where('besitzer', '=', besitzer)
      .orderBy('eingereicht_am', 'desc')
      .execute();
  }

  return {
    besitzerVon,
    zuEntwurf: zuEntwurfIntern,
    entwurfAnlegen,
    entwurfLaden,
    entwurfSpeichern,
    entwuerfeVon,
    entwurfLoeschen,
    dateiSpeichern,
    dateienVonEntwurf: (entwurfId: string, verbindung?: Db | Trx) =>
      dateien('entwurf_id', entwurfId, verbindung),
    dateienVonAntrag: (antragId: string, verbindung?: Db | Trx) => dateien('antrag_id', antragId, verbindung),
    dateiLoeschen,
    dateiInhalt,
    antragMitNummer,
    antragAusEntwurf,
    antraegeVon,
    /** Decrypts the stored application payload. */
    antragDaten(zeile: Pick<AntragZeile, 'id' | 'daten'>): Eingang {
      return decryptJson<Eingang>(datenSchluessel, zeile.daten, antragKontext(zeile.id));
    },
    antragPdf(zeile: Pick<AntragZeile, 'id' | 'antrag_pdf'>): Buffer | null {
      return zeile.antrag_pdf === null
        ? null
        : decrypt(datenSchluessel, zeile.antrag_pdf, pdfKontext(zeile.id));
    },
    verschluesseln: {
      antrag: (id: string, daten: unknown) => encryptJson(datenSchluessel, daten, antragKontext(id)),
      pdf: (id: string, pdf: Buffer) => encrypt(datenSchluessel, pdf, pdfKontext(id)),
    },
  };
}

export type AntragRepo = ReturnType<typeof antragRepo>;

/** Locks the draft row for the submit transaction, so that two parallel submits serialise. */
export async function entwurfSperren(trx: Trx, id: string, besitzer: string) {
  return trx
    .selectFrom('antrag_entwurf')
    .select(['id', 'inhalt', 'absende_schluessel', 'erstellt_am', 'geaendert_am'])
    .where('id', '=', id)
    .where('besitzer', '=', besitzer)
    .forUpdate()
    .executeTakeFirst();
}

export async function vorgangsnummerFrei(trx: Trx, nummer: string): Promise<boolean> {
  const row = await trx
    .selectFrom('antrag')
    .select(sql<number>`1`.as('x'))
    .where('vorgangsnummer', '=', nummer)
    .executeTakeFirst();
  return row === undefined;
}

/** Deletes drafts (with their files) not changed for `tage` days; returns how many. */
export async function entwuerfeAufraeumen(db: Db, jetzt: Date, tage: number): Promise<number> {
  const vor = new Date(jetzt.getTime() - tage * 86_400_000);
  const r = await db.deleteFrom('antrag_entwurf').where('geaendert_am', '<', vor).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The day a draft is deleted if it is not changed again (ISO date, Berlin). */
export function loeschdatum(geaendertAm: Date, tage: number): string {
  return new Date(geaendertAm.getTime() + tage * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Europe/Berlin',
  });
}
