import {
  antragMitId,
  dateiFehlertext,
  dateinameBereinigen,
  dateinameFuerTyp,
  pruefeDatei,
} from '../antrag/index.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/index.ts';
import type { MimeType } from '../nachricht/index.ts';
import { decrypt, decryptJson, encrypt, encryptJson } from '../shared/index.ts';
import { enqueueZustellung } from '../zustellung/index.ts';
import { stand } from './einladung.ts';
import { fruehesteFrist, type Erklaerung } from './erklaerung-daten.ts';
import type { VermieterKontext } from './kontext.ts';
import { baueErklaerungsnachricht, VERMIETER_BEZUG } from './nachricht.ts';
import { protokolliere } from './protokoll.ts';
import type { EinladungZeile } from './vermieter-tables.ts';

// Storing the account statement (kept across a form with errors, encrypted) and submitting the declaration:
// the message is built and validated first, then ONE transaction checks the invitation is still open, queues
// the message in the normal outbox and marks the invitation used (single use).

/** Prefix of the delivery reference of the landlord's follow-up message; the invitation id follows. */

const dateiKontext = (id: string) => `vermieter-datei:${id}`;
const metaKontext = (id: string) => `vermieter-datei-meta:${id}`;
const erklaerungKontext = (id: string) => `vermieter-erklaerung:${id}`;

export type DateiMeta = { dateiname: string; mime: MimeType; groesse: number };

export function dateiMeta(
  k: Pick<VermieterKontext, 'schluessel'>,
  e: Pick<EinladungZeile, 'id' | 'datei_meta'>,
): DateiMeta | undefined {
  return e.datei_meta === null
    ? undefined
    : decryptJson<DateiMeta>(k.schluessel, e.datei_meta, metaKontext(e.id));
}

/** Checks (like the wizard) and stores the statement; the German message when it is refused. */
export async function dateiSpeichern(
  k: VermieterKontext,
  e: EinladungZeile,
  datei: { dateiname: string; inhalt: Buffer },
): Promise<string | undefined> {
  const befund = await pruefeDatei(datei.inhalt);
  if (!befund.ok) return dateiFehlertext(befund.grund, dateinameBereinigen(datei.dateiname));
  if (datei.inhalt.length > k.config.uploadMaxDateiBytes) return 'Die Datei ist zu groß';
  const meta: DateiMeta = {
    dateiname: dateinameFuerTyp(datei.dateiname, befund.mime),
    mime: befund.mime,
    groesse: datei.inhalt.length,
  };
  await k.db
    .updateTable('vermieter_einladung')
    .set({
      datei: encrypt(k.schluessel, datei.inhalt, dateiKontext(e.id)),
      datei_meta: encryptJson(k.schluessel, meta, metaKontext(e.id)),
    })
    .where('id', '=', e.id)
    .where('eingereicht_am', 'is', null)
    .execute();
  return undefined;
}

export function erklaerungVon(
  k: Pick<VermieterKontext, 'schluessel'>,
  e: Pick<EinladungZeile, 'id' | 'erklaerung'>,
): Erklaerung | undefined {
  return e.erklaerung === null
    ? undefined
    : decryptJson<Erklaerung>(k.schluessel, e.erklaerung, erklaerungKontext(e.id));
}

export type Abgesendet = { ok: true; nachrichtUUID: string } | { ok: false; status: number; meldung: string };

export async function erklaerungAbsenden(
  k: VermieterKontext,
  e: EinladungZeile,
  erklaerung: Erklaerung,
): Promise<Abgesendet> {
  const antrag = await antragMitId(k.db, e.antrag_id);
  const meta = dateiMeta(k, e);
  if (antrag === undefined || meta === undefined || e.datei === null)
    return { ok: false, status: 400, meldung: 'Laden Sie den Mietkontoauszug hoch' };
  const inhalt = decrypt(k.schluessel, e.datei, dateiKontext(e.id));
  const bau = await baueErklaerungsnachricht(k, antrag, erklaerung, { ...meta, inhalt });
  if (!bau.ok) {
    k.logger.error({ einladung: e.id, grund: bau.fehler }, 'Erklärung des Vermieters nicht gebaut');
    return { ok: false, status: 500, meldung: bau.fehler };
  }
  const jetzt = k.jetzt();
  const ergebnis = await k.db.transaction().execute(async (trx): Promise<Abgesendet> => {
    const aktuell = await trx
      .selectFrom('vermieter_einladung')
      .selectAll()
      .where('id', '=', e.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (stand(aktuell, jetzt) !== 'offen')
      return {
        ok: false,
        status: 409,
        meldung: 'Diese Erklärung wurde schon abgegeben oder ist nicht mehr gültig.',
      };
    const auftragId = await enqueueZustellung(
      trx,
      {
        behoerdeAgs: antrag.behoerde_ags,
        dienstId: DIENST_MIETRUECKSTAENDE,
        nachrichtXml: bau.wert.xml,
        nachrichtUUID: bau.wert.nachrichtUUID,
        bezug: `${VERMIETER_BEZUG}${e.id}`,
        erstelltAm: jetzt,
      },
      k.schluessel,
    );
    await trx
      .updateTable('vermieter_einladung')
      .set({
        erklaerung: encryptJson(k.schluessel, erklaerung, erklaerungKontext(e.id)),
        eingereicht_am: jetzt,
        nachricht_uuid: bau.wert.nachrichtUUID,
        zustell_auftrag_id: auftragId,
        frist: fruehesteFrist(erklaerung),
        brief: null,
        bestaetigung_hash: null,
      })
      .where('id', '=', e.id)
      .execute();
    await protokolliere(trx, e.id, 'eingereicht', jetzt, { nachricht: bau.wert.nachrichtUUID });
    return { ok: true, nachrichtUUID: bau.wert.nachrichtUUID };
  });
  if (ergebnis.ok)
    k.logger.info(
      { einladung: e.id, nachricht: ergebnis.nachrichtUUID },
      'Erklärung des Vermieters abgegeben',
    );
  return ergebnis;
}
