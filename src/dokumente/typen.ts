// Input types of the PDF rendering. They are structurally compatible with the neutral summary of the wizard
// (src/antrag/zusammenfassung.ts) and with the office rows of src/katalog/, without importing either:
// dokumente/ depends on nothing but its inputs.

/** One answer: the question as the citizen saw it and the answer as display text. */
export type PdfFeld = { label: string; wert: string };

/** A titled group of answers inside a section, e.g. one per household member. */
export type PdfGruppe = { titel: string; felder: readonly PdfFeld[] };

/** One section of the application (A–R of the field list). */
export type PdfAbschnitt = {
  id: string;
  titel: string;
  felder: readonly PdfFeld[];
  gruppen?: readonly PdfGruppe[];
};

/** The neutral summary: what the check-answers page shows, in the same order. */
export type PdfZusammenfassung = { abschnitte: readonly PdfAbschnitt[] };

/** The responsible office as printed on both documents (a subset of a `behoerde` row). */
export type PdfBehoerde = {
  name: string;
  amt?: string | null;
  strasse: string;
  plz: string;
  ort: string;
  telefon?: string | null;
  email?: string | null;
  webseite?: string | null;
  sprechzeiten?: string | null;
};

/**
 * The end of the Schonfrist (§ 569 Abs. 3 Nr. 2 BGB), ISO date `YYYY-MM-DD`. `vorlaeufig` when only the filing
 * date of the eviction suit was known, not the date it was served.
 */
export type PdfSchonfrist = { ende: string; vorlaeufig: boolean };

/** A document attached to the application. */
export type PdfAnlage = { bezeichnung: string; dateiname: string; bytes?: number };

/** A document that is required but was not attached ("später nachreichen"). */
export type PdfFehlenderNachweis = { bezeichnung: string; hinweis?: string };

export type AntragPdfEingabe = {
  /** Human-friendly transaction number, e.g. "MR-2026-4K7P-Q9XD". */
  vorgangsnummer: string;
  /** The submission time (legally relevant: the office learns of the need, § 18 SGB XII). */
  eingereichtAm: Date;
  behoerde: PdfBehoerde;
  /** Full name of the applicant, e.g. "Anna Müller". */
  antragsteller: string;
  schonfrist?: PdfSchonfrist | null;
  zusammenfassung: PdfZusammenfassung;
  anlagen: readonly PdfAnlage[];
  fehlendeNachweise: readonly PdfFehlenderNachweis[];
  /** Notes printed under the cover block, e.g. the Jobcenter hint for SGB II recipients. */
  hinweise?: readonly string[];
};

export type EingangsbestaetigungPdfEingabe = {
  vorgangsnummer: string;
  eingereichtAm: Date;
  behoerde: PdfBehoerde;
  antragsteller: string;
  /** Address of the flat at risk, one line, e.g. "Lange Straße 12, 18055 Rostock". */
  wohnungsanschrift: string;
  /** Total arrears in integer cents. */
  rueckstandGesamtCent: number;
  /** Requested amount in integer cents. */
  beantragterBetragCent: number;
  schonfrist?: PdfSchonfrist | null;
  anlagen: readonly PdfAnlage[];
  fehlendeNachweise: readonly PdfFehlenderNachweis[];
  /** The applicant receives Bürgergeld (SGB II): the Jobcenter is responsible, the office forwards. */
  jobcenterHinweis?: boolean;
};

/** The cover letter of a follow-up message: what the office asked for and which files come with it. */
export type AnschreibenPdfEingabe = {
  vorgangsnummer: string;
  antragsteller: string;
  /** The office's name. */
  behoerde: string;
  nachgefordertAm: Date;
  /** The deadline, ISO `YYYY-MM-DD`. */
  frist: string;
  /** The time of sending; also the creation date of the PDF. */
  nachgereichtAm: Date;
  /** Each requested kind of document with the number of files for it. */
  unterlagen: readonly { titel: string; anzahl: number }[];
  dateien: readonly { titel: string; dateiname: string }[];
};

/**
 * The written way (the office does not take the application online): the answers entered so far as a
 * printable application form to sign and send. Marked as a paper application; it has no transaction number.
 */
export type PapierantragPdfEingabe = {
  /** When the citizen downloaded it; also the creation date of the PDF. */
  erstelltAm: Date;
  behoerde: PdfBehoerde;
  antragsteller: string;
  schonfrist?: PdfSchonfrist | null;
  zusammenfassung: PdfZusammenfassung;
  /** The documents to enclose (copies). */
  beilagen: readonly PdfFehlenderNachweis[];
  hinweise?: readonly string[];
};
