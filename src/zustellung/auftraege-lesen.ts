import type { Db } from '../db/index.ts';
import type { ZustellAuftragZeile, ZustellStatusWert } from './zustellung-tables.ts';

// Reads of delivery jobs by their reference (bezug), for the parts that enqueued them (the inbox shows the
// messages of an application). Test jobs are never included.

/** The newest job with one of these references. */
export async function neuesterAuftragMitBezug(
  db: Db,
  bezuege: string[],
): Promise<ZustellAuftragZeile | undefined> {
  return db
    .selectFrom('zustell_auftrag')
    .selectAll()
    .where('bezug', 'in', bezuege)
    .where('test', '=', false)
    .orderBy('erstellt_am', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** Every job with one of these references, oldest first. */
export function auftraegeMitBezug(db: Db, bezuege: string[]): Promise<ZustellAuftragZeile[]> {
  return db
    .selectFrom('zustell_auftrag')
    .selectAll()
    .where('bezug', 'in', bezuege)
    .where('test', '=', false)
    .orderBy('erstellt_am')
    .orderBy('id')
    .execute();
}

/** The job of one message (by its UUID) if its reference is one of `bezuege`. */
export function auftragMitNachricht(
  db: Db,
  nachrichtUUID: string,
  bezuege: string[],
): Promise<ZustellAuftragZeile | undefined> {
  return db
    .selectFrom('zustell_auftrag')
    .selectAll()
    .where('nachricht_uuid', '=', nachrichtUUID)
    .where('bezug', 'in', bezuege)
    .where('test', '=', false)
    .executeTakeFirst();
}

/** State of the jobs of one office whose reference does not start with `ohnePraefix`, oldest first. */
export function zustellstaendeDerBehoerde(
  db: Db,
  ags: string,
  ohnePraefix: string,
): Promise<{ bezug: string; status: ZustellStatusWert; zugestellt_am: Date | null; erstellt_am: Date }[]> {
  return db
    .selectFrom('zustell_auftrag')
    .select(['bezug', 'status', 'zugestellt_am', 'erstellt_am'])
    .where('behoerde_ags', '=', ags)
    .where('test', '=', false)
    .where('bezug', 'not like', `${ohnePraefix}%`)
    .orderBy('erstellt_am')
    .execute();
}

/** The references of the jobs delivered after `seit`, one entry per job. */
export async function zugestellteBezuegeSeit(db: Db, seit: Date): Promise<string[]> {
  const zeilen = await db
    .selectFrom('zustell_auftrag')
    .select('bezug')
    .where('test', '=', false)
    .where('status', '=', 'delivered')
    .where('zugestellt_am', '>', seit)
    .execute();
  return zeilen.map((z) => z.bezug);
}

/** When the last delivered job with one of these references (not starting with `ohnePraefix`) arrived. */
export async function letzteZustellung(
  db: Db,
  bezuege: string[],
  ohnePraefix: string,
): Promise<Date | undefined> {
  const z = await db
    .selectFrom('zustell_auftrag')
    .select('zugestellt_am')
    .where('bezug', 'in', bezuege)
    .where('bezug', 'not like', `${ohnePraefix}%`)
    .where('status', '=', 'delivered')
    .orderBy('zugestellt_am', 'desc')
    .executeTakeFirst();
  return z?.zugestellt_am ?? undefined;
}
