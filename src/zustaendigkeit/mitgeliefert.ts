import path from 'node:path';
import type { Db } from '../db/index.ts';
import { importiereGemeindeverzeichnis, type ImportBericht } from './gemeinde-import.ts';
import { aktuellerImport } from './zustaendigkeit-repo.ts';
import { formatTag, formatZahl } from '../shared/index.ts';

// The gazetteer shipped with the repository (daten/gemeinden, ODbL 1.0): the embedded default imports it on its
// first start, so the postal code decides the office on a fresh install. A data set already in the database
// (this file from an earlier start, or the operator's own import) is kept as it is.

export const MITGELIEFERTES_VERZEICHNIS = path.resolve(
  import.meta.dirname,
  '../../daten/gemeinden/zuordnung_plz_ort_de.csv',
);

export type VerzeichnisBeimStart =
  | { art: 'eingelesen'; bericht: ImportBericht }
  | { art: 'vorhanden'; dateiname: string; zeilen: number; importiertAm: Date };

/** Imports the shipped gazetteer unless one is in the database already. Idempotent; safe in parallel starts. */
export async function gemeindeverzeichnisBeimStart(
  db: Db,
  optionen: { jetzt: () => Date; datei?: string },
): Promise<VerzeichnisBeimStart> {
  const vorher = await aktuellerImport(db);
  if (vorher !== undefined) return vorhanden(vorher);
  const bericht = await importiereGemeindeverzeichnis(db, {
    datei: optionen.datei ?? MITGELIEFERTES_VERZEICHNIS,
    jetzt: optionen.jetzt,
  });
  if (bericht.ergebnis === 'importiert') return { art: 'eingelesen', bericht };
  // Another process imported the same file a moment ago (the import holds a lock and compares checksums).
  const jetzt = await aktuellerImport(db);
  if (jetzt === undefined) throw new Error('Das mitgelieferte Gemeindeverzeichnis wurde nicht eingelesen.');
  return vorhanden(jetzt);
}

function vorhanden(i: { dateiname: string; zeilen_importiert: number; importiert_am: Date }) {
  return {
    art: 'vorhanden',
    dateiname: i.dateiname,
    zeilen: i.zeilen_importiert,
    importiertAm: i.importiert_am,
  } as const;
}

/** One line of the start message. */
export function startzeileGemeindeverzeichnis(v: VerzeichnisBeimStart | undefined): string {
  if (v === undefined) {
    return '  Gemeindeverzeichnis: keines eingelesen (npm run import:gemeinden -- DATEI); Auswahl des Landkreises';
  }
  if (v.art === 'eingelesen') {
    const b = v.bericht;
    return `  Gemeindeverzeichnis: beim ersten Start eingelesen (${b.datei}, ${formatZahl(b.importiert)} Zeilen, ${formatZahl(b.postleitzahlen)} Postleitzahlen; ${b.lizenz})`;
  }
  return `  Gemeindeverzeichnis: ${v.dateiname} (${formatZahl(v.zeilen)} Zeilen, eingelesen am ${formatTag(v.importiertAm)})`;
}

/** The data set in the database, without importing anything (PostgreSQL: the operator imports). */
export async function verzeichnisStand(db: Db): Promise<VerzeichnisBeimStart | undefined> {
  const i = await aktuellerImport(db);
  return i === undefined ? undefined : vorhanden(i);
}
