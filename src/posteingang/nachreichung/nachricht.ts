import {
  type AntragZeile,
  anlagenAus,
  INHALT,
  folgenachrichtBasis,
  nachreichungInhalt,
} from '../../antrag/index.ts';
import { fehler, ok, type Ergebnis } from '../../shared/index.ts';
import { renderAnschreibenPdf } from '../../dokumente/index.ts';
import { DIENST_MIETRUECKSTAENDE, findBehoerde } from '../../katalog/index.ts';
import {
  baueUndValidiereNachricht,
  profilFuerVersion,
  STANDARD_PROFIL,
  type XsozialVorgang,
} from '../../nachricht/index.ts';
import { leseVerbindung } from '../../zustellung/index.ts';
import { originalNachricht } from '../antrag-zugriff.ts';
import { unterlagenTitel, type Kontext } from '../faelle.ts';
import type { NachforderungZeile } from '../posteingang-tables.ts';

// The follow-up xSozial message for a request: cover sheet, applicant and the files, referring to the original message.

/** The built message, or the German message why it could not be built. */
export type NachrichtBau = Ergebnis<{ xml: string; nachrichtUUID: string; referenzUUID: string | undefined }>;

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
    return fehler('Für dieses Sozialamt ist keine elektronische Zustellung eingerichtet.');
  const profil =
    profilFuerVersion(original?.nachricht.version ?? verbindung?.xsozialVersion ?? '') ?? STANDARD_PROFIL;
  const jetzt = k.jetzt();
  const behoerde = await findBehoerde(k.db, antrag.behoerde_ags);
  const deckblatt = await renderAnschreibenPdf({
    vorgangsnummer: antrag.vorgangsnummer,
    antragsteller: eingang.antragsteller,
    behoerde: behoerde?.name ?? antrag.behoerde_ags,
    nachgefordertAm: n.erstellt_am,
    frist: n.frist,
    nachgereichtAm: jetzt,
    unterlagen: n.unterlagen
      .map((u) => ({ titel: unterlagenTitel(u), anzahl: dateien.filter((d) => d.art === u).length }))
      // A reply of the citizen's own offers every kind; only the kinds sent are listed.
      .filter((u) => n.akteur_art !== 'buerger' || u.anzahl > 0),
    dateien: dateien.map((d) => ({ titel: unterlagenTitel(d.art), dateiname: d.dateiname })),
  });
  const kopf = original?.nachricht;
  const vorgang: XsozialVorgang = {
    ...folgenachrichtBasis(antrag, eingang.daten, kopf, verbindung, jetzt),
    ...(eingang.buerger.postfach !== undefined
      ? { postfach: { postfachID: eingang.buerger.postfach, provider: 'nkb' as const } }
      : {}),
    antragPdf: deckblatt,
    // The wizard's mapping (kinds, DIN 91379-safe names), each marked as sent in later.
    anlagen: anlagenAus(dateien).map((x, i) => ({
      ...x,
      name: `${unterlagenTitel(dateien[i]?.art ?? '')} (Nachreichung)`,
    })),
    // What this message is and which request it answers, typed in the extension (no free-text notes).
    antragsangaben: {
      definition: INHALT,
      werte: nachreichungInhalt({
        art: 'unterlagen',
        nachforderung: n.id,
        nachgereichtAm: jetzt.toISOString(),
        unterlagen: [...new Set(dateien.map((d) => d.art))],
      }),
    },
  };
  const gebaut = await baueUndValidiereNachricht(vorgang, profil);
  if (!gebaut.ok)
    return fehler(
      `Die Nachricht an das Sozialamt konnte nicht erstellt werden (${gebaut.fehler.map((f) => f.feld).join(', ')}).`,
    );
  return ok({ xml: gebaut.wert, nachrichtUUID: vorgang.nachrichtUUID, referenzUUID: vorgang.referenzUUID });
}
