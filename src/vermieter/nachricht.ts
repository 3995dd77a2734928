import { folgenachrichtBasis, type AntragZeile } from '../antrag/index.ts';
import { renderVermieterErklaerungPdf } from '../dokumente/index.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/index.ts';
import {
  baueUndValidiereNachricht,
  leseNachricht,
  profilFuerVersion,
  STANDARD_PROFIL,
  type MimeType,
  type XsozialVorgang,
} from '../nachricht/index.ts';
import { fehler, formatDatum, formatEuro, ok, type Ergebnis } from '../shared/index.ts';
import { entschluesselteNachricht, leseVerbindung, neuesterAuftragMitBezug } from '../zustellung/index.ts';
import { ART_TEXT, KLAGE_TEXT, KUENDIGUNG_TEXT, type Erklaerung } from './erklaerung-daten.ts';
import type { VermieterKontext } from './kontext.ts';

// The follow-up xSozial message "Erklärung des Vermieters": header from the application's original message
// (referenzUUID = its UUID), the declaration as PDF, the account statement as attachment, and the declaration
// as typed data in its own namespace (nachricht/vermieter-erklaerung/), an element of the message.

/** The delivery reference of a declaration's follow-up message: "vermieter:" and the invitation's id. */
export const VERMIETER_BEZUG = 'vermieter:';

export type Datei = { dateiname: string; mime: MimeType; inhalt: Buffer };
export type Gebaut = { xml: string; nachrichtUUID: string; referenzUUID: string | undefined };

/** The original message of the application, read (its delivery reference is the id or the number). */
async function original(k: VermieterKontext, antrag: AntragZeile) {
  const auftrag = await neuesterAuftragMitBezug(k.db, [antrag.id, antrag.vorgangsnummer]);
  if (auftrag === undefined) return undefined;
  const gelesen = leseNachricht(entschluesselteNachricht(k.schluessel, auftrag).toString('utf8'));
  return gelesen.ok ? gelesen.nachricht : undefined;
}

/**
 * The landlord's declaration as the office received it: read back from its delivered follow-up message, so
 * the inbox shows what any Fachverfahren imports (issue 11); undefined when no message was queued.
 */
export async function erklaerungAusNachricht(
  k: Pick<VermieterKontext, 'db' | 'schluessel'>,
  einladungId: string,
): Promise<Erklaerung | undefined> {
  const auftrag = await neuesterAuftragMitBezug(k.db, [`${VERMIETER_BEZUG}${einladungId}`]);
  if (auftrag === undefined) return undefined;
  const gelesen = leseNachricht(entschluesselteNachricht(k.schluessel, auftrag).toString('utf8'));
  return gelesen.ok ? gelesen.nachricht.vermieterErklaerung : undefined;
}

const janein = (b: boolean) => (b ? 'Ja' : 'Nein');
const euro = (c: number | undefined) => (c === undefined ? '–' : formatEuro(c));

