import type { AntragZeile } from '../antrag/antrag-tables.ts';
import { VORGANGSNUMMER_MUSTER } from '../antrag/antrag-repo.ts';
import type { Db } from '../db/client.ts';
import { leseNachricht, type GeleseneNachricht } from '../nachricht/index.ts';
import type { Schluessel } from '../shared/verschluesselung.ts';
import { entschluesselteNachricht, zustellHistorie, type Versuch } from '../zustellung/outbox.ts';
import type { ZustellAuftragZeile, ZustellStatusWert } from '../zustellung/zustellung-tables.ts';

// The ONLY place where the inbox reads tables of other parts: submitted applications (antrag/, read only) and
// the delivery jobs that carried them (zustellung/, read only). Decryption of application contents stays with
// antrag/'s repository (antragDaten, antragPdf, dateiInhalt). When antrag/ and zustellung/ export these reads
// themselves, this module shrinks to calls.

export async function antragMitNummer(db: Db, nummer: string): Promise<AntragZeile | undefined> {
  if (!VORGANGSNUMMER_MUSTER.test(nummer)) return undefined;
  return db.selectFrom('antrag').selectAll().where('vorgangsnummer', '=', nummer).executeTakeFirst();
}

export async function antragMitId(db: Db, id: string): Promise<AntragZeile | undefined> {
  return db.selectFrom('antrag').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Applications the inbox has not taken in yet (optionally of one office, one owner or one id). */
export async function antraegeOhneFall(
  db: Db,
  filter: { ags?: string; besitzer?: string; id?: string } = {},
): Promise<AntragZeile[]> {
  let q = db
    .selectFrom('antrag as a')
    .selectAll('a')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('posteingang_fall as f').select('f.antrag_id').whereRef('f.antrag_id', '=', 'a.id'),
        ),
      ),
    );
  if (filter.ags !== undefined) q = q.where('a.behoerde_ags', '=', filter.ags);
  if (filter.besitzer !== undefined) q = q.where('a.besitzer', '=', filter.besitzer);
  if (filter.id !== undefined) q = q.where('a.id', '=', filter.id);
  return q.orderBy('a.eingereicht_am').limit(500).execute();
}

/** The clear columns of the applications of one office (no contents). */
export function antraegeDerBehoerde(db: Db, ags: string) {
  return db
    .selectFrom('antrag as a')
    .innerJoin('posteingang_fall as f', 'f.antrag_id', 'a.id')
    .select([
      'a.id',
      'a.vorgangsnummer',
      'a.behoerde_ags',
      'a.eingereicht_am',
      'a.schonfrist_ende',
      'a.schonfrist_vorlaeufig',
      'a.jobcenter_hinweis',
      'f.status',
      'f.entscheidung',
      'f.betrag_cent',
      'f.weitergeleitet_am',
      'f.kurzinfo',
      'f.geaendert_am',
    ])
    .where('a.behoerde_ags', '=', ags)
    .execute();
}

/** The applications of one citizen (owner HMAC of antrag/), newest first. */
export function antraegeVonBesitzer(db: Db, besitzer: string): Promise<AntragZeile[]> {
  return db
    .selectFrom('antrag')
    .selectAll()
    .where('besitzer', '=', besitzer)
    .orderBy('eingereicht_am', 'desc')
    .execute();
}

/** Prefix of the delivery reference of follow-up messages (Nachreichung); the id of the request follows. */
export const NACHREICHUNG_BEZUG = 'nachreichung:';

/**
 * The delivery references of an application's original message. antrag/ enqueues it with the application id
 * (or the transaction number) as reference; both are accepted so that either choice works.
 */
const originalBezuege = (a: Pick<AntragZeile, 'id' | 'vorgangsnummer'>) => [a.id, a.vorgangsnummer];

