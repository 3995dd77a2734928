import { formatDatumLang, formatEuro, formatMonat } from '../../shared/index.ts';
import { alleSchritte, type AntragDaten } from '../flow.ts';
import type { Feld } from '../schritte/felder.ts';
import type { Schritt } from '../schritte/schritt.ts';
import { formatIban, zahl } from '../schritte/werte.ts';
import { erklaerungen } from '../schritte/erklaerungen.ts';

// The building blocks of the summary: a formatted answer, a section, and the answers of one step.

export type Angabe = {
  label: string;
  wert: string;
  /** The step (instance key) where the answer is changed; used for change links, ignored by the PDF. */
  schritt?: string;
};

/** A repeated block inside a section, e.g. one household member or the income of one person. */
export type Gruppe = { titel: string; felder: Angabe[] };

export type Abschnitt = {
  /** Stable id of the section, e.g. 'antragsteller', 'haushalt', 'erklaerungen'. */
  id: string;
  /** Heading, e.g. "Antragstellende Person". */
  titel: string;
  felder: Angabe[];
  gruppen?: Gruppe[];
};

/** Formats one stored value for people, by the kind of field. */
export function formatWert(feld: Feld<unknown>, wert: unknown): string | undefined {
  if (wert === undefined || wert === null) return undefined;
  if (typeof wert === 'boolean') {
    if (feld.art === 'bestaetigung') return wert ? 'Ja' : 'Nein';
    return wert ? 'Ja' : 'Nein';
  }
  if (Array.isArray(wert)) {
    if (wert.length === 0) return undefined;
    return wert.map((w) => optionLabel(feld, typeof w === 'string' ? w : JSON.stringify(w))).join(', ');
  }
  const text =
    typeof wert === 'string' ? wert : typeof wert === 'number' ? String(wert) : JSON.stringify(wert);
  switch (feld.art) {
    case 'geld':
      return formatEuro(Number(wert));
    case 'dezimal':
      return zahl(Number(wert));
    case 'datum':
      return formatDatumLang(text);
    case 'monat':
      return formatMonat(text);
    case 'iban':
      return formatIban(text);
    case 'auswahl':
    case 'liste':
      return optionLabel(feld, text);
    default:
      return text;
  }
}

function optionLabel(feld: Feld<unknown>, wert: string): string {
  return feld.optionen?.find((o) => o.wert === wert)?.label ?? wert;
}

/** Every answered field of a step, in the order of the form, with its short label. */
export function angabenAus(
  schritt: Schritt,
  daten: Record<string, unknown> | undefined,
  key: string = schritt.id,
  ohne: string[] = [],
): Angabe[] {
  if (daten === undefined) return [];
  const angaben: Angabe[] = [];
  for (const [name, feld] of Object.entries(schritt.felder)) {
    if (ohne.includes(name)) continue;
    const wert = formatWert(feld, daten[name]);
    if (wert !== undefined) angaben.push({ label: feld.kurz ?? feld.label, wert, schritt: key });
  }
  return angaben;
}

const schritt = (id: string): Schritt => {
  const s = [...alleSchritte, erklaerungen].find((x) => x.id === id);
  if (s === undefined) throw new Error(`Unbekannter Schritt ${id}`);
  return s;
};

export const aus = (
  d: AntragDaten,
  id: Exclude<keyof AntragDaten, 'personen' | 'einkommen'>,
  ohne: string[] = [],
) => angabenAus(schritt(id), d[id], id, ohne);

type Adresse = {
  strasse: string;
  hausnummer: string;
  adresszusatz?: string | undefined;
  plz: string;
  ort: string;
};

function adresszeile(a: Adresse): string {
  return `${a.strasse} ${a.hausnummer}${a.adresszusatz !== undefined ? `, ${a.adresszusatz}` : ''}, ${a.plz} ${a.ort}`;
}

export function adresse(label: string, a: Adresse | undefined, key: string): Angabe[] {
  return a === undefined ? [] : [{ label, wert: adresszeile(a), schritt: key }];
}

export const ADRESSFELDER = ['strasse', 'hausnummer', 'adresszusatz', 'plz', 'ort'];
