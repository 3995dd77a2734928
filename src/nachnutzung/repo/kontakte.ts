import type { KontaktRolle, NachnutzungKontakt } from '../nachnutzung-tables.ts';
import type { DbOderTrx } from '../nachnutzung-repo.ts';

// Contacts of the Land and of the offices.

/** Contacts an office should ask: the Land level for everyone, plus the office's own entries. */
export function kontakteFuer(db: DbOderTrx, ags: string | null): Promise<NachnutzungKontakt[]> {
  let q = db.selectFrom('nachnutzung_kontakt').selectAll();
  q =
    ags === null
      ? q.where('behoerde_ags', 'is', null)
      : q.where((eb) => eb.or([eb('behoerde_ags', 'is', null), eb('behoerde_ags', '=', ags)]));
  return q.orderBy('behoerde_ags', 'desc').orderBy('ebene').orderBy('rolle').orderBy('id').execute();
}

export function alleKontakte(db: DbOderTrx): Promise<NachnutzungKontakt[]> {
  return db
    .selectFrom('nachnutzung_kontakt')
    .selectAll()
    .orderBy('behoerde_ags', 'desc')
    .orderBy('ebene')
    .orderBy('rolle')
    .orderBy('id')
    .execute();
}

export function findeKontakt(db: DbOderTrx, id: string): Promise<NachnutzungKontakt | undefined> {
  return db.selectFrom('nachnutzung_kontakt').selectAll().where('id', '=', id).executeTakeFirst();
}

/** E-mail address of the first contact with this role on the Land level, if any. */
export async function kontaktEmail(db: DbOderTrx, rolle: KontaktRolle): Promise<string | null> {
  const row = await db
    .selectFrom('nachnutzung_kontakt')
    .select('email')
    .where('rolle', '=', rolle)
    .where('behoerde_ags', 'is', null)
    .where('email', 'is not', null)
    .orderBy('id')
    .executeTakeFirst();
  return row?.email ?? null;
}
