import type { NachnutzungInteressenbekundung, NachnutzungUnterlage } from '../nachnutzung-tables.ts';
import type { DbOderTrx } from '../nachnutzung-repo.ts';

// Declarations of interest and the documents eGo MV provides.

export function listeInteressenbekundungen(
  db: DbOderTrx,
  ags: string,
  dienstId: string,
): Promise<NachnutzungInteressenbekundung[]> {
  return db
    .selectFrom('nachnutzung_interessenbekundung')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id', 'desc')
    .execute();
}

export type UnterlageOhneDatei = Omit<NachnutzungUnterlage, 'datei'>;

export function listeUnterlagen(db: DbOderTrx, ags: string, dienstId: string): Promise<UnterlageOhneDatei[]> {
  return db
    .selectFrom('nachnutzung_unterlage')
    .select([
      'id',
      'behoerde_ags',
      'dienst_id',
      'art',
      'titel',
      'url',
      'text',
      'dateiname',
      'dateityp',
      'erstellt_von_name',
      'erstellt_am',
      'empfang_bestaetigt_am',
      'empfang_bestaetigt_von_name',
    ])
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id')
    .execute();
}

export function findeUnterlage(
  db: DbOderTrx,
  ags: string,
  dienstId: string,
  id: string,
): Promise<NachnutzungUnterlage | undefined> {
  return db
    .selectFrom('nachnutzung_unterlage')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .where('id', '=', id)
    .executeTakeFirst();
}
