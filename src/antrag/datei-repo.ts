import type { Db } from '../db/index.ts';
import { decrypt, decryptJson, encrypt, encryptJson, type Schluessel } from '../shared/index.ts';
import { istId, neueId, type DateiInfo, type Trx } from './repo-basis.ts';

// The uploaded documents of a draft, later of its application: content and name encrypted separately, so
// listing the files never decrypts their content.

export function dateiRepo(db: Db, datenSchluessel: Schluessel) {
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

  return {
    dateiSpeichern,
    dateienVonEntwurf: (entwurfId: string, verbindung?: Db | Trx) =>
      dateien('entwurf_id', entwurfId, verbindung),
    dateienVonAntrag: (antragId: string, verbindung?: Db | Trx) => dateien('antrag_id', antragId, verbindung),
    dateiLoeschen,
    dateiInhalt,
  };
}
