import type { Db } from '../db/client.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { verfuegbarkeit } from '../zustaendigkeit/ermittlung.ts';
import type { Verfuegbarkeit } from '../zustaendigkeit/regeln.ts';
import type { AntragDaten, EntwurfInhalt } from './flow.ts';

// The one place where the application learns which office is responsible and whether it takes the application
// online. The responsible office comes from the Landkreis or kreisfreie Stadt the citizen chose for the flat
// (step 'wohnung-sozialamt'); routing by the flat's postal code (zustaendigkeit/ermittleZustaendigkeit) can
// replace `zustaendigesAmt` here. Availability comes from the office's re-use state (zustaendigkeit/).

/** AGS of the responsible office (örtlicher Träger der Sozialhilfe, § 98 SGB XII: where the flat is). */
export function zustaendigesAmt(d: AntragDaten): string | undefined {
  return d['wohnung-sozialamt']?.ags;
}

/** The office chosen in a draft, read from its raw input (before evaluation); undefined if none is valid. */
function gewaehltesAmt(inhalt: EntwurfInhalt): string | undefined {
  const ags = inhalt.eingaben['wohnung-sozialamt']?.ags;
  return typeof ags === 'string' && /^\d{5}$/.test(ags) ? ags : undefined;
}

export async function verfuegbarkeitVon(
  db: Db,
  ags: string,
  heute: string,
): Promise<Verfuegbarkeit | undefined> {
  try {
    return await verfuegbarkeit(db, ags, DIENST_MIETRUECKSTAENDE, heute);
  } catch {
    return undefined; // not an office of this installation
  }
}

/** Of the offices relevant to this draft, those that take the application online today. */
export async function onlineAemter(db: Db, inhalt: EntwurfInhalt, heute: string): Promise<string[]> {
  const ags = gewaehltesAmt(inhalt);
  if (ags === undefined) return [];
  return (await verfuegbarkeitVon(db, ags, heute))?.art === 'online' ? [ags] : [];
}
