import type { Db } from '../../db/index.ts';
import { decryptJson, encryptJson, type Schluessel } from '../../shared/index.ts';
import { antraegeOhneFall } from '../antrag-zugriff.ts';
import { kurzinfoAus, type Kurzinfo } from '../kurzinfo.ts';
import type { MitteilungsArt } from '../posteingang-tables.ts';
import type { Kontext } from './zugriff.ts';

// Taking applications into the inbox: one case per application with its encrypted short info, and the notices to send.

const kurzinfoKontext = (antragId: string) => `posteingang-fall:${antragId}`;
export const hinweisKontext = (id: string) => `posteingang-nachforderung:${id}`;

export function leseKurzinfo(schluessel: Schluessel, antragId: string, kurzinfo: Buffer): Kurzinfo {
  return decryptJson<Kurzinfo>(schluessel, kurzinfo, kurzinfoKontext(antragId));
}

/** Receipt notices are queued only for applications this recent when the inbox takes them in. */
const EINGANG_MITTEILUNG_TAGE = 7;

/**
 * Takes new applications into the inbox: a case row (status "eingegangen") with the encrypted short info, and
 * the receipt notice. Idempotent; runs before every list and by the notice job.
 */
export async function faelleAufnehmen(
  k: Kontext,
  filter: { ags?: string; besitzer?: string; id?: string } = {},
): Promise<number> {
  const neu = await antraegeOhneFall(k.db, filter);
  if (neu.length === 0) return 0;
  const jetzt = k.jetzt();
  const zeilen = neu.map((a) => {
    const eingang = k.repo.antragDaten(a);
    return { a, kurzinfo: encryptJson(k.schluessel, kurzinfoAus(eingang), kurzinfoKontext(a.id)) };
  });
  await k.db.transaction().execute(async (trx) => {
    for (const { a, kurzinfo } of zeilen) {
      const r = await trx
        .insertInto('posteingang_fall')
        .values({
          antrag_id: a.id,
          behoerde_ags: a.behoerde_ags,
          status: 'eingegangen',
          entscheidung: null,
          betrag_cent: null,
          weitergeleitet_am: null,
          kurzinfo,
          aufgenommen_am: jetzt,
          geaendert_am: a.eingereicht_am,
        })
        .onConflict((oc) => oc.column('antrag_id').doNothing())
        .returning('antrag_id')
        .executeTakeFirst();
      if (r === undefined) continue;
      if (jetzt.getTime() - a.eingereicht_am.getTime() <= EINGANG_MITTEILUNG_TAGE * 86_400_000)
        await mitteilungVormerken(trx, a.id, 'eingang', '', jetzt);
    }
  });
  return zeilen.length;
}

export async function mitteilungVormerken(
  trx: Db,
  antragId: string,
  art: MitteilungsArt,
  bezug: string,
  jetzt: Date,
): Promise<void> {
  await trx
    .insertInto('posteingang_mitteilung')
    .values({
      antrag_id: antragId,
      art,
      bezug,
      naechster_versuch_am: jetzt,
      erstellt_am: jetzt,
      erledigt_am: null,
      fehler: null,
    })
    .onConflict((oc) => oc.columns(['antrag_id', 'art', 'bezug']).doNothing())
    .execute();
}
