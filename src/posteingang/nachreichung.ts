import { randomUUID } from 'node:crypto';
import type { AntragZeile } from '../antrag/antrag-tables.ts';
import { dateiFehlertext, formatGroesse, pruefeDatei } from '../antrag/datei-pruefung.ts';
import { formatDatum, heuteInDeutschland } from '../fristen/index.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { findBehoerde } from '../katalog/katalog-repo.ts';
import { antragstellerAus, anlagenAus, leistungenAus } from '../antrag/xsozial.ts';
import {
  baueUndValidiereNachricht,
  profilFuerVersion,
  STANDARD_PROFIL,
  type XsozialVorgang,
} from '../nachricht/index.ts';
import { decrypt, decryptJson, encrypt, encryptJson } from '../shared/verschluesselung.ts';
import { enqueueZustellung } from '../zustellung/outbox.ts';
import { leseVerbindung } from '../zustellung/verbindung.ts';
import { NACHREICHUNG_BEZUG, originalNachricht } from './antrag-zugriff.ts';
import { einfachesPdf } from './anschreiben-pdf.ts';
import { BUERGER, istId, neueId, protokolliere, unterlagenTitel, type Fall, type Kontext } from './faelle.ts';
import type { NachforderungZeile } from './posteingang-tables.ts';

// The citizen's reply to a request: files uploaded one by one (checked like in the wizard, encrypted at rest),
// then sent together as ONE follow-up xSozial message to the office – with referenzUUID pointing to the
// original message, over the same delivery path (outbox → XTA) – and shown in the inbox.

const dateiKontext = (id: string) => `posteingang-datei:${id}`;
const metaKontext = (id: string) => `posteingang-datei-meta:${id}`;

export type NachgereichteDatei = {
  id: string;
  nachforderungId: string;
  art: string;
  groesse: number;
  dateiname: string;
  mime: string;
  hochgeladenAm: Date;
  gesendet: boolean;
};

export async function dateienDerNachforderung(
  k: Kontext,
  nachforderungId: string,
): Promise<NachgereichteDatei[]> {
  return dateienWo(k, 'nachforderung_id', nachforderungId);
}

export async function nachgereichteDateien(k: Kontext, antragId: string): Promise<NachgereichteDatei[]> {
  return dateienWo(k, 'antrag_id', antragId);
}

async function dateienWo(k: Kontext, spalte: 'nachforderung_id' | 'antrag_id', wert: string) {
  const zeilen = await k.db
    .selectFrom('posteingang_datei')
    .select(['id', 'nachforderung_id', 'art', 'groesse', 'meta', 'hochgeladen_am', 'gesendet'])
    .where(spalte, '=', wert)
    .orderBy('hochgeladen_am')
    .orderBy('id')
    .execute();
  return zeilen.map((z) => {
    const meta = decryptJson<{ dateiname: string; mime: string }>(k.schluessel, z.meta, metaKontext(z.id));
    return {
      id: z.id,
      nachforderungId: z.nachforderung_id,
      art: z.art,
      groesse: z.groesse,
      dateiname: meta.dateiname,
      mime: meta.mime,
      hochgeladenAm: z.hochgeladen_am,
      gesendet: z.gesendet,
    };
  });
}

/** The content of a follow-up file of this application; undefined if the id is not one of its files. */
export async function nachgereichteDateiInhalt(
  k: Kontext,
  antragId: string,
  dateiId: string,
): Promise<{ info: NachgereichteDatei; inhalt: Buffer } | undefined> {
  if (!istId(dateiId)) return undefined;
  const z = await k.db
    .selectFrom('posteingang_datei')
    .selectAll()
    .where('id', '=', dateiId)
    .where('antrag_id', '=', antragId)
    .executeTakeFirst();
  if (z === undefined) return undefined;
  const meta = decryptJson<{ dateiname: string; mime: string }>(k.schluessel, z.meta, metaKontext(z.id));
  return {
    info: {
      id: z.id,
      nachforderungId: z.nachforderung_id,
      art: z.art,
      groesse: z.groesse,
      dateiname: meta.dateiname,
      mime: meta.mime,
      hochgeladenAm: z.hochgeladen_am,
      gesendet: z.gesendet,
    },
    inhalt: decrypt(k.schluessel, z.inhalt, dateiKontext(z.id)),
  };
}

