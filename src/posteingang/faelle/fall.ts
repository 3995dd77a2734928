import type { AntragZeile } from '../../antrag/index.ts';
import type { Db } from '../../db/index.ts';
import { decrypt } from '../../shared/index.ts';
import { antragMitNummer } from '../antrag-zugriff.ts';
import type { Kurzinfo } from '../kurzinfo.ts';
import type { FallZeile, NachforderungZeile } from '../posteingang-tables.ts';
import { type Kontext, type Zugriff, darfZugreifen } from './zugriff.ts';
import { hinweisKontext, leseKurzinfo, faelleAufnehmen } from './aufnahme.ts';

// One case, loaded only for someone who may see it; a case of another office is "not found".

export type Fall = { antrag: AntragZeile; fall: FallZeile; kurzinfo: Kurzinfo };

/** The case with this transaction number, if it exists AND the caller may see it; otherwise undefined. */
export async function fallLaden(k: Kontext, nummer: string, zugriff: Zugriff): Promise<Fall | undefined> {
  const antrag = await antragMitNummer(k.db, nummer);
  if (antrag === undefined || !darfZugreifen(zugriff, antrag.behoerde_ags)) return undefined;
  return fallZuAntrag(k, antrag);
}

/** The case of an application already checked by the caller (e.g. the citizen's own). */
export async function fallZuAntrag(k: Kontext, antrag: AntragZeile): Promise<Fall> {
  let fall = await k.db
    .selectFrom('posteingang_fall')
    .selectAll()
    .where('antrag_id', '=', antrag.id)
    .executeTakeFirst();
  if (fall === undefined) {
    await faelleAufnehmen(k, { id: antrag.id });
    fall = await k.db
      .selectFrom('posteingang_fall')
      .selectAll()
      .where('antrag_id', '=', antrag.id)
      .executeTakeFirstOrThrow();
  }
  return { antrag, fall, kurzinfo: leseKurzinfo(k.schluessel, antrag.id, fall.kurzinfo) };
}

export function nachforderungenVon(db: Db, antragId: string): Promise<NachforderungZeile[]> {
  return db
    .selectFrom('posteingang_nachforderung')
    .selectAll()
    .where('antrag_id', '=', antragId)
    .orderBy('erstellt_am')
    .orderBy('id')
    .execute();
}

export function nachforderungHinweis(
  k: Pick<Kontext, 'schluessel'>,
  n: NachforderungZeile,
): string | undefined {
  return n.hinweis === null
    ? undefined
    : decrypt(k.schluessel, n.hinweis, hinweisKontext(n.id)).toString('utf8');
}

/** Whether an open request is past its deadline (the deadline day itself still counts). */
export const istUeberfaellig = (n: Pick<NachforderungZeile, 'status' | 'frist'>, heute: string): boolean =>
  n.status === 'offen' && n.frist < heute;
