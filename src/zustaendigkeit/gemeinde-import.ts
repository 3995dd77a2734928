import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { sql, type Transaction } from 'kysely';
import type { Db, Database } from '../db/index.ts';
import { CsvFehler, leseCsv } from './csv.ts';
import {
  erkenneKopf,
  formate,
  LAND_MV,
  pruefeZeile,
  type Eintrag,
  type Kopf,
} from './gemeindeverzeichnis.ts';
import type { GemeindeverzeichnisFormat } from './zustaendigkeit-tables.ts';

// Import of the PLZ/municipality gazetteer: streams the file, checks every line, and replaces the whole data
// set in one transaction. Importing the same file (same bytes, same licence) again changes nothing.

export const STANDARD_LIZENZ = 'ODbL-1.0';
export const STANDARD_NAMENSNENNUNG = '© OpenStreetMap-Mitwirkende, ODbL 1.0 (Daten: suche-postleitzahl.org)';

/** At most this many rejected lines are reported one by one; the count is always exact. */
export const MAX_ABLEHNUNGEN_IM_DETAIL = 1000;
const STAPEL = 1000;
const SPERRE = 74656002; // advisory lock: one import at a time

export type Ablehnung = { zeile: number; grund: string };

export type ImportBericht = {
  datei: string;
  format: GemeindeverzeichnisFormat;
  formatName: string;
  /** importiert: the data set was replaced; unveraendert: the same file was already imported;
   *  abgebrochen: strict mode and lines were rejected, nothing changed. */
  ergebnis: 'importiert' | 'unveraendert' | 'abgebrochen';
  gelesen: number;
  importiert: number;
  abgelehnt: number;
  ablehnungen: Ablehnung[];
  postleitzahlen: number;
  gemeinden: number;
  zeilenInMv: number;
  lizenz: string;
  namensnennung: string;
  /** When the data set now in the database was imported. */
  importiertAm: Date | null;
};

/** The file cannot be imported at all; the data set in the database stays as it was. */
export class ImportFehler extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFehler';
  }
}

export type ImportOptionen = {
  datei: string;
  jetzt: () => Date;
  lizenz?: string | undefined;
  namensnennung?: string | undefined;
  /** Strict: if any line is rejected, import nothing. */
  streng?: boolean | undefined;
};

type Trx = Transaction<Database>;

class Zuruecksetzen extends Error {
  constructor(readonly bericht: ImportBericht) {
    super('rollback');
  }
}

async function dateiPruefen(datei: string): Promise<void> {
  try {
    const info = await stat(datei);
    if (!info.isFile()) throw new ImportFehler(`${datei} ist keine Datei.`);
  } catch (error) {
    if (error instanceof ImportFehler) throw error;
    throw new ImportFehler(`Die Datei ${datei} kann nicht gelesen werden.`);
  }
}

/** The file as text, chunk by chunk, feeding the checksum on the way. */
async function* texte(datei: string, hash: Hash): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of createReadStream(datei) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    yield decoder.write(chunk);
  }
  yield decoder.end();
}

type Zaehlung = {
  kopf: Kopf;
  gelesen: number;
  importiert: number;
  abgelehnt: number;
  zeilenInMv: number;
  ablehnungen: Ablehnung[];
};

/** Checks every line and hands the valid ones in batches to `schreibe`; refuses a file without header or valid lines. */
async function leseZeilen(
  quelle: AsyncIterable<string>,
  datei: string,
  schreibe: (stapel: Eintrag[]) => Promise<void>,
): Promise<Zaehlung> {
  let kopf: Kopf | undefined;
  const z = { gelesen: 0, importiert: 0, abgelehnt: 0, zeilenInMv: 0, ablehnungen: [] as Ablehnung[] };
  const gesehen = new Map<string, number>();
  let stapel: Eintrag[] = [];
  const lehneAb = (zeile: number, grund: string) => {
    z.abgelehnt += 1;
    if (z.ablehnungen.length < MAX_ABLEHNUNGEN_IM_DETAIL) z.ablehnungen.push({ zeile, grund });
  };
  try {
    for await (const datensatz of leseCsv(quelle)) {
      if (kopf === undefined) {
        const erkannt = erkenneKopf(datensatz.felder);
        if ('fehler' in erkannt) throw new ImportFehler(erkannt.fehler);
        kopf = erkannt;
        continue;
      }
      z.gelesen += 1;
      if (datensatz.fehler !== undefined) {
        lehneAb(datensatz.zeile, datensatz.fehler);
        continue;
      }
      const ergebnis = pruefeZeile(datensatz.felder, kopf);
      if (!ergebnis.ok) {
        lehneAb(datensatz.zeile, ergebnis.grund);
        continue;
      }
      const e = ergebnis.eintrag;
      const schluessel = `${e.plz}:${e.ags}`;
      const frueher = gesehen.get(schluessel);
      if (frueher !== undefined) {
        lehneAb(datensatz.zeile, `doppelt: PLZ ${e.plz} mit AGS ${e.ags} steht schon in Zeile ${frueher}`);
        continue;
      }
      gesehen.set(schluessel, datensatz.zeile);
      z.importiert += 1;
      if (e.ags.startsWith(LAND_MV)) z.zeilenInMv += 1;
      stapel.push(e);
      if (stapel.length >= STAPEL) {
        await schreibe(stapel);
        stapel = [];
      }
    }
  } catch (error) {
    if (error instanceof CsvFehler) throw new ImportFehler(error.message);
    if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
      throw new ImportFehler(`Die Datei ${datei} kann nicht gelesen werden (${error.code}).`);
    }
    throw error;
  }
  if (stapel.length > 0) await schreibe(stapel);

  if (kopf === undefined) throw new ImportFehler('Die Datei ist leer: Es fehlt schon die Kopfzeile.');
  if (z.importiert === 0) {
    throw new ImportFehler(
      z.gelesen === 0
        ? 'Die Datei enthält keine Datenzeilen. Der bisherige Datenbestand bleibt unverändert.'
        : `Keine der ${z.gelesen} Zeilen ist gültig. Der bisherige Datenbestand bleibt unverändert.`,
    );
  }
  return { kopf, ...z };
}

