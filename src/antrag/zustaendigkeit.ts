import type { Db } from '../db/client.ts';
import { behoerdenStammdaten } from '../katalog/behoerden.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { findNachnutzung } from '../nachnutzung/nachnutzung-repo.ts';
import type { AntragDaten } from './flow.ts';

// The one place where the application learns which office is responsible and which offices take it online.
// Until routing by the flat's address (zustaendigkeit/) is integrated, the citizen chooses the Landkreis or
// kreisfreie Stadt of the flat (step 'wohnung-sozialamt'); swap these two functions to route by address.

/** AGS of the responsible office (örtlicher Träger der Sozialhilfe, § 98 SGB XII: where the flat is). */
export function zustaendigesAmt(d: AntragDaten): string | undefined {
  return d['wohnung-sozialamt']?.ags;
}

const ONLINE = new Set(['produktiv', 'kuendigung_angekuendigt']);

/** Offices for which "Übernahme von Mietrückstaenden" is live (re-use state). */
export async function onlineAemter(db: Db): Promise<string[]> {
  const staende = await Promise.all(
    behoerdenStammdaten.map(async (b) => ({
      ags: b.ags,
      zustand: (await findNachnutzung(db, b.ags, DIENST_MIETRUECKSTAENDE))?.zustand,
    })),
  );
  return staende.filter((s) => s.zustand !== undefined && ONLINE.has(s.zustand)).map((s) => s.ags);
}
