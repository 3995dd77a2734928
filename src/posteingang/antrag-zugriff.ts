import {
  type AntragZeile,
  antraegeAusser,
  antraegeDerBehoerde as antraegeDesAmts,
  antragMitId,
  antragMitNummer,
  antraegeVonBesitzer,
  INHALT,
  nachreichungGelesen,
  UNTERLAGEN_ARTEN,
} from '../antrag/index.ts';
import type { Db } from '../db/index.ts';
import { leseNachricht, type GeleseneNachricht } from '../nachricht/index.ts';
import type { Schluessel } from '../shared/index.ts';
import {
  auftraegeMitBezug,
  auftragMitNachricht,
  neuesterAuftragMitBezug,
  zustellstaendeDerBehoerde,
  entschluesselteNachricht,
  zustellHistorie,
  type Versuch,
  type ZustellAuftragZeile,
  type ZustellStatusWert,
} from '../zustellung/index.ts';

// What the inbox needs of other parts: submitted applications (antrag/eingereicht-abfragen.ts) and the delivery
// jobs that carried them (zustellung/auftraege-lesen.ts), both read only and through those parts' functions.
// Decryption of application contents stays with antrag/'s repository (antragDaten, antragPdf, dateiInhalt).

export { antragMitId, antragMitNummer, antraegeVonBesitzer };

/** Applications the inbox has not taken in yet (optionally of one office, one owner or one id). */
export async function antraegeOhneFall(
  db: Db,
  filter: { ags?: string; besitzer?: string; id?: string } = {},
): Promise<AntragZeile[]> {
  return antraegeAusser(db, db.selectFrom('posteingang_fall').select('antrag_id'), filter);
}

/** The clear columns of the applications of one office (no contents) that the inbox has taken in, with the case. */
export async function antraegeDerBehoerde(db: Db, ags: string) {
  const antraege = await antraegeDesAmts(db, ags);
  if (antraege.length === 0) return [];
  const faelle = await db
    .selectFrom('posteingang_fall')
    .select([
      'antrag_id',
      'status',
      'entscheidung',
      'betrag_cent',
      'weitergeleitet_am',
      'kurzinfo',
      'geaendert_am',
    ])
    .where(
      'antrag_id',
      'in',
      antraege.map((a) => a.id),
    )
    .execute();
  const fallZu = new Map(faelle.map(({ antrag_id, ...f }) => [antrag_id, f]));
  return antraege.flatMap((a) => {
    const f = fallZu.get(a.id);
    return f === undefined ? [] : [{ ...a, ...f }];
  });
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
  return neuesterAuftragMitBezug(db, originalBezuege(a));
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
  const gelesen = leseNachricht(xml, INHALT);
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
  /** A follow-up as its message says (kind, the request it answers, the kinds of documents); null if unreadable. */
  folge: { nachforderung: string; unterlagen: string[] } | null;
};

/** What a follow-up message says about itself, read from its typed extension element. */
function folgeAus(schluessel: Schluessel, z: ZustellAuftragZeile): Sendung['folge'] {
  const g = leseNachricht(entschluesselteNachricht(schluessel, z).toString('utf8'), INHALT);
  const n =
    g.ok && g.nachricht.antragsangaben !== undefined ? nachreichungGelesen(g.nachricht.antragsangaben) : null;
  if (n === null) return null;
  const titel = (id: string) => UNTERLAGEN_ARTEN.find((u) => u.id === id)?.titel ?? id;
  return { nachforderung: n.nachforderung, unterlagen: n.unterlagen.map(titel) };
}

/** Every message of an application (original and follow-ups), oldest first, with its attempts. */
export async function sendungen(
  db: Db,
  schluessel: Schluessel,
  a: Pick<AntragZeile, 'id' | 'vorgangsnummer'>,
  nachforderungIds: string[],
): Promise<Sendung[]> {
  const bezuege = [...originalBezuege(a), ...nachforderungIds.map((id) => `${NACHREICHUNG_BEZUG}${id}`)];
  const auftraege = await auftraegeMitBezug(db, bezuege);
  const ergebnis: Sendung[] = [];
  for (const z of auftraege) {
    const folge = z.bezug.startsWith(NACHREICHUNG_BEZUG);
    ergebnis.push({
      art: folge ? 'nachreichung' : 'antrag',
      folge: folge ? folgeAus(schluessel, z) : null,
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
  const z = await auftragMitNachricht(db, nachrichtUUID, bezuege);
  return z === undefined ? undefined : entschluesselteNachricht(schluessel, z).toString('utf8');
}

/** Delivery state of the original message per application of an office (for the inbox filter). */
export async function zustellstandDerBehoerde(
  db: Db,
  ags: string,
): Promise<Map<string, { status: ZustellStatusWert; zugestelltAm: Date | null }>> {
  const zeilen = await zustellstaendeDerBehoerde(db, ags, NACHREICHUNG_BEZUG);
  const stand = new Map<string, { status: ZustellStatusWert; zugestelltAm: Date | null }>();
  for (const z of zeilen) stand.set(z.bezug, { status: z.status, zugestelltAm: z.zugestellt_am });
  return stand;
}
