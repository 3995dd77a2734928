import type { Db } from '../db/index.ts';
import { tagInBerlin } from '../shared/index.ts';
import { findBehoerde, listBehoerden } from '../katalog/index.ts';
import { findNachnutzung } from '../nachnutzung/index.ts';
import {
  bestimmeZustaendigkeit,
  bewerteVerfuegbarkeit,
  normalisierePlz,
  type Verfuegbarkeit,
  type Zustaendigkeit,
  type ZustaendigkeitEingabe,
} from './regeln.ts';
import { eintraegeZurPlz, verzeichnisVorhanden } from './zustaendigkeit-repo.ts';

// What other parts call: which office is responsible for a flat, and whether it takes the application online.

/** Postal code (and, for an ambiguous one, the chosen municipality) → responsible office. */
export async function ermittleZustaendigkeit(
  db: Db,
  eingabe: ZustaendigkeitEingabe,
): Promise<Zustaendigkeit> {
  const plz = normalisierePlz(eingabe.plz);
  const [vorhanden, eintraege, behoerden] = await Promise.all([
    verzeichnisVorhanden(db),
    plz === null ? Promise.resolve([]) : eintraegeZurPlz(db, plz),
    listBehoerden(db),
  ]);
  return bestimmeZustaendigkeit(eingabe, { verzeichnisVorhanden: vorhanden, eintraege, behoerden });
}

/**
 * Whether citizens of this office can apply online for the service today, from the office's re-use state.
 * `heute` is the calendar day (YYYY-MM-DD) used for an announced deregistration; default: today in Germany.
 * Throws if the office does not exist (the AGS comes from ermittleZustaendigkeit or the Kreis selection).
 */
export async function verfuegbarkeit(
  db: Db,
  behoerdeAgs: string,
  dienstId: string,
  heute: string = tagInBerlin(),
): Promise<Verfuegbarkeit> {
  const [behoerde, stand] = await Promise.all([
    findBehoerde(db, behoerdeAgs),
    findNachnutzung(db, behoerdeAgs, dienstId),
  ]);
  if (behoerde === undefined) throw new Error(`Kein Sozialamt mit dem Schlüssel ${behoerdeAgs}`);
  return bewerteVerfuegbarkeit(stand, behoerde, heute);
}
