import type { Db } from '../db/index.ts';
import { behoerdenSeed } from './behoerden.ts';
import { dienste, externerLink } from './dienste.ts';
import type { Behoerde, Dienst } from './katalog-tables.ts';

/** Inserts the offices and the catalogue once; later edits by the offices are never overwritten. */
export async function seedKatalog(db: Db): Promise<void> {
  await db
    .insertInto('behoerde')
    .values(behoerdenSeed())
    .onConflict((oc) => oc.column('ags').doNothing())
    .execute();
  await db
    .insertInto('dienst')
    .values(
      dienste.map((d, i) => ({
        id: d.id,
        name: d.name,
        reihenfolge: i + 1,
        im_rollout_mv: d.imRolloutMv,
        eigene_antragsstrecke: d.eigeneAntragsstrecke ?? false,
        externer_link: externerLink(d),
        ozg_id: d.ozgId ?? null,
        leika_id: d.leikaId ?? null,
        steckbrief: d.steckbrief === undefined ? null : JSON.stringify(d.steckbrief),
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export function listBehoerden(db: Db): Promise<Behoerde[]> {
  return db.selectFrom('behoerde').selectAll().orderBy('ags').execute();
}

export function findBehoerde(db: Db, ags: string): Promise<Behoerde | undefined> {
  return db.selectFrom('behoerde').selectAll().where('ags', '=', ags).executeTakeFirst();
}

/** The offices with these AGS, keyed by AGS (unknown ones are missing). */
export async function behoerdenNachAgs(db: Db, agsListe: readonly string[]): Promise<Map<string, Behoerde>> {
  if (agsListe.length === 0) return new Map();
  const zeilen = await db
    .selectFrom('behoerde')
    .selectAll()
    .where('ags', 'in', [...new Set(agsListe)])
    .execute();
  return new Map(zeilen.map((b) => [b.ags, b]));
}

/**
 * Locks the first office row until the transaction ends: a lock every caller can take even before its own
 * tables have rows (the re-use management serialises its terms uploads with it).
 */
export async function sperreBehoerdenkatalog(trx: Db): Promise<void> {
  await trx.selectFrom('behoerde').select('ags').orderBy('ags').limit(1).forUpdate().execute();
}

export function listDienste(db: Db): Promise<Dienst[]> {
  return db.selectFrom('dienst').selectAll().orderBy('reihenfolge').execute();
}

export function findDienst(db: Db, id: string): Promise<Dienst | undefined> {
  return db.selectFrom('dienst').selectAll().where('id', '=', id).executeTakeFirst();
}
