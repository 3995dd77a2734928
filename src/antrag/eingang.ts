import type { Behoerde } from '../katalog/index.ts';
import type { DateiInfo } from './repo-basis.ts';
import { ANTRAGSTELLER, jobcenterZustaendig, personName, type AntragDaten } from './flow.ts';
import type { Bedarf } from './flow-unterlagen.ts';
import { schonfristHinweiseFuerAmt, vorbehaltHinweise, type Schonfrist } from './frist.ts';
import type { Einschaetzung } from './inhalt/einschaetzung.ts';
import { unterlagenArt } from './schritte/unterlagen.ts';
import { zusammenfassen, type Zusammenfassung } from './zusammenfassung.ts';
import { kontaktVon } from '../zustaendigkeit/index.ts';

// What is fixed at submission and stored (encrypted) with the application: the typed answers, the summary as
// the citizen confirmed it, the documents attached and missing. The receipt page, Antrag.pdf and the
// Eingangsbestätigung are rendered from it; their inputs match dokumente/'s types structurally.

export type Anlage = { art: string; bezeichnung: string; dateiname: string; bytes: number };
export type FehlenderNachweis = { bezeichnung: string; hinweis?: string };

export type Eingang = {
  version: 1;
  daten: AntragDaten;
  zusammenfassung: Zusammenfassung;
  antragsteller: string;
  wohnungsanschrift: string;
  rueckstandGesamtCent: number;
  beantragterBetragCent: number;
  anlagen: Anlage[];
  fehlendeNachweise: FehlenderNachweis[];
  hinweise: string[];
  /** From the BundID login, for replies to the citizen's mailbox. */
  buerger: { vertrauensniveau: string; postfach?: string | undefined };
};

export const JOBCENTER_HINWEIS =
  'Im Haushalt wird Bürgergeld (SGB II) bezogen: zuständig ist wahrscheinlich das Jobcenter (§ 22 Abs. 8 SGB II). Bitte weiterleiten (§ 16 Abs. 2 SGB I).';

export function wohnungsanschrift(d: AntragDaten): string {
  const a = d.wohnung?.gleicheAnschrift === false ? d['wohnung-anschrift'] : d.anschrift;
  if (a === undefined) return '';
  return `${a.strasse} ${a.hausnummer}${a.adresszusatz !== undefined ? `, ${a.adresszusatz}` : ''}, ${a.plz} ${a.ort}`;
}

export function eingangAus(
  d: AntragDaten,
  dateien: DateiInfo[],
  fehlend: Bedarf[],
  buerger: Eingang['buerger'],
): Eingang {
  return {
    version: 1,
    daten: d,
    zusammenfassung: zusammenfassen(d),
    antragsteller: personName(d, ANTRAGSTELLER),
    wohnungsanschrift: wohnungsanschrift(d),
    rueckstandGesamtCent: d.rueckstand?.gesamt ?? 0,
    beantragterBetragCent: d.leistungswunsch?.betrag ?? 0,
    anlagen: dateien.map((f) => ({
      art: f.art,
      bezeichnung: unterlagenArt(f.art)?.titel ?? f.art,
      dateiname: f.dateiname,
      bytes: f.groesse,
    })),
    fehlendeNachweise: fehlend.map((b) => ({ bezeichnung: b.titel, hinweis: b.hinweis })),
    hinweise: [...(jobcenterZustaendig(d) ? [JOBCENTER_HINWEIS] : []), ...schonfristHinweiseFuerAmt(d)],
    buerger,
  };
}

/** The notes for the office (as in Antrag.pdf) from the triage facts read back from the message. */
export function hinweiseAus(e: Einschaetzung): string[] {
  return [...(e.jobcenter.hinweis ? [JOBCENTER_HINWEIS] : []), ...vorbehaltHinweise(e.vorbehalte)];
}

type Kopf = {
  vorgangsnummer: string;
  eingereichtAm: Date;
  behoerde: Behoerde;
  schonfrist: Schonfrist | null;
};

function pdfBehoerde(b: Behoerde) {
  const { ags: _ags, ...kontakt } = kontaktVon(b);
  return kontakt;
}

/** Input of dokumente/'s renderAntragPdf. */
export function antragPdfEingabe(e: Eingang, k: Kopf) {
  return {
    vorgangsnummer: k.vorgangsnummer,
    eingereichtAm: k.eingereichtAm,
    behoerde: pdfBehoerde(k.behoerde),
    antragsteller: e.antragsteller,
    schonfrist: k.schonfrist,
    zusammenfassung: e.zusammenfassung,
    anlagen: e.anlagen.map((a) => ({ bezeichnung: a.bezeichnung, dateiname: a.dateiname, bytes: a.bytes })),
    fehlendeNachweise: e.fehlendeNachweise,
    hinweise: e.hinweise,
  };
}

/** Input of dokumente/'s renderEingangsbestaetigungPdf. */
export function eingangsbestaetigungPdfEingabe(e: Eingang, k: Kopf) {
  return {
    vorgangsnummer: k.vorgangsnummer,
    eingereichtAm: k.eingereichtAm,
    behoerde: pdfBehoerde(k.behoerde),
    antragsteller: e.antragsteller,
    wohnungsanschrift: e.wohnungsanschrift,
    rueckstandGesamtCent: e.rueckstandGesamtCent,
    beantragterBetragCent: e.beantragterBetragCent,
    schonfrist: k.schonfrist,
    anlagen: e.anlagen.map((a) => ({ bezeichnung: a.bezeichnung, dateiname: a.dateiname, bytes: a.bytes })),
    fehlendeNachweise: e.fehlendeNachweise,
    jobcenterHinweis: jobcenterZustaendig(e.daten),
  };
}

export type PdfRenderer = {
  antrag(eingabe: ReturnType<typeof antragPdfEingabe>): Promise<Buffer>;
  eingangsbestaetigung(eingabe: ReturnType<typeof eingangsbestaetigungPdfEingabe>): Promise<Buffer>;
};
