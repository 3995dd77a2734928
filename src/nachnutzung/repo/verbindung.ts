import type { NachnutzungVerbindung, NachnutzungVerbindungstest } from '../nachnutzung-tables.ts';
import type { DbOderTrx } from '../nachnutzung-repo.ts';

// The case-management system of a pair and its connection tests.

export function findeVerbindung(
  db: DbOderTrx,
  ags: string,
  dienstId: string,
): Promise<NachnutzungVerbindung | undefined> {
  return db
    .selectFrom('nachnutzung_verbindung')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .executeTakeFirst();
}

export function letzterVerbindungstest(
  db: DbOderTrx,
  ags: string,
  dienstId: string,
): Promise<NachnutzungVerbindungstest | undefined> {
  return db
    .selectFrom('nachnutzung_verbindungstest')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export function listeVerbindungstests(db: DbOderTrx, ags: string, dienstId: string) {
  return db
    .selectFrom('nachnutzung_verbindungstest')
    .selectAll()
    .where('behoerde_ags', '=', ags)
    .where('dienst_id', '=', dienstId)
    .orderBy('id', 'desc')
    .limit(10)
    .execute();
}
