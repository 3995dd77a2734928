import { DIENST_MIETRUECKSTAENDE } from '../../katalog/index.ts';
import { enqueueZustellung } from '../../zustellung/index.ts';
import { NACHREICHUNG_BEZUG } from '../antrag-zugriff.ts';
import { BUERGER, protokolliere, type Fall, type Kontext } from '../faelle.ts';
import type { NachforderungZeile } from '../posteingang-tables.ts';
import { dateienDerNachforderung, nachgereichteDateiInhalt } from './dateien.ts';
import { baueNachreichung } from './nachricht.ts';

// Sending the uploaded files of a request as ONE follow-up message over the same delivery path (outbox → XTA).

export type AbsendeErgebnis =
  | { ok: true; nachrichtUUID: string; referenzUUID: string | undefined; auftragId: string }
  | { ok: false; status: number; meldung: string };

/**
 * Sends the uploaded files of an open request: builds and validates the follow-up message (outside the
 * transaction, it takes a moment), then in ONE transaction: checks the request is still open with exactly
 * these files, queues the message, marks the files sent and the request answered, moves the case back to
 * "In Bearbeitung" when no other request is open, and writes the audit entry.
 */
export async function nachreichungAbsenden(
  k: Kontext,
  f: Fall,
  n: NachforderungZeile,
): Promise<AbsendeErgebnis> {
  if (n.status !== 'offen')
    return { ok: false, status: 409, meldung: 'Diese Nachforderung ist schon beantwortet.' };
  const infos = (await dateienDerNachforderung(k, n.id)).filter((d) => !d.gesendet);
  if (infos.length === 0)
    return { ok: false, status: 400, meldung: 'Laden Sie zuerst mindestens eine Unterlage hoch' };
  const dateien = [];
  for (const info of infos) {
    const d = await nachgereichteDateiInhalt(k, f.antrag.id, info.id);
    if (d !== undefined) dateien.push({ ...info, inhalt: d.inhalt });
  }
  const bau = await baueNachreichung(k, f.antrag, n, dateien);
  if (!bau.ok) return { ok: false, status: 500, meldung: bau.fehler };
  const jetzt = k.jetzt();
  const ids = infos.map((i) => i.id).sort();
  return k.db.transaction().execute(async (trx) => {
    const aktuell = await trx
      .selectFrom('posteingang_nachforderung')
      .selectAll()
      .where('id', '=', n.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const jetztIds = (
      await trx
        .selectFrom('posteingang_datei')
        .select('id')
        .where('nachforderung_id', '=', n.id)
        .where('gesendet', '=', false)
        .execute()
    )
      .map((r) => r.id)
      .sort();
    if (aktuell.status !== 'offen')
      return { ok: false, status: 409, meldung: 'Diese Nachforderung ist schon beantwortet.' } as const;
    if (jetztIds.join() !== ids.join())
      return {
        ok: false,
        status: 409,
        meldung:
          'Die Liste Ihrer Dateien hat sich inzwischen geändert. Bitte prüfen Sie sie und senden Sie noch einmal ab.',
      } as const;
    const auftragId = await enqueueZustellung(
      trx,
      {
        behoerdeAgs: f.antrag.behoerde_ags,
        dienstId: DIENST_MIETRUECKSTAENDE,
        nachrichtXml: bau.wert.xml,
        nachrichtUUID: bau.wert.nachrichtUUID,
        bezug: `${NACHREICHUNG_BEZUG}${n.id}`,
        erstelltAm: jetzt,
      },
      k.schluessel,
    );
    await trx.updateTable('posteingang_datei').set({ gesendet: true }).where('id', 'in', ids).execute();
    await trx
      .updateTable('posteingang_nachforderung')
      .set({
        status: 'beantwortet',
        beantwortet_am: jetzt,
        nachricht_uuid: bau.wert.nachrichtUUID,
        zustell_auftrag_id: auftragId,
      })
      .where('id', '=', n.id)
      .execute();
    const nochOffen = await trx
      .selectFrom('posteingang_nachforderung')
      .select('id')
      .where('antrag_id', '=', f.antrag.id)
      .where('status', '=', 'offen')
      .where('akteur_art', '!=', 'buerger')
      .executeTakeFirst();
    const fall = await trx
      .selectFrom('posteingang_fall')
      .selectAll()
      .where('antrag_id', '=', f.antrag.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (nochOffen === undefined && fall.status === 'unterlagen_nachgefordert') {
      await trx
        .updateTable('posteingang_fall')
        .set({ status: 'in_bearbeitung', geaendert_am: jetzt, version: fall.version + 1 })
        .where('antrag_id', '=', f.antrag.id)
        .execute();
      await trx
        .insertInto('posteingang_status_aenderung')
        .values({
          antrag_id: f.antrag.id,
          von: 'unterlagen_nachgefordert',
          nach: 'in_bearbeitung',
          entscheidung: null,
          betrag_cent: null,
          weitergeleitet_am: null,
          zeitpunkt: jetzt,
          akteur_art: 'buerger',
          akteur_id: null,
          akteur_name: 'Antragstellende Person (Unterlagen nachgereicht)',
        })
        .execute();
    }
    await protokolliere(trx, f.antrag, 'nachreichung_gesendet', BUERGER, jetzt, {
      nachforderung: n.id,
      dateien: ids.length,
      nachricht: bau.wert.nachrichtUUID,
    });
    return {
      ok: true,
      nachrichtUUID: bau.wert.nachrichtUUID,
      referenzUUID: bau.wert.referenzUUID,
      auftragId,
    } as const;
  });
}
