import type { NachnutzungEreignis } from '../nachnutzung-tables.ts';
import type { DbOderTrx } from '../nachnutzung-repo.ts';

// The timeline and the decoupling checklist of a pair.

export function listeEntkopplung(db: DbOderTrx, ags: string, dienstId: string) {
  return db
    .selectFrom('nachnutzung_entkopplung')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .execute();
}

/** The timeline of one pair, newest first. */
export function zeitleiste(db: DbOderTrx, ags: string, dienstId: string): Promise<NachnutzungEreignis[]> {
  return db
    .selectFrom('nachnutzung_ereignis')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id', 'desc')
    .execute();
}
