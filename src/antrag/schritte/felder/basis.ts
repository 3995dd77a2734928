import { z } from 'zod';
import type { Zustaendigkeit } from '../../../zustaendigkeit/index.ts';
import type { Ergebnis } from '../../../shared/index.ts';

// What every field factory shares: the raw input, the field's description for the page, and the wrapping of
// a parser (werte.ts) into a zod schema with German messages, optional fields included.

/** What validation may depend on besides the input: today's date in Germany (ISO), and the routing. */
export type Kontext = {
  heute: string;
  /**
   * Routing for the flat's postal code (zustaendigkeit/), looked up by the routes before evaluating; absent
   * when no postal code is known yet or nobody looked it up (then the Kreis is chosen, as without a gazetteer).
   */
  zustaendigkeit?: Zustaendigkeit | undefined;
};

/** A raw form value as posted: one string, several (checkboxes), or the parts of a date. */
export type RohWert = string | string[] | Record<string, string>;
export type RohEingabe = Record<string, RohWert>;

// Far above every field's own limit, so an over-long value still reaches its schema and is refused there with
// the limit stated; it only bounds the work per field (the body limit bounds the request).
const HOECHSTLAENGE = 100_000;

/** One posted value as typed: the first of repeated fields, bounded in length; '' for anything else. */
export function einzelwert(wert: unknown): string {
  const w: unknown = Array.isArray(wert) ? wert[0] : wert;
  return typeof w === 'string' ? w.slice(0, HOECHSTLAENGE) : '';
}

/** Attributes of the BundID identity a field can be pre-filled from. */
export type BundIdAttribut =
  | 'vorname'
  | 'familienname'
  | 'geburtsname'
  | 'geburtsdatum'
  | 'geburtsort'
  | 'strasse'
  | 'hausnummer'
  | 'plz'
  | 'ort'
  | 'staatsangehoerigkeit'
  | 'email';

export type Option<W extends string = string> = { wert: W; label: string; hinweis?: string };

export type FeldArt =
  | 'text'
  | 'textbereich'
  | 'geld'
  | 'dezimal'
  | 'ganzzahl'
  | 'datum'
  | 'monat'
  | 'iban'
  | 'plz'
  | 'email'
  | 'telefon'
  | 'auswahl'
  | 'liste'
  | 'mehrfach'
  | 'bestaetigung';

export type FeldAnzeige = {
  art: FeldArt;
  label: string;
  hinweis?: string;
  optional: boolean;
  optionen?: readonly Option[];
  breite?: 2 | 3 | 4 | 5 | 10 | 20;
  autocomplete?: string;
  bundid?: BundIdAttribut;
  maxLength?: number;
  /** Label text shown only on the check-answers page and in the PDF, when the form label is a question. */
  kurz?: string;
};

export type Feld<T> = FeldAnzeige & { schema: (k: Kontext) => z.ZodType<T> };

export type Basis = {
  label: string;
  hinweis?: string;
  kurz?: string;
  /** The noun phrase for messages, e.g. "die Grundmiete" → "Geben Sie die Grundmiete an". */
  was: string;
};
export type Optional<O extends boolean | undefined> = { optional?: O };
export type Wert<T, O> = O extends true ? T | undefined : T;

export function ausRoh<T>(pruefen: (roh: unknown, k: Kontext) => Ergebnis<T>) {
  return (k: Kontext) =>
    z.unknown().transform((roh, ctx): T => {
      const ergebnis = pruefen(roh, k);
      if (!ergebnis.ok) {
        ctx.addIssue({ code: 'custom', message: ergebnis.fehler });
        return z.NEVER;
      }
      return ergebnis.wert;
    });
}

export const text = (roh: unknown): string => (typeof roh === 'string' ? roh : '').trim();
export const leer = (roh: unknown) => text(roh) === '';

export function mitOptional<T>(
  optional: boolean | undefined,
  parse: (roh: unknown, k: Kontext) => Ergebnis<T>,
  istLeer: (roh: unknown) => boolean = leer,
) {
  return ausRoh<T | undefined>((roh, k) =>
    optional === true && istLeer(roh) ? { ok: true, wert: undefined } : parse(roh, k),
  );
}

export function anzeige(b: Basis, art: FeldArt, optional: boolean | undefined): FeldAnzeige {
  return {
    art,
    label: b.label,
    optional: optional === true,
    ...(b.hinweis !== undefined ? { hinweis: b.hinweis } : {}),
    ...(b.kurz !== undefined ? { kurz: b.kurz } : {}),
  };
}

export function plusJahre(iso: string, jahre: number): string {
  return `${Number(iso.slice(0, 4)) + jahre}${iso.slice(4)}`.replace(/-02-29$/, '-02-28');
}
