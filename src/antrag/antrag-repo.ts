import { hkdfSync, createHmac } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { tagInBerlin, type Schluessel } from '../shared/index.ts';
import { dateiRepo } from './datei-repo.ts';
import { eingereichtRepo } from './eingereicht-repo.ts';
import { entwurfRepo } from './entwurf-repo.ts';
import type { Trx } from './repo-basis.ts';

// All SQL of the citizen application path, here and in entwurf-repo.ts, datei-repo.ts and eingereicht-repo.ts.
// Everything personal goes through AES-256-GCM with the row id bound as associated data; the owner is stored
// as an HMAC of the BundID pseudonym, never in clear.

export { neueId, neueVorgangsnummer, type DateiInfo, type Entwurf, type Trx } from './repo-basis.ts';

export function antragRepo(db: Db, datenSchluessel: Schluessel) {
  const besitzerSchluessel = Buffer.from(hkdfSync('sha256', datenSchluessel, '', 'antrag-besitzer', 32));
  return {
    /** The owner key of a citizen: HMAC-SHA256 of the BundID pseudonym (bPK2). */
    besitzerVon(pseudonym: string): string {
      return createHmac('sha256', besitzerSchluessel).update(pseudonym).digest('base64url');
    },
    ...entwurfRepo(db, datenSchluessel),
    ...dateiRepo(db, datenSchluessel),
    ...eingereichtRepo(db, datenSchluessel),
  };
}

export type AntragRepo = ReturnType<typeof antragRepo>;

function entwurfZeile(db: Db | Trx, id: string, besitzer: string) {
  return db
    .selectFrom('antrag_entwurf')
    .select(['id', 'inhalt', 'absende_schluessel', 'erstellt_am', 'geaendert_am'])
    .where('id', '=', id)
    .where('besitzer', '=', besitzer);
}

/** The draft row as it is now, without a lock: what a submission prepares its documents from. */
export async function entwurfSchnappschuss(db: Db, id: string, besitzer: string) {
  return entwurfZeile(db, id, besitzer).executeTakeFirst();
}

/** Locks the draft row for the submit transaction, so that two parallel submits serialise. */
export async function entwurfSperren(trx: Trx, id: string, besitzer: string) {
  return entwurfZeile(trx, id, besitzer).forUpdate().executeTakeFirst();
}

export async function vorgangsnummerFrei(db: Db | Trx, nummer: string): Promise<boolean> {
  const row = await db
    .selectFrom('antrag')
    .select(sql<number>`1`.as('x'))
    .where('vorgangsnummer', '=', nummer)
    .executeTakeFirst();
  return row === undefined;
}

/** Deletes drafts (with their files) not changed for `tage` days; returns how many. */
export async function entwuerfeAufraeumen(db: Db, jetzt: Date, tage: number): Promise<number> {
  const vor = new Date(jetzt.getTime() - tage * 86_400_000);
  const r = await db.deleteFrom('antrag_entwurf').where('geaendert_am', '<', vor).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The day a draft is deleted if it is not changed again (ISO date, Berlin). */
export function loeschdatum(geaendertAm: Date, tage: number): string {
  return tagInBerlin(new Date(geaendertAm.getTime() + tage * 86_400_000));
}
