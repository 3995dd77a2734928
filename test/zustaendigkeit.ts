import type { Db } from '../src/db/client.ts';
import { DIENST_MIETRUECKSTAENDE } from '../src/katalog/dienste.ts';
import type { NachnutzungZustand } from '../src/nachnutzung/nachnutzung-tables.ts';

// Test data for routing tests.

/** Test data: puts one (office, service) pair into a re-use state. */
export async function setzeNachnutzung(
  db: Db,
  ags: string,
  zustand: NachnutzungZustand,
  mehr: { hinweis_text?: string | null; wirksam_zum?: string | null } = {},
) {
  const werte = { zustand, hinweis_text: mehr.hinweis_text ?? null, wirksam_zum: mehr.wirksam_zum ?? null };
  await db
    .insertInto('nachnutzung')
    .values({ behoerde_ags: ags, dienst_id: DIENST_MIETRUECKSTAENDE, produktiv_seit: null, ...werte })
    .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id']).doUpdateSet(werte))
    .execute();
}
