import type { NachnutzungBedingungen } from '../nachnutzung-tables.ts';
import type { DbOderTrx } from '../nachnutzung-repo.ts';

// The terms of re-use and who accepted which version.

export async function aktuelleBedingungenVersion(db: DbOderTrx): Promise<number | null> {
  const row = await db
    .selectFrom('nachnutzung_bedingungen')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return row?.version ?? null;
}

export function listeBedingungen(db: DbOderTrx): Promise<Omit<NachnutzungBedingungen, 'datei'>[]> {
  return db
    .selectFrom('nachnutzung_bedingungen')
    .select(['version', 'titel', 'text', 'dateiname', 'erstellt_von_name', 'erstellt_am'])
    .orderBy('version', 'desc')
    .execute();
}

export function findeBedingungen(
  db: DbOderTrx,
  version: number,
): Promise<NachnutzungBedingungen | undefined> {
  return db
    .selectFrom('nachnutzung_bedingungen')
    .selectAll()
    .where('version', '=', version)
    .executeTakeFirst();
}

export function listeAkzeptanzen(db: DbOderTrx, ags: string, dienstId: string) {
  return db
    .selectFrom('nachnutzung_akzeptanz')
    .select(['version', 'person_name', 'akzeptiert_am'])
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id', 'desc')
    .execute();
}
