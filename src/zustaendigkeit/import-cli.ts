import path from 'node:path';
import type { Db } from '../db/index.ts';
import {
  ImportFehler,
  importiereGemeindeverzeichnis,
  MAX_ABLEHNUNGEN_IM_DETAIL,
  type ImportBericht,
} from './gemeinde-import.ts';
import { formatZeit } from '../shared/index.ts';

// `npm run import:gemeinden -- DATEI [--streng] [--lizenz=…] [--namensnennung=…]`
// Exit codes: 0 imported (or unchanged) without rejected lines; 1 lines were rejected (the valid ones are
// imported unless --streng); 2 nothing imported (usage, unreadable file, unknown format, no valid line).

export const IMPORT_VERWENDUNG = [
  'Verwendung: npm run import:gemeinden -- DATEI [--streng] [--lizenz=KENNUNG] [--namensnennung=TEXT]',
  '',
  '  DATEI              CSV mit der Kopfzeile osm_id,ags,ort,plz,landkreis,bundesland',
  '                     oder plz,ags,ort,kreis_ags,kreis_name,osm_id (UTF-8)',
  '  --streng           bei einer einzigen fehlerhaften Zeile nichts importieren',
  '  --lizenz           Lizenz der Daten (Standard: ODbL-1.0)',
  '  --namensnennung    Namensnennung für das Impressum',
  '',
  'Exit-Code: 0 = eingelesen, 1 = Zeilen abgelehnt, 2 = nichts eingelesen',
].join('\n');

export type Ausgabe = { out(text: string): void; err(text: string): void };

export async function gemeindenImportBefehl(
  args: string[],
  kontext: { db: Db; jetzt: () => Date; ausgabe: Ausgabe; arbeitsverzeichnis?: string },
): Promise<number> {
  const { ausgabe } = kontext;
  const dateien: string[] = [];
  let streng = false;
  let lizenz: string | undefined;
  let namensnennung: string | undefined;
  for (const arg of args) {
    if (arg === '--streng') streng = true;
    else if (arg.startsWith('--lizenz=')) lizenz = arg.slice('--lizenz='.length).trim();
    else if (arg.startsWith('--namensnennung=')) namensnennung = arg.slice('--namensnennung='.length).trim();
    else if (arg.startsWith('--')) {
      ausgabe.err(`Unbekannte Option: ${arg}\n\n${IMPORT_VERWENDUNG}\n`);
      return 2;
    } else dateien.push(arg);
  }
  const [datei, ...zuviel] = dateien;
  if (datei === undefined || zuviel.length > 0 || lizenz === '' || namensnennung === '') {
    ausgabe.err(`${IMPORT_VERWENDUNG}\n`);
    return 2;
  }

  let bericht: ImportBericht;
  try {
    bericht = await importiereGemeindeverzeichnis(kontext.db, {
      datei: path.resolve(kontext.arbeitsverzeichnis ?? process.cwd(), datei),
      jetzt: kontext.jetzt,
      lizenz,
      namensnennung,
      streng,
    });
  } catch (error) {
    if (error instanceof ImportFehler) {
      ausgabe.err(`Import abgebrochen: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  ausgabe.out(berichtText(bericht));
  return bericht.abgelehnt > 0 ? 1 : 0;
}

export function berichtText(b: ImportBericht): string {
  const zeilen = [
    b.ergebnis === 'importiert'
      ? `Gemeindeverzeichnis eingelesen: ${b.datei}`
      : b.ergebnis === 'unveraendert'
        ? `Gemeindeverzeichnis unverändert: ${b.datei} ist bereits eingelesen${b.importiertAm === null ? '' : ` (am ${formatZeit(b.importiertAm)})`}. Nichts geändert.`
        : `Import abgebrochen (--streng): ${b.abgelehnt} fehlerhafte Zeilen. Der bisherige Datenbestand bleibt unverändert.`,
    `  Format:      ${b.formatName}`,
    `  gelesen:     ${b.gelesen} Zeilen`,
    `  gültig:      ${b.importiert} Zeilen (${b.postleitzahlen} Postleitzahlen, ${b.gemeinden} Gemeinden; ${b.zeilenInMv} Zeilen in Mecklenburg-Vorpommern)`,
    `  abgelehnt:   ${b.abgelehnt} Zeilen`,
    ...b.ablehnungen.map((a) => `    Zeile ${a.zeile}: ${a.grund}`),
    ...(b.abgelehnt > b.ablehnungen.length
      ? [`    … und ${b.abgelehnt - MAX_ABLEHNUNGEN_IM_DETAIL} weitere`]
      : []),
    `  Lizenz:      ${b.lizenz}; Namensnennung im Impressum: ${b.namensnennung}`,
  ];
  return `${zeilen.join('\n')}\n`;
}
