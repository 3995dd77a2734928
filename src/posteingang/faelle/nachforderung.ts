import { UNTERLAGEN_ARTEN } from '../../antrag/index.ts';
import { plusTage, tageZwischen } from '../../fristen/index.ts';
import { tagInBerlin, encrypt } from '../../shared/index.ts';
import type { NachforderungZeile } from '../posteingang-tables.ts';
import { istOffen } from '../reihenfolge.ts';
import { type Kontext, type Akteur, neueId } from './zugriff.ts';
import { hinweisKontext, mitteilungVormerken } from './aufnahme.ts';
import { protokolliere } from './protokoll.ts';
import type { Fall } from './fall.ts';
import { uebergang, gesperrt } from './status-aendern.ts';

// Requests for documents: checked input, the case moves to „Unterlagen nachgefordert“, the citizen is told.

export const unterlagenArten = UNTERLAGEN_ARTEN.map((a) => ({
  id: a.id,
  titel: a.titel,
  hinweis: a.hinweis,
}));
export const unterlagenTitel = (art: string): string =>
  unterlagenArten.find((a) => a.id === art)?.titel ?? art;

export type NachforderungEingabe = { unterlagen: string[]; frist: string; hinweis?: string | undefined };

export type NachforderungErgebnis =
  | { ok: true; nachforderung: NachforderungZeile }
  | { ok: false; grund: 'ungueltig'; fehler: Record<string, string> }
  | { ok: false; grund: 'status'; meldung: string };

/** Shortest and longest deadline a request may set, in days from today. */
export const FRIST_MIN_TAGE = 1;
export const FRIST_MAX_TAGE = 180;
export const HINWEIS_MAX = 1000;

export function pruefeNachforderung(e: NachforderungEingabe, heute: string): Record<string, string> {
  const fehler: Record<string, string> = {};
  const bekannt = new Set<string>(unterlagenArten.map((a) => a.id));
  if (e.unterlagen.length === 0) fehler.unterlagen = 'Wählen Sie mindestens eine Unterlage aus';
  else if (e.unterlagen.some((u) => !bekannt.has(u)))
    fehler.unterlagen = 'Wählen Sie nur Unterlagen aus der Liste aus';
  else if (new Set(e.unterlagen).size !== e.unterlagen.length)
    fehler.unterlagen = 'Jede Unterlage nur einmal';
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(e.frist) ||
    Number.isNaN(new Date(`${e.frist}T12:00:00Z`).getTime()) ||
    new Date(`${e.frist}T12:00:00Z`).toISOString().slice(0, 10) !== e.frist
  )
    fehler.frist = 'Geben Sie die Frist als gültiges Datum an';
  else if (tageZwischen(heute, e.frist) < FRIST_MIN_TAGE)
    fehler.frist = 'Die Frist muss mindestens morgen enden';
  else if (tageZwischen(heute, e.frist) > FRIST_MAX_TAGE)
    fehler.frist = `Die Frist darf höchstens ${FRIST_MAX_TAGE} Tage (bis ${plusTage(heute, FRIST_MAX_TAGE)}) dauern`;
  if (e.hinweis !== undefined && e.hinweis.length > HINWEIS_MAX)
    fehler.hinweis = `Der Hinweis darf höchstens ${HINWEIS_MAX} Zeichen haben`;
  return fehler;
}

/**
 * Requests documents: the case moves to "Unterlagen nachgefordert" (through "In Bearbeitung" when it was just
 * received), the citizen sees the request and gets a notice. Not possible once decided.
 */
export async function nachforderungAnlegen(
  k: Kontext,
  f: Fall,
  e: NachforderungEingabe,
  akteur: Akteur & { art: 'personal' | 'api' },
): Promise<NachforderungErgebnis> {
  const jetzt = k.jetzt();
  const fehler = pruefeNachforderung(e, tagInBerlin(jetzt));
  if (Object.keys(fehler).length > 0) return { ok: false, grund: 'ungueltig', fehler };
  return k.db.transaction().execute(async (trx) => {
    let fall = await gesperrt(trx, f.antrag.id);
    if (!istOffen(fall.status))
      return {
        ok: false,
        grund: 'status',
        meldung:
          'Für einen entschiedenen oder abgeschlossenen Antrag können keine Unterlagen nachgefordert werden.',
      } as const;
    if (fall.status === 'eingegangen')
      fall = await uebergang(trx, f.antrag, fall, { nach: 'in_bearbeitung' }, akteur, jetzt);
    if (fall.status === 'in_bearbeitung')
      fall = await uebergang(trx, f.antrag, fall, { nach: 'unterlagen_nachgefordert' }, akteur, jetzt);
    const id = neueId();
    const hinweis = e.hinweis?.trim();
    const nachforderung = await trx
      .insertInto('posteingang_nachforderung')
      .values({
        id,
        antrag_id: f.antrag.id,
        behoerde_ags: f.antrag.behoerde_ags,
        unterlagen: e.unterlagen,
        frist: e.frist,
        hinweis:
          hinweis === undefined || hinweis === ''
            ? null
            : encrypt(k.schluessel, Buffer.from(hinweis, 'utf8'), hinweisKontext(id)),
        erstellt_am: jetzt,
        akteur_art: akteur.art,
        akteur_id: akteur.id,
        akteur_name: akteur.name,
        beantwortet_am: null,
        nachricht_uuid: null,
        zustell_auftrag_id: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await protokolliere(trx, f.antrag, 'nachforderung_angelegt', akteur, jetzt, {
      nachforderung: id,
      unterlagen: e.unterlagen.join(','),
      frist: e.frist,
    });
    await mitteilungVormerken(trx, f.antrag.id, 'nachforderung', id, jetzt);
    return { ok: true, nachforderung } as const;
  });
}
