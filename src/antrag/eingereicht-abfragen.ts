import type { SelectQueryBuilder } from 'kysely';
import type { Db, Database } from '../db/index.ts';
import type { AntragZeile } from './antrag-tables.ts';
import { VORGANGSNUMMER_MUSTER } from './repo-basis.ts';

// Reads of submitted applications for other parts (the inbox): clear columns only, contents stay encrypted
// (antragDaten, antragPdf and dateiInhalt of the repository decrypt them).

export async function antragMitNummer(db: Db, nummer: string): Promise<AntragZeile | undefined> {
  if (!VORGANGSNUMMER_MUSTER.test(nummer)) return undefined;
  return db.selectFrom('antrag').selectAll().where('vorgangsnummer', '=', nummer).executeTakeFirst();
}

export async function antragMitId(db: Db, id: string): Promise<AntragZeile | undefined> {
  return db.selectFrom('antrag').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Applications, oldest first, at most 500, optionally of one office, one owner or one id; `ausser` is a
 * subquery of application ids to leave out (the inbox passes the ones it has taken in).
 */
export async function antraegeAusser(
  db: Db,
  ausser: SelectQueryBuilder<Database, keyof Database, Record<string, string>>,
  filter: { ags?: string; besitzer?: string; id?: string } = {},
): Promise<AntragZeile[]> {
  let q = db.selectFrom('antrag as a').selectAll('a').where('a.id', 'not in', ausser);
  if (filter.ags !== undefined) q = q.where('a.behoerde_ags', '=', filter.ags);
  if (filter.besitzer !== undefined) q = q.where('a.besitzer', '=', filter.besitzer);
  if (filter.id !== undefined) q = q.where('a.id', '=', filter.id);
  return q.orderBy('a.eingereicht_am').limit(500).execute();
}

/** The clear columns of the applications of one office (no contents). */
export function antraegeDerBehoerde(db: Db, ags: string) {
  return db
    .selectFrom('antrag')
    .select([
      'id',
      'vorgangsnummer',
      'behoerde_ags',
      'eingereicht_am',
      'schonfrist_ende',
      'schonfrist_vorlaeufig',
      'jobcenter_hinweis',
    ])
    .where('behoerde_ags', '=', ags)
    .execute();
}

/** The applications of one citizen (owner HMAC), newest first. */
export function antraegeVonBesitzer(db: Db, besitzer: string): Promise<AntragZeile[]> {
  return db
    .selectFrom('antrag')
    .selectAll()
    .where('besitzer', '=', besitzer)
    .orderBy('eingereicht_am', 'desc')
    .execute();
}

/** Id and transaction number of the applications whose id or transaction number is one of `bezuege`. */
export async function antraegeMitBezug(
  db: Db,
  bezuege: string[],
): Promise<Pick<AntragZeile, 'id' | 'vorgangsnummer'>[]> {
  if (bezuege.length === 0) return [];
  return db
    .selectFrom('antrag')
    .select(['id', 'vorgangsnummer'])
    .where((eb) => eb.or([eb('id', 'in', bezuege), eb('vorgangsnummer', 'in', bezuege)]))
    .execute();
}
