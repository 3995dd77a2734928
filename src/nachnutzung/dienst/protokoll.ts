import type { DbOderTrx } from '../nachnutzung-repo.ts';
import type { NachnutzungZustand } from '../nachnutzung-tables.ts';
import type { Akteur } from './grundlagen.ts';

// The timeline and audit log of the re-use management: who did what, when, why, with which texts.

export type Protokolleintrag = {
  ags?: string | null;
  dienstId?: string | null;
  aktion: string;
  akteur: Akteur;
  von?: NachnutzungZustand | null;
  nach?: NachnutzungZustand | null;
  begruendung?: string | null;
  daten?: Record<string, unknown>;
};

/** Writes one entry to the timeline and audit log. */
export async function protokolliere(db: DbOderTrx, jetzt: Date, e: Protokolleintrag): Promise<void> {
  await db
    .insertInto('nachnutzung_ereignis')
    .values({
      behoerde_ags: e.ags ?? null,
      dienst_id: e.dienstId ?? null,
      aktion: e.aktion,
      von_zustand: e.von ?? null,
      nach_zustand: e.nach ?? null,
      person_id: e.akteur.id,
      person_name: e.akteur.name,
      begruendung: e.begruendung ?? null,
      daten: JSON.stringify(e.daten ?? {}),
      erstellt_am: jetzt,
    })
    .execute();
}
