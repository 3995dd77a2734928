import { randomUUID } from 'node:crypto';
import type { Db } from '../db/index.ts';

// The lease rows of the periodic jobs (see migrations/202612041310_hintergrund_lauf.sql).

export type Beanspruchung = { name: string; sperre: string; periode: Date };

/** Creates the job's row, due now, unless it exists (then its stored due time counts, across restarts). */
export async function legeLaufAn(db: Db, name: string, jetzt: Date): Promise<void> {
  await db
    .insertInto('hintergrund_lauf')
    .values({ name, faellig_am: jetzt })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

/** Claims the job if it is due and nobody holds it: rows locked by another claimer are skipped. */
export async function beanspruche(
  db: Db,
  o: { name: string; jetzt: Date; sperrdauerMs: number; prozess: string },
): Promise<Beanspruchung | undefined> {
  const sperre = randomUUID();
  return db.transaction().execute(async (trx) => {
    const zeile = await trx
      .selectFrom('hintergrund_lauf')
      .select(['faellig_am'])
      .where('name', '=', o.name)
      .where('faellig_am', '<=', o.jetzt)
      .where((eb) => eb.or([eb('gesperrt_bis', 'is', null), eb('gesperrt_bis', '<', o.jetzt)]))
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (zeile === undefined) return undefined;
    await trx
      .updateTable('hintergrund_lauf')
      .set({ sperre, gesperrt_bis: new Date(o.jetzt.getTime() + o.sperrdauerMs), prozess: o.prozess })
      .where('name', '=', o.name)
      .execute();
    return { name: o.name, sperre, periode: zeile.faellig_am };
  });
}

export async function verlaengere(db: Db, b: Beanspruchung, bis: Date): Promise<void> {
  await db
    .updateTable('hintergrund_lauf')
    .set({ gesperrt_bis: bis })
    .where('name', '=', b.name)
    .where('sperre', '=', b.sperre)
    .execute();
}

/** Releases the row, sets the next due time and records the run (only while this process holds it). */
export async function schliesseAb(
  db: Db,
  b: Beanspruchung,
  o: { naechsterLauf: Date; begonnenAm: Date; beendetAm: Date; prozess: string; fehler: string | null },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('hintergrund_lauf')
      .set({
        faellig_am: o.naechsterLauf,
        sperre: null,
        gesperrt_bis: null,
        letzter_lauf_am: o.begonnenAm,
        letzte_dauer_ms: o.beendetAm.getTime() - o.begonnenAm.getTime(),
        letzter_fehler: o.fehler,
      })
      .where('name', '=', b.name)
      .where('sperre', '=', b.sperre)
      .executeTakeFirst();
    if (r.numUpdatedRows === 0n) return;
    await trx
      .insertInto('hintergrund_protokoll')
      .values({
        name: b.name,
        periode: b.periode,
        prozess: o.prozess,
        begonnen_am: o.begonnenAm,
        beendet_am: o.beendetAm,
        ok: o.fehler === null,
        fehler: o.fehler,
      })
      .execute();
    // The history is for operators and tests; a week is enough.
    await trx
      .deleteFrom('hintergrund_protokoll')
      .where('name', '=', b.name)
      .where('begonnen_am', '<', new Date(o.begonnenAm.getTime() - 7 * 86_400_000))
      .execute();
  });
}
