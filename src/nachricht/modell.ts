import type { InhaltDefinition, InhaltWerte } from './inhalt/definition.ts';
import type { VermieterErklaerung } from './vermieter-erklaerung/modell.ts';

// The input of the message builder: everything an xSozial-basis application message carries, independent of
// the wizard's data model (one mapper per section turns an application into this). Dates are ISO strings
// `YYYY-MM-DD`; the creation time is an instant. Codes are NOT part of this model: they come from the receiver's
// profile (profile/*.ts), so the official values drop in without changing callers.

/** An authority in the DVDV (Deutsches Verwaltungsdiensteverzeichnis). */
export interface DvdvBehoerde {
  /** "<präfix>:<kennung>", e.g. "sozialamt:13003000" or the sample's "bth:020000000000". */
  kennung: string;
  /** Plain name, e.g. "Hansestadt Rostock, Amt für Soziales". */
  name: string;
}

/** The root attributes produkt, produkthersteller, produktversion. */
export interface Produktangaben {
  produkt: string;
  produkthersteller: string;
  produktversion?: string;
}

export type Geschlecht = 'maennlich' | 'weiblich' | 'divers' | 'ohneAngabe';

/** The role of a person in the household of the application. */
export type PersonRolle = 'antragsteller' | 'haushaltsmitglied';

/** Relation of a household member to the applicant (field list C). */
export type Beziehung =
  'ehepartner' | 'partner' | 'kind' | 'elternteil' | 'sonstigVerwandt' | 'nichtVerwandt';

export type Kanal = 'email' | 'telefon' | 'mobil' | 'fax';

export interface Kommunikation {
  kanal: Kanal;
  /** The address or number, as entered. */
  kennung: string;
}

/** Postal address in Germany (XInneres "gebaeude"). */
export interface Anschrift {
  strasse: string;
  /** As entered, e.g. "12", "12a", "116/1"; split into number and suffix where XInneres allows it. */
  hausnummer?: string;
  plz: string;
  ort: string;
  /** e.g. "bei Müller", "Hinterhaus, 3. OG". */
  zusatz?: string;
}

export interface NatuerlichePerson {
  vorname: string;
  familienname: string;
  titel?: string;
  geburtsname?: string;
  /** ISO date. */
  geburtsdatum?: string;
  geschlecht?: Geschlecht;
  /** Destatis key of the citizenship, 3 digits ("000" = deutsch). */
  staatsangehoerigkeit?: string;
}

export interface Person extends NatuerlichePerson {
  /** Local id, unique within the message, referenced by leistungen (e.g. "Person_1"). */
  personID: string;
  rolle: PersonRolle;
  /** For household members: relation to the applicant. */
  beziehung?: Beziehung;
  /**
   * Receives the office's letters. Default: the applicant, unless a third party (e.g. the representative)
   * is marked. At most one person or third party may be marked.
   */
  schriftgutempfaenger?: boolean;
  anschrift?: Anschrift;
  kommunikation?: Kommunikation[];
}

export type DritteArt = 'vermieter' | 'hausverwaltung' | 'energieversorger' | 'vertretung';

export interface Bankverbindung {
  kontoinhaber: string;
  /** Without spaces or with groups of four; stored without spaces. */
  iban: string;
  bic?: string;
  /** e.g. the tenant number or contract number as payment reference. */
  verwendungszweck?: string;
}

/** A third party: landlord, property management, energy supplier, representative. */
export interface Dritter {
  dritteID: string;
  art: DritteArt;
  /** Company or authority name; absent for a private person. */
  organisation?: string;
  /** The private person itself, or the contact person of the organisation. */
  ansprechpartner?: NatuerlichePerson;
  anschrift: Anschrift;
  kommunikation?: Kommunikation[];
  bank?: Bankverbindung;
  schriftgutempfaenger?: boolean;
}

/** The reply mailbox (BundID Postfach, "Nutzerkonto Bund"). */
export interface Postfach {
  postfachID: string;
  provider: 'nkb';
}

export type LeistungArt = 'mietschulden' | 'energieschulden';

export interface BeantragteLeistung {
  art: LeistungArt;
  /** The person the benefit is requested for; default: the applicant. */
  personID?: string;
  /** Local id; default "<art>_<personID>". */
  leistungID?: string;
}

export type DokumentArt =
  | 'mietvertrag'
  | 'forderungsaufstellung'
  | 'mahnung'
  | 'kuendigung'
  | 'raeumungsklage'
  | 'raeumungsurteil'
  | 'nebenkostenabrechnung'
  | 'einkommensnachweis'
  | 'kontoauszug'
  | 'vermoegensnachweis'
  | 'schuldennachweis'
  | 'vermietererklaerung'
  | 'aufenthaltstitel'
  | 'ausweis'
  | 'vollmacht'
  | 'energieversorger'
  | 'sonstiges';

export type MimeType = 'application/pdf' | 'image/jpeg' | 'image/png';

export interface Anlage {
  art: DokumentArt;
  dateiname: string;
  mimeType: MimeType;
  inhalt: Buffer;
  /** Shown name; default: the file name. */
  name?: string;
  /** Local id; default "Dok_ID_Anlage_<n>". */
  dokumentID?: string;
}

/** A free key/value note (placeholder extension, see the profile), e.g. the Jobcenter hint. */
export interface Zusatzangabe {
  schluessel: string;
  wert: string;
}

/** Everything one `vorgang.transportieren.1000001` message carries. */
export interface XsozialVorgang {
  /** New UUID per message (RFC 4122); a message sent again unchanged keeps it, a corrected one gets a new one. */
  nachrichtUUID: string;
  /** Creation time; written with milliseconds and the Berlin offset. */
  erstellt: Date;
  /** Test message (root attribute `test`); receivers must not process it productively. */
  test: boolean;
  /** The responsible office (reader). */
  leser: DvdvBehoerde;
  /** This installation (author). */
  autor: DvdvBehoerde;
  /** The receiver's DVDV service URI (also the XTA Service). */
  dvdvDienstkennung: string;
  /** For follow-up messages: the UUID of the message this one refers to. */
  referenzUUID?: string;
  produkt?: Produktangaben;
  /** UUID (or other id) of the case; the same for all messages of one application. */
  vorgangsID: string;
  /** ISO date of submission. */
  antragsDatum: string;
  personen: Person[];
  dritte: Dritter[];
  leistungen: BeantragteLeistung[];
  postfach?: Postfach;
  /** The application PDF; always the first document, named "Antrag.pdf". */
  antragPdf: Buffer;
  anlagen: Anlage[];
  /** The applicant receives SGB II benefits: the Jobcenter is probably responsible (§ 22 Abs. 8 SGB II). */
  jobcenterHinweis?: boolean;
  zusatzangaben?: Zusatzangabe[];
  /** Every answer of the application as typed data (extension element, see inhalt/ and ADR 0017). */
  antragsangaben?: { definition: InhaltDefinition; werte: InhaltWerte };
  /** Follow-up message "Erklärung des Vermieters": the declaration as typed data (ADR 0023). */
  vermieterErklaerung?: VermieterErklaerung;
}
