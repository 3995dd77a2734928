import type { Db } from '../db/index.ts';
import type { EreignisArt, EreignisWeg, PersonalEreignis } from './personal-tables.ts';

// The security log of staff accounts: who signed in, failed, was locked, created, changed. Never a password
// or a hash; details hold only role and office lists, counters and reasons.

export type Ereignis = {
  art: EreignisArt;
  zeitpunkt: Date;
  weg: EreignisWeg;
  kontoId?: string | null;
  ausgeloestVon?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
};

export async function protokolliere(db: Db, e: Ereignis): Promise<void> {
  await db
    .insertInto('personal_ereignis')
    .values({
      art: e.art,
      zeitpunkt: e.zeitpunkt,
      weg: e.weg,
      konto_id: e.kontoId ?? null,
      ausgeloest_von: e.ausgeloestVon ?? null,
      ip: e.ip ?? null,
      details: JSON.stringify(e.details ?? {}),
    })
    .execute();
}

/** Newest first. */
export function ereignisseLesen(
  db: Db,
  filter: { kontoId?: string; arten?: EreignisArt[]; limit?: number } = {},
): Promise<PersonalEreignis[]> {
  let q = db.selectFrom('personal_ereignis').selectAll();
  if (filter.kontoId !== undefined) q = q.where('konto_id', '=', filter.kontoId);
  if (filter.arten !== undefined && filter.arten.length > 0) q = q.where('art', 'in', filter.arten);
  return q
    .orderBy('zeitpunkt', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 100)
    .execute();
}
