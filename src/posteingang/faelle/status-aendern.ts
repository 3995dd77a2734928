import type { AntragZeile } from '../../antrag/index.ts';
import type { Db } from '../../db/index.ts';
import { tagInBerlin } from '../../shared/index.ts';
import type { FallZeile } from '../posteingang-tables.ts';
import { pruefeAenderung, type Aenderung, type Entscheidung } from '../status.ts';
import type { Kontext, Akteur } from './zugriff.ts';
import { mitteilungVormerken } from './aufnahme.ts';
import { protokolliere } from './protokoll.ts';
import type { Fall } from './fall.ts';

// Status changes: only allowed transitions, with history and optimistic locking (version).

export type AenderungsErgebnis =
  | { ok: true; fall: FallZeile }
  | { ok: false; grund: 'ungueltig'; feld: string; meldung: string }
  | { ok: false; grund: 'veraltet'; meldung: string };

export async function uebergang(
  trx: Db,
  antrag: AntragZeile,
  von: FallZeile,
  a: Aenderung,
  akteur: Akteur,
  jetzt: Date,
): Promise<FallZeile> {
  const e: Entscheidung | undefined = a.entscheidung;
  const neu = await trx
    .updateTable('posteingang_fall')
    .set({
      status: a.nach,
      entscheidung: e?.art ?? (a.nach === 'abgeschlossen' ? von.entscheidung : null),
      betrag_cent:
        e === undefined
          ? a.nach === 'abgeschlossen'
            ? von.betrag_cent
            : null
          : e.art === 'beihilfe' || e.art === 'darlehen'
            ? e.betragCent
            : null,
      weitergeleitet_am:
        e === undefined
          ? a.nach === 'abgeschlossen'
            ? von.weitergeleitet_am
            : null
          : e.art === 'jobcenter'
            ? e.weitergeleitetAm
            : null,
      geaendert_am: jetzt,
      version: von.version + 1,
    })
    .where('antrag_id', '=', antrag.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('posteingang_status_aenderung')
    .values({
      antrag_id: antrag.id,
      von: von.status,
      nach: a.nach,
      entscheidung: neu.entscheidung,
      betrag_cent: neu.betrag_cent,
      weitergeleitet_am: neu.weitergeleitet_am,
      zeitpunkt: jetzt,
      akteur_art: akteur.art,
      akteur_id: akteur.id,
      akteur_name: akteur.name,
    })
    .execute();
  await protokolliere(trx, antrag, 'status_geaendert', akteur, jetzt, { von: von.status, nach: a.nach });
  if (a.nach === 'entschieden') await mitteilungVormerken(trx, antrag.id, 'entscheidung', '', jetzt);
  return neu;
}

export async function gesperrt(trx: Db, antragId: string): Promise<FallZeile> {
  return trx
    .selectFrom('posteingang_fall')
    .selectAll()
    .where('antrag_id', '=', antragId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

const VERALTET =
  'Der Antrag wurde inzwischen von jemand anderem geändert. Bitte prüfen Sie den aktuellen Stand und entscheiden Sie noch einmal.';

/**
 * Changes the status of a case (in one transaction with its history, audit entry and notice). With
 * `version`, a change made in the meantime by someone else is refused instead of overwritten.
 */
export async function statusAendern(
  k: Kontext,
  f: Fall,
  a: Aenderung,
  akteur: Akteur,
  version?: number,
): Promise<AenderungsErgebnis> {
  const jetzt = k.jetzt();
  return k.db.transaction().execute(async (trx) => {
    const von = await gesperrt(trx, f.antrag.id);
    if (version !== undefined && von.version !== version)
      return { ok: false, grund: 'veraltet', meldung: VERALTET };
    const p = pruefeAenderung(von.status, a, tagInBerlin(jetzt));
    if (!p.ok) return { ok: false, grund: 'ungueltig', feld: p.feld, meldung: p.meldung };
    return { ok: true, fall: await uebergang(trx, f.antrag, von, a, akteur, jetzt) };
  });
}
