import { UNTERLAGEN_ARTEN } from '../../antrag/index.ts';
import { plusTage } from '../../fristen/index.ts';
import { tagInBerlin } from '../../shared/index.ts';
import { neueId, type Fall, type Kontext } from '../faelle.ts';
import type { NachforderungZeile } from '../posteingang-tables.ts';
import { istOffen } from '../reihenfolge.ts';

// Documents at any time: the citizen opens a reply of their own (akteur_art 'buerger') and then uploads and
// sends exactly as for an office's request, so the files reach the office as the same follow-up message.
// It does not change the case's status and does not hold back the end of "Unterlagen nachgefordert".

/** How long an own reply stays open; only a bound for the row, the citizen sees no deadline. */
const OFFEN_TAGE = 180;

export type EigeneUnterlagen = { ok: true; n: NachforderungZeile } | { ok: false; meldung: string };

/** The citizen's open reply of their own for this application, opened now if there is none. */
export async function eigeneUnterlagenOeffnen(k: Kontext, f: Fall): Promise<EigeneUnterlagen> {
  if (!istOffen(f.fall.status))
    return {
      ok: false,
      meldung:
        'Der Antrag ist schon entschieden oder abgeschlossen. Wenden Sie sich bitte direkt an das Sozialamt.',
    };
  return k.db.transaction().execute(async (trx) => {
    const offen = await trx
      .selectFrom('posteingang_nachforderung')
      .selectAll()
      .where('antrag_id', '=', f.antrag.id)
      .where('akteur_art', '=', 'buerger')
      .where('status', '=', 'offen')
      .forUpdate()
      .executeTakeFirst();
    if (offen !== undefined) return { ok: true, n: offen } as const;
    const jetzt = k.jetzt();
    const n = await trx
      .insertInto('posteingang_nachforderung')
      .values({
        id: neueId(),
        antrag_id: f.antrag.id,
        behoerde_ags: f.antrag.behoerde_ags,
        unterlagen: UNTERLAGEN_ARTEN.map((a) => a.id),
        frist: plusTage(tagInBerlin(jetzt), OFFEN_TAGE),
        hinweis: null,
        erstellt_am: jetzt,
        akteur_art: 'buerger',
        akteur_id: null,
        akteur_name: 'Antragstellende Person (ohne Nachforderung)',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { ok: true, n } as const;
  });
}
