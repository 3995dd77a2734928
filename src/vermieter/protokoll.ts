import type { Db } from '../db/index.ts';

// The audit trail of the invitations (no personal data): what happened, when, with counts or ids only.

export type ProtokollArt =
  | 'eingeladen'
  | 'widerrufen'
  | 'ersetzt'
  | 'geoeffnet'
  | 'code_gesendet'
  | 'code_falsch'
  | 'bestaetigt'
  | 'eingereicht'
  | 'abgelehnt';

export async function protokolliere(
  db: Db,
  einladungId: string | null,
  art: ProtokollArt,
  zeitpunkt: Date,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('vermieter_protokoll')
    .values({ einladung_id: einladungId, art, zeitpunkt, details: JSON.stringify(details) })
    .execute();
}
