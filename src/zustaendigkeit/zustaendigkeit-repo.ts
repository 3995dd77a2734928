import type { Db } from '../db/index.ts';
import type { GemeindePlz, GemeindeverzeichnisImport } from './zustaendigkeit-tables.ts';
import { formatTag } from '../shared/index.ts';

// SQL of the gazetteer. Other parts use ermittlung.ts; this file only loads and reports.

export function eintraegeZurPlz(db: Db, plz: string): Promise<GemeindePlz[]> {
  return db.selectFrom('gemeinde_plz').selectAll().where('plz', '=', plz).orderBy('ags').execute();
}

export async function verzeichnisVorhanden(db: Db): Promise<boolean> {
  const zeile = await db.selectFrom('gemeinde_plz').select('plz').limit(1).executeTakeFirst();
  return zeile !== undefined;
}

/** The import whose data set is in the database now (the latest one), if any. */
export function aktuellerImport(db: Db): Promise<GemeindeverzeichnisImport | undefined> {
  return db
    .selectFrom('gemeindeverzeichnis_import')
    .selectAll()
    .where('id', 'in', (q) => q.selectFrom('gemeinde_plz').select('import_id'))
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The data sources whose attribution the Impressum must show: the gazetteer's licence and attribution, once a
 * gazetteer has been imported (ODbL 1.0 requires it).
 */
export async function datenquellen(db: Db): Promise<string[]> {
  const quelle = await aktuellerImport(db);
  if (quelle === undefined) return [];
  return [
    `Zuordnung von Postleitzahlen zu Gemeinden: ${quelle.namensnennung}, eingelesen am ${formatTag(quelle.importiert_am)}`,
  ];
}