function schreibeStapel(trx: Trx, importId: number) {
  return async (stapel: Eintrag[]) => {
    await trx
      .insertInto('gemeinde_plz')
      .values(
        stapel.map((e) => ({
          plz: e.plz,
          ags: e.ags,
          name: e.name,
          kreis_name: e.kreisName,
          land: e.land,
          osm_id: e.osmId,
          import_id: importId,
        })),
      )
      .execute();
  };
}

export async function importiereGemeindeverzeichnis(
  db: Db,
  optionen: ImportOptionen,
): Promise<ImportBericht> {
  const dateiname = path.basename(optionen.datei);
  const lizenz = optionen.lizenz ?? STANDARD_LIZENZ;
  const namensnennung = optionen.namensnennung ?? STANDARD_NAMENSNENNUNG;
  await dateiPruefen(optionen.datei);
  const hash = createHash('sha256');

  try {
    return await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${SPERRE})`.execute(trx);
      const vorher = await trx
        .selectFrom('gemeindeverzeichnis_import')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();

      const importiertAm = optionen.jetzt();
      const { id: importId } = await trx
        .insertInto('gemeindeverzeichnis_import')
        .values({
          dateiname,
          format: 'plz_ort_de',
          pruefsumme: '0'.repeat(64),
          zeilen_gelesen: 0,
          zeilen_importiert: 0,
          zeilen_abgelehnt: 0,
          lizenz,
          namensnennung,
          importiert_am: importiertAm,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.deleteFrom('gemeinde_plz').execute();

      const { kopf, ...z } = await leseZeilen(
        texte(optionen.datei, hash),
        optionen.datei,
        schreibeStapel(trx, importId),
      );

      const pruefsumme = hash.digest('hex');
      const zaehlung = await trx
        .selectFrom('gemeinde_plz')
        .select([
          sql<number>`count(distinct plz)::int`.as('postleitzahlen'),
          sql<number>`count(distinct ags)::int`.as('gemeinden'),
        ])
        .executeTakeFirstOrThrow();
      const bericht: ImportBericht = {
        datei: dateiname,
        format: kopf.format,
        formatName: formate[kopf.format].name,
        ergebnis: 'importiert',
        ...z,
        postleitzahlen: zaehlung.postleitzahlen,
        gemeinden: zaehlung.gemeinden,
        lizenz,
        namensnennung,
        importiertAm,
      };

      if (
        vorher?.pruefsumme === pruefsumme &&
        vorher.lizenz === lizenz &&
        vorher.namensnennung === namensnennung
      ) {
        throw new Zuruecksetzen({ ...bericht, ergebnis: 'unveraendert', importiertAm: vorher.importiert_am });
      }
      if (optionen.streng === true && z.abgelehnt > 0) {
        throw new Zuruecksetzen({
          ...bericht,
          ergebnis: 'abgebrochen',
          importiertAm: vorher?.importiert_am ?? null,
        });
      }

      await trx
        .updateTable('gemeindeverzeichnis_import')
        .set({
          format: kopf.format,
          pruefsumme,
          zeilen_gelesen: z.gelesen,
          zeilen_importiert: z.importiert,
          zeilen_abgelehnt: z.abgelehnt,
        })
        .where('id', '=', importId)
        .execute();
      return bericht;
    });
  } catch (error) {
    if (error instanceof Zuruecksetzen) return error.bericht;
    throw error;
  }
}