/** The sections of the declaration's PDF (label/value pairs; the months are a table of their own). */
export function pdfAbschnitte(e: Erklaerung) {
  const p = e.erklaerende;
  return [
    {
      titel: 'Erklärende Stelle',
      felder: [
        { label: 'Art', wert: ART_TEXT[p.art] },
        { label: 'Name oder Firma', wert: p.name },
        { label: 'Ansprechperson', wert: p.ansprechperson ?? '–' },
        { label: 'Telefon', wert: p.telefon ?? '–' },
        { label: 'E-Mail', wert: p.email ?? '–' },
      ],
    },
    {
      titel: 'Rückstand',
      felder: [
        { label: 'Stand des Mietkontos', wert: formatDatum(e.rueckstand.stand) },
        { label: 'Davon Nutzungsentschädigung', wert: euro(e.rueckstand.nutzungsentschaedigungCent) },
        { label: 'Mahn-, Anwalts- oder Gerichtskosten', wert: euro(e.rueckstand.kostenCent) },
      ],
    },
    {
      titel: 'Aktuelle monatliche Miete',
      felder: [
        { label: 'Grundmiete', wert: euro(e.miete.grundmieteCent) },
        { label: 'Betriebskosten', wert: euro(e.miete.betriebskostenCent) },
        { label: 'Heizkosten', wert: euro(e.miete.heizkostenCent) },
        { label: 'Sonstiges', wert: euro(e.miete.sonstigesCent) },
      ],
    },
    {
      titel: 'Fortsetzung des Mietverhältnisses',
      felder: [
        { label: 'Fortsetzung nach Zahlung der Rückstände', wert: janein(e.fortsetzung) },
        { label: 'Kündigung', wert: KUENDIGUNG_TEXT[e.kuendigung] },
        { label: 'Räumungsklage', wert: KLAGE_TEXT[e.raeumungsklage] },
        { label: 'Zahlung bis', wert: e.zahlungBis === undefined ? '–' : formatDatum(e.zahlungBis) },
        {
          label: 'Termin der Räumung',
          wert: e.raeumungstermin === undefined ? '–' : formatDatum(e.raeumungstermin),
        },
      ],
    },
    {
      titel: 'Bankverbindung',
      felder: [
        { label: 'Kontoinhaber', wert: e.bank.kontoinhaber },
        { label: 'IBAN', wert: e.bank.iban },
        { label: 'BIC', wert: e.bank.bic ?? '–' },
        { label: 'Verwendungszweck', wert: e.bank.verwendungszweck },
      ],
    },
  ];
}

export async function baueErklaerungsnachricht(
  k: VermieterKontext,
  antrag: AntragZeile,
  e: Erklaerung,
  datei: Datei,
): Promise<Ergebnis<Gebaut>> {
  const eingang = k.repo.antragDaten(antrag);
  const verbindung = await leseVerbindung(k.db, antrag.behoerde_ags, DIENST_MIETRUECKSTAENDE);
  const kopf = await original(k, antrag);
  if (verbindung === undefined && kopf === undefined)
    return fehler('Für dieses Sozialamt ist keine elektronische Zustellung eingerichtet.');
  const jetzt = k.jetzt();
  const pdf = await renderVermieterErklaerungPdf({
    vorgangsnummer: antrag.vorgangsnummer,
    mieter: eingang.antragsteller,
    wohnung: eingang.wohnungsanschrift,
    eingereichtAm: jetzt,
    abschnitte: pdfAbschnitte(e),
    monate: e.rueckstand.monate.map((m) => ({ monat: m.monat, betragCent: m.offenCent })),
    datei: datei.dateiname,
  });
  const profil = profilFuerVersion(kopf?.version ?? verbindung?.xsozialVersion ?? '') ?? STANDARD_PROFIL;
  const vorgang: XsozialVorgang = {
    ...folgenachrichtBasis(antrag, eingang.daten, kopf, verbindung, jetzt),
    antragPdf: pdf,
    anlagen: [
      {
        art: 'forderungsaufstellung',
        dateiname: datei.dateiname,
        mimeType: datei.mime,
        inhalt: datei.inhalt,
        name: 'Mietkontoauszug (vom Vermieter)',
      },
    ],
    // The declaration as typed data, checked with the whole message against the XSDs.
    vermieterErklaerung: {
      ...e,
      vorgangsnummer: antrag.vorgangsnummer,
      referenzUUID: kopf?.nachrichtenUUID,
      abgegebenAm: jetzt,
    },
  };
  const gebaut = await baueUndValidiereNachricht(vorgang, profil);
  if (!gebaut.ok)
    return fehler(
      `Die Nachricht an das Sozialamt konnte nicht erstellt werden (${gebaut.fehler.map((f) => `${f.feld}: ${f.meldung}`).join(', ')}).`,
    );
  return ok({ xml: gebaut.wert, nachrichtUUID: vorgang.nachrichtUUID, referenzUUID: vorgang.referenzUUID });
}
