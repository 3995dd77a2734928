import type { Transaction } from 'kysely';
import type { Db, Database } from '../db/index.ts';
import { DIENST_MIETRUECKSTAENDE, behoerdenNachAgs } from '../katalog/index.ts';
import type { Nachnutzung } from './nachnutzung-tables.ts';

// The state of each (office, service) pair as other parts read it, and the pilot's seed. The queries of the
// re-use pages and actions are in repo/.

/** The database or an open transaction (inside a transaction always pass `trx`, never `db`: PGlite deadlocks). */
export type DbOderTrx = Db | Transaction<Database>;

export function findNachnutzung(db: Db, ags: string, dienstId: string): Promise<Nachnutzung | undefined> {
  return db
    .selectFrom('nachnutzung')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .executeTakeFirst();
}

/** Names of the offices where each service is live, keyed by service id. */
export async function liveBeiJeDienst(db: Db): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('nachnutzung')
    .select(['dienst_id', 'behoerde_ags'])
    .where('zustand', 'in', ['produktiv', 'kuendigung_angekuendigt'])
    .orderBy('behoerde_ags')
    .execute();
  const behoerden = await behoerdenNachAgs(
    db,
    rows.map((r) => r.behoerde_ags),
  );
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const name = behoerden.get(r.behoerde_ags)?.name;
    if (name !== undefined) map.set(r.dienst_id, [...(map.get(r.dienst_id) ?? []), name]);
  }
  return map;
}

/**
 * Embedded default: the pilot Hansestadt Rostock is live for "Übernahme von Mietrückständen", so a first start
 * shows both the online path and the written way. Runs once; never touches an existing record.
 */
export async function seedPilot(db: Db, heute: string): Promise<void> {
  await db
    .insertInto('nachnutzung')
    .values({
      behoerde_ags: '13003',
      dienst_id: DIENST_MIETRUECKSTAENDE,
      zustand: 'produktiv',
      produktiv_seit: heute,
      hinweis_text: null,
      wirksam_zum: null,
    })
    .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id']).doNothing())
    .execute();
}

// ---------------------------------------------------------------------------------------------------------
// What the citizen-facing service asks (wizard, responsibility, office pages).

// What citizens see of an office is read by other parts too.
export { onlineVerfuegbarkeit } from './repo/verfuegbarkeit.ts';
