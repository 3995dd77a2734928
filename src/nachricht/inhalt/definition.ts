// The application content beyond what xSozial-basis 2.4.0 has a place for: a definition of sections and typed
// fields, from which everything else is derived (XML elements and reader, the extension XSD, the JSON Schema of
// /api/v1, the receiver documentation). The concrete definition is built from the wizard's step definitions
// (antrag/inhalt/), so a new field cannot be forgotten in the message.

/** Namespace of the extension; the version is part of it (a breaking change gets a new namespace). */
export const ANTRAG_NAMESPACE = 'urn:de:mv:efa:mietrueckstaende:antrag:1.0';
export const ANTRAG_PRAEFIX = 'ma';
export const ANTRAG_VERSION = '1.0';
/** File name of the extension XSD in src/nachricht/xsd/ (also its schemaLocation). */
export const ANTRAG_XSD = 'mietrueckstaende-antrag-1.0.xsd';
/** Root element of the extension, last child of xsb:vorgang. */
export const ANTRAG_WURZEL = 'antragsangaben';

/**
 * text: DIN 91379 string; datum: xs:date; zeitpunkt: xs:dateTime with offset; monat: xs:gYearMonth; betrag: whole cents in the value and JSON, euro
 * with two places in the XML;
 * dezimal: decimal; ganzzahl: xs:integer; janein: xs:boolean; code: one value of the field's code list;
 * codes: several values (repeated element).
 */
export type FeldTyp =
  'text' | 'datum' | 'zeitpunkt' | 'monat' | 'betrag' | 'dezimal' | 'ganzzahl' | 'janein' | 'code' | 'codes';

export interface CodeEintrag {
  code: string;
  label: string;
}

export interface FeldDefinition {
  /** Element and JSON property name. */
  name: string;
  typ: FeldTyp;
  /** Label as the citizen saw it. */
  titel: string;
  optional: boolean;
  codes?: readonly CodeEintrag[];
  /** Name of the code list for the documentation (default: the field's own list in the extension XSD). */
  codeliste?: string;
  /** Where xSozial-basis 2.4.0 carries the same value as well (XPath below xsb:vorgang), if anywhere. */
  basis?: string;
}

export interface AbschnittDefinition {
  /** Element and JSON property name (camelCase). */
  name: string;
  titel: string;
  /** Repeated sections (household members, income per person, months) are lists. */
  wiederholt: boolean;
  felder: readonly FeldDefinition[];
}

export interface InhaltDefinition {
  abschnitte: readonly AbschnittDefinition[];
}

export type FeldWert = string | number | boolean | readonly string[];
export type AbschnittWerte = Record<string, FeldWert | undefined>;
/** The content: per section one record, or a list for repeated sections; sections that do not apply are absent. */
export type InhaltWerte = Record<string, AbschnittWerte | AbschnittWerte[] | undefined>;