export type HochladeErgebnis = { ok: true; id: string } | { ok: false; status: number; meldung: string };

export type Grenzen = { maxDatei: number; maxGesamt: number };

/** Stores one uploaded file for an open request, after the same checks as in the wizard. */
export async function dateiHochladen(
  k: Kontext,
  f: Fall,
  n: NachforderungZeile,
  datei: { art: string; dateiname: string; inhalt: Buffer },
  grenzen: Grenzen,
): Promise<HochladeErgebnis> {
  if (n.status !== 'offen')
    return {
      ok: false,
      status: 409,
      meldung: 'Diese Nachforderung ist schon beantwortet. Sie können nichts mehr hinzufügen',
    };
  if (!n.unterlagen.includes(datei.art))
    return { ok: false, status: 404, meldung: 'Diese Unterlage wurde nicht nachgefordert' };
  const befund = pruefeDatei(datei.inhalt);
  if (!befund.ok) return { ok: false, status: 415, meldung: dateiFehlertext(befund.grund, datei.dateiname) };
  if (datei.inhalt.length > grenzen.maxDatei)
    return {
      ok: false,
      status: 413,
      meldung: `Die Datei „${datei.dateiname}“ ist zu groß. Sie darf höchstens ${formatGroesse(grenzen.maxDatei)} haben`,
    };
  const vorhanden = await dateienDerNachforderung(k, n.id);
  const summe = vorhanden.reduce((s, d) => s + d.groesse, 0);
  if (summe + datei.inhalt.length > grenzen.maxGesamt)
    return {
      ok: false,
      status: 413,
      meldung: `Alle Unterlagen zusammen dürfen höchstens ${formatGroesse(grenzen.maxGesamt)} haben. Mit „${datei.dateiname}“ wären es ${formatGroesse(summe + datei.inhalt.length)}`,
    };
  const id = neueId();
  const jetzt = k.jetzt();
  await k.db
    .insertInto('posteingang_datei')
    .values({
      id,
      nachforderung_id: n.id,
      antrag_id: f.antrag.id,
      art: datei.art,
      groesse: datei.inhalt.length,
      meta: encryptJson(k.schluessel, { dateiname: datei.dateiname, mime: befund.mime }, metaKontext(id)),
      inhalt: encrypt(k.schluessel, datei.inhalt, dateiKontext(id)),
      hochgeladen_am: jetzt,
    })
    .execute();
  await protokolliere(k.db, f.antrag, 'unterlagen_hochgeladen', BUERGER, jetzt, {
    nachforderung: n.id,
    art: datei.art,
  });
  return { ok: true, id };
}

