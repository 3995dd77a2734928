import type { Db } from '../db/index.ts';

/** How long the citizen has at BundID (eID with card reader and PIN can take a while). */
export const ANFRAGE_GUELTIG_MS = 30 * 60_000;

/** Records a sent AuthnRequest. */
export async function speichereAnfrage(
  db: Db,
  anfrage: { id: string; ziel: string },
  jetzt: Date,
): Promise<void> {
  await db
    .insertInto('bundid_anfrage')
    .values({ id: anfrage.id, ziel: anfrage.ziel, erstellt_am: jetzt, verbraucht_am: null })
    .execute();
}

export type Verbrauch =
  { ok: true; ziel: string } | { ok: false; grund: 'unaufgefordert' | 'wiederholt' | 'anfrage_abgelaufen' };

/**
 * Marks the request as answered, exactly once: the update is atomic, so of two concurrent posts of the
 * same response only one wins.
 */
export async function verbraucheAnfrage(db: Db, id: string, jetzt: Date): Promise<Verbrauch> {
  const frisch = new Date(jetzt.getTime() - ANFRAGE_GUELTIG_MS);
  const row = await db
    .updateTable('bundid_anfrage')
    .set({ verbraucht_am: jetzt })
    .where('id', '=', id)
    .where('verbraucht_am', 'is', null)
    .where('erstellt_am', '>=', frisch)
    .returning('ziel')
    .executeTakeFirst();
  if (row !== undefined) return { ok: true, ziel: row.ziel };
  const vorhanden = await db
    .selectFrom('bundid_anfrage')
    .select(['verbraucht_am'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (vorhanden === undefined) return { ok: false, grund: 'unaufgefordert' };
  return { ok: false, grund: vorhanden.verbraucht_am !== null ? 'wiederholt' : 'anfrage_abgelaufen' };
}

/** Whether we ever sent (and still keep) a request with this id, to tell "unsolicited" from "other browser". */
export async function anfrageBekannt(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('bundid_anfrage').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/**
 * Deletion rule: request records are kept a day (longer than any answer may take, so a late replay is still
 * told apart from an unknown request), then deleted.
 */
export async function alteAnfragenLoeschen(db: Db, jetzt: Date): Promise<number> {
  const r = await db
    .deleteFrom('bundid_anfrage')
    .where('erstellt_am', '<', new Date(jetzt.getTime() - 24 * 3_600_000))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