/** The delivery job of the application's original message (the newest, test jobs excluded). */
export async function originalAuftrag(
  db: Db,
  a: Pick<AntragZeile, 'id' | 'vorgangsnummer'>,
): Promise<ZustellAuftragZeile | undefined> {
  return db
    .selectFrom('zustell_auftrag')
    .selectAll()
    .where('bezug', 'in', originalBezuege(a))
    .where('test', '=', false)
    .orderBy('erstellt_am', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export type OriginalNachricht = { auftrag: ZustellAuftragZeile; nachricht: GeleseneNachricht; xml: string };

/** The original message, decrypted and read; undefined when there is none (or it cannot be read). */
export async function originalNachricht(
  db: Db,
  schluessel: Schluessel,
  a: Pick<AntragZeile, 'id' | 'vorgangsnummer'>,
): Promise<OriginalNachricht | undefined> {
  const auftrag = await originalAuftrag(db, a);
  if (auftrag === undefined) return undefined;
  const xml = entschluesselteNachricht(schluessel, auftrag).toString('utf8');
  const gelesen = leseNachricht(xml);
  return gelesen.ok ? { auftrag, nachricht: gelesen.nachricht, xml } : undefined;
}

export type Sendung = {
  art: 'antrag' | 'nachreichung';
  auftragId: string;
  nachrichtUUID: string;
  status: ZustellStatusWert;
  erstelltAm: Date;
  gesendetAm: Date | null;
  zugestelltAm: Date | null;
  totAm: Date | null;
  fehlerGrund: string | null;
  versuche: Versuch[];
};

/** Every message of an application (original and follow-ups), oldest first, with its attempts. */
export async function sendungen(
  db: Db,
  a: Pick<AntragZeile, 'id' | 'vorgangsnummer'>,
  nachforderungIds: string[],
): Promise<Sendung[]> {
  const bezuege = [...originalBezuege(a), ...nachforderungIds.map((id) => `${NACHREICHUNG_BEZUG}${id}`)];
  const auftraege = await db
    .selectFrom('zustell_auftrag')
    .selectAll()
    .where('bezug', 'in', bezuege)
    .where('test', '=', false)
    .orderBy('erstellt_am')
    .orderBy('id')
    .execute();
  const ergebnis: Sendung[] = [];
  for (const z of auftraege) {
    ergebnis.push({
      art: z.bezug.startsWith(NACHREICHUNG_BEZUG) ? 'nachreichung' : 'antrag',
      auftragId: z.id,
      nachrichtUUID: z.nachricht_uuid,
      status: z.status,
      erstelltAm: z.erstellt_am,
      gesendetAm: z.gesendet_am,
      zugestelltAm: z.zugestellt_am,
      totAm: z.tot_am,
      fehlerGrund: z.fehler_grund,
      versuche: await zustellHistorie(db, z.id),
    });
  }
  return ergebnis;
}

/** The XML of one message of this application (by its UUID), decrypted; undefined if it is not one of them. */
export async function nachrichtXml(
  db: Db,
  schluessel: Schluessel,
  a: Pick<AntragZeile, 'id' | 'vorgangsnummer'>,
  nachforderungIds: string[],
  nachrichtUUID: string,
): Promise<string | undefined> {
  if (!/^[0-9a-fA-F-]{36}$/.test(nachrichtUUID)) return undefined;
  const bezuege = [...originalBezuege(a), ...nachforderungIds.map((id) => `${NACHREICHUNG_BEZUG}${id}`)];
  const z = await db
    .selectFrom('zustell_auftrag')
    .selectAll()
    .where('nachricht_uuid', '=', nachrichtUUID)
    .where('bezug', 'in', bezuege)
    .where('test', '=', false)
    .executeTakeFirst();
  return z === undefined ? undefined : entschluesselteNachricht(schluessel, z).toString('utf8');
}

/** Delivery state of the original message per application of an office (for the inbox filter). */
export async function zustellstandDerBehoerde(
  db: Db,
  ags: string,
): Promise<Map<string, { status: ZustellStatusWert; zugestelltAm: Date | null }>> {
  const zeilen = await db
    .selectFrom('zustell_auftrag')
    .select(['bezug', 'status', 'zugestellt_am', 'erstellt_am'])
    .where('behoerde_ags', '=', ags)
    .where('test', '=', false)
    .where('bezug', 'not like', `${NACHREICHUNG_BEZUG}%`)
    .orderBy('erstellt_am')
    .execute();
  const stand = new Map<string, { status: ZustellStatusWert; zugestelltAm: Date | null }>();
  for (const z of zeilen) stand.set(z.bezug, { status: z.status, zugestelltAm: z.zugestellt_am });
  return stand;
}