/** Removes a file that was not sent yet. */
export async function dateiEntfernen(k: Kontext, n: NachforderungZeile, dateiId: string): Promise<boolean> {
  if (!istId(dateiId) || n.status !== 'offen') return false;
  const r = await k.db
    .deleteFrom('posteingang_datei')
    .where('id', '=', dateiId)
    .where('nachforderung_id', '=', n.id)
    .where('gesendet', '=', false)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// --- The follow-up message -----------------------------------------------------------------------------------

export type NachrichtBau =
  | { ok: true; xml: string; nachrichtUUID: string; referenzUUID: string | undefined }
  | { ok: false; meldung: string };

/**
 * Builds the follow-up message for a request with the given files: the header (reader, author, service, case
 * id, application date) from the original message when there is one, otherwise from the office's connection;
 * the applicant; a cover sheet as the PDF; the files as documents.
 */
export async function baueNachreichung(
  k: Kontext,
  antrag: AntragZeile,
  n: NachforderungZeile,
  dateien: { art: string; dateiname: string; mime: string; inhalt: Buffer }[],
): Promise<NachrichtBau> {
  const eingang = k.repo.antragDaten(antrag);
  const verbindung = await leseVerbindung(k.db, antrag.behoerde_ags, DIENST_MIETRUECKSTAENDE);
  const original = await originalNachricht(k.db, k.schluessel, antrag);
  if (verbindung === undefined && original === undefined)
    return { ok: false, meldung: 'Für dieses Sozialamt ist keine elektronische Zustellung eingerichtet.' };
  const profil =
    profilFuerVersion(original?.nachricht.version ?? verbindung?.xsozialVersion ?? '') ?? STANDARD_PROFIL;
  const jetzt = k.jetzt();
  const behoerde = await findBehoerde(k.db, antrag.behoerde_ags);
  const deckblatt = await einfachesPdf(
    `Nachreichung von Unterlagen zum Antrag ${antrag.vorgangsnummer}`,
    [
      {
        zeilen: [
          `Vorgangsnummer: ${antrag.vorgangsnummer}`,
          `Antragstellende Person: ${eingang.antragsteller}`,
          `Zuständig: ${behoerde?.name ?? antrag.behoerde_ags}`,
          `Nachgefordert am ${formatDatum(heuteInDeutschland(n.erstellt_am))}, Frist bis ${formatDatum(n.frist)}`,
          `Nachgereicht am ${formatDatum(heuteInDeutschland(jetzt))}`,
        ],
      },
      {
        ueberschrift: 'Nachgeforderte Unterlagen',
        zeilen: n.unterlagen.map((u) => {
          const anzahl = dateien.filter((d) => d.art === u).length;
          return `${unterlagenTitel(u)}: ${anzahl === 0 ? 'nicht beigefügt' : `${anzahl} ${anzahl === 1 ? 'Datei' : 'Dateien'}`}`;
        }),
      },
      {
        ueberschrift: 'Beigefügte Dateien',
        zeilen: dateien.map((d) => `${unterlagenTitel(d.art)}: ${d.dateiname}`),
      },
    ],
    jetzt,
  );
  const nachrichtUUID = randomUUID();
  const kopf = original?.nachricht;
  const vorgang: XsozialVorgang = {
    nachrichtUUID,
    erstellt: jetzt,
    test: false,
    leser: kopf?.leser ?? { kennung: verbindung?.leserKennung ?? '', name: verbindung?.leserName ?? '' },
    autor: kopf?.autor ?? { kennung: verbindung?.autorKennung ?? '', name: verbindung?.autorName ?? '' },
    dvdvDienstkennung: kopf?.dvdvDienstkennung ?? verbindung?.dienstUri ?? '',
    ...(kopf !== undefined ? { referenzUUID: kopf.nachrichtenUUID } : {}),
    vorgangsID: kopf?.vorgangsID ?? antrag.vorgangsnummer,
    antragsDatum: kopf?.antragsDatum.slice(0, 10) ?? heuteInDeutschland(antrag.eingereicht_am),
    personen: [antragstellerAus(eingang.daten)],
    dritte: [],
    leistungen: leistungenAus(eingang.daten),
    ...(eingang.buerger.postfach !== undefined
      ? { postfach: { postfachID: eingang.buerger.postfach, provider: 'nkb' as const } }
      : {}),
    antragPdf: deckblatt,
    // The wizard's mapping (kinds, DIN 91379-safe names), each marked as sent in later.
    anlagen: anlagenAus(dateien).map((x, i) => ({
      ...x,
      name: `${unterlagenTitel(dateien[i]?.art ?? '')} (Nachreichung)`,
    })),
    zusatzangaben: [
      { schluessel: 'nachrichtArt', wert: 'Nachreichung von Unterlagen' },
      { schluessel: 'nachforderung', wert: n.id },
    ],
  };
  const gebaut = await baueUndValidiereNachricht(vorgang, profil);
  if (!gebaut.ok)
    return {
      ok: false,
      meldung: `Die Nachricht an das Sozialamt konnte nicht erstellt werden (${gebaut.fehler.map((f) => f.feld).join(', ')}).`,
    };
  return { ok: true, xml: gebaut.xml, nachrichtUUID, referenzUUID: kopf?.nachrichtenUUID };
}

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
  if (!bau.ok) return { ok: false, status: 500, meldung: bau.meldung };
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
        nachrichtXml: bau.xml,
        nachrichtUUID: bau.nachrichtUUID,
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
        nachricht_uuid: bau.nachrichtUUID,
        zustell_auftrag_id: auftragId,
      })
      .where('id', '=', n.id)
      .execute();
    const nochOffen = await trx
      .selectFrom('posteingang_nachforderung')
      .select('id')
      .where('antrag_id', '=', f.antrag.id)
      .where('status', '=', 'offen')
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
      nachricht: bau.nachrichtUUID,
    });
    return { ok: true, nachrichtUUID: bau.nachrichtUUID, referenzUUID: bau.referenzUUID, auftragId } as const;
  });
}
