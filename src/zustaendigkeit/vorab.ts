import type { Db } from '../db/index.ts';
import { DIENST_MIETRUECKSTAENDE, listBehoerden, type Behoerde } from '../katalog/index.ts';
import { ermittleZustaendigkeit, verfuegbarkeit } from './ermittlung.ts';
import { normalisierePlz, type Verfuegbarkeit, type Zustaendigkeit } from './regeln.ts';

// The check before the first form page: from a postal code (the BundID address, the flat's address or one
// typed in), and where needed the chosen municipality or Kreis, which office is responsible and whether it
// takes the application online today. One answer for the wizard's start and the public page.

export type VorabEingabe = {
  plz?: string | undefined;
  gemeinde?: string | undefined;
  kreis?: string | undefined;
};

export type Vorabpruefung =
  | { art: 'plz_fehlt' }
  | { art: 'plz_ungueltig'; eingabe: string }
  | { art: 'ausserhalb_mv'; ergebnis: Extract<Zustaendigkeit, { art: 'ausserhalb_mv' }> }
  | { art: 'gemeinde_waehlen'; ergebnis: Extract<Zustaendigkeit, { art: 'mehrdeutig' }> }
  /** No gazetteer, or a postal code in M-V's ranges it does not know: the Kreis fallback. */
  | { art: 'kreis_waehlen'; plz?: string; behoerden: Behoerde[] }
  | { art: 'amt'; verfuegbarkeit: Verfuegbarkeit; gemeinde?: { name: string; plz: string } };

export async function vorabPruefen(db: Db, e: VorabEingabe, heute: string): Promise<Vorabpruefung> {
  const amt = async (ags: string, gemeinde?: { name: string; plz: string }): Promise<Vorabpruefung> => ({
    art: 'amt',
    verfuegbarkeit: await verfuegbarkeit(db, ags, DIENST_MIETRUECKSTAENDE, heute),
    ...(gemeinde !== undefined ? { gemeinde } : {}),
  });
  const behoerden = await listBehoerden(db);
  const kreis = behoerden.find((b) => b.ags === e.kreis);
  if (kreis !== undefined) return amt(kreis.ags);
  const roh = e.plz?.trim() ?? '';
  if (roh === '') return { art: 'plz_fehlt' };
  const plz = normalisierePlz(roh);
  if (plz === null) return { art: 'plz_ungueltig', eingabe: roh.slice(0, 20) };
  const z = await ermittleZustaendigkeit(db, { plz, gemeindeAgs: e.gemeinde });
  switch (z.art) {
    case 'ohne_verzeichnis':
      return { art: 'kreis_waehlen', behoerden };
    case 'unbekannt':
      return { art: 'kreis_waehlen', plz, behoerden };
    case 'ausserhalb_mv':
      return { art: 'ausserhalb_mv', ergebnis: z };
    case 'mehrdeutig':
      return { art: 'gemeinde_waehlen', ergebnis: z };
    case 'eindeutig':
      return amt(z.behoerdeAgs, { name: z.gemeinde.name, plz });
  }
}
