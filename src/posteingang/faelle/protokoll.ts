import type { AntragZeile } from '../../antrag/index.ts';
import type { Db } from '../../db/index.ts';
import type { ProtokollZeile, StatusAenderungZeile } from '../posteingang-tables.ts';
import type { Akteur } from './zugriff.ts';

// The audit trail of a case (who opened, downloaded or changed what) and its status history.

export type ProtokollArt =
  | 'geoeffnet'
  | 'pdf_abgerufen'
  | 'nachricht_abgerufen'
  | 'anlage_abgerufen'
  | 'status_geaendert'
  | 'nachforderung_angelegt'
  | 'unterlagen_hochgeladen'
  | 'nachreichung_gesendet'
  | 'mitteilung_gesendet'
  | 'api_abgerufen';

export const protokollTexte: Record<ProtokollArt, string> = {
  geoeffnet: 'Antrag geöffnet',
  pdf_abgerufen: 'Antrags-PDF heruntergeladen',
  nachricht_abgerufen: 'xSozial-Nachricht heruntergeladen',
  anlage_abgerufen: 'Anlage heruntergeladen',
  status_geaendert: 'Status geändert',
  nachforderung_angelegt: 'Unterlagen nachgefordert',
  unterlagen_hochgeladen: 'Unterlage hochgeladen',
  nachreichung_gesendet: 'Unterlagen nachgereicht',
  mitteilung_gesendet: 'E-Mail-Benachrichtigung versendet',
  api_abgerufen: 'Über die Schnittstelle abgerufen',
};

export async function protokolliere(
  db: Db,
  a: Pick<AntragZeile, 'id' | 'behoerde_ags'>,
  art: ProtokollArt,
  akteur: Akteur,
  jetzt: Date,
  details: Record<string, string | number | boolean> = {},
): Promise<void> {
  await db
    .insertInto('posteingang_protokoll')
    .values({
      antrag_id: a.id,
      behoerde_ags: a.behoerde_ags,
      zeitpunkt: jetzt,
      art,
      akteur_art: akteur.art,
      akteur_id: akteur.id,
      akteur_name: akteur.name,
      details: JSON.stringify(details),
    })
    .execute();
}

export function protokollLesen(db: Db, antragId: string): Promise<ProtokollZeile[]> {
  return db
    .selectFrom('posteingang_protokoll')
    .selectAll()
    .where('antrag_id', '=', antragId)
    .orderBy('zeitpunkt', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
}

export function statusHistorie(db: Db, antragId: string): Promise<StatusAenderungZeile[]> {
  return db
    .selectFrom('posteingang_status_aenderung')
    .selectAll()
    .where('antrag_id', '=', antragId)
    .orderBy('zeitpunkt')
    .orderBy('id')
    .execute();
}
