import { z } from 'zod';
import { pruefeDin91379 } from '../../nachricht/din91379.ts';
import type { Zustaendigkeit } from '../../zustaendigkeit/regeln.ts';
import {
  parseDatum,
  parseDezimal,
  parseEmail,
  parseGanzzahl,
  parseGeld,
  parseIban,
  parseMonat,
  parsePlz,
  parseTelefon,
  type DatumsGrenzen,
} from './werte.ts';
import type { Ergebnis } from '../../shared/ergebnis.ts';

// Field factories: each returns the zod schema of one form value (raw strings in, typed value out, German
// messages) plus what the page needs to render it. A step's schema is built from its fields (schritt.ts).

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

const HOECHSTLAENGE = 5000;

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

type Basis = {
  label: string;
  hinweis?: string;
  kurz?: string;
  /** The noun phrase for messages, e.g. "die Grundmiete" → "Geben Sie die Grundmiete an". */
  was: string;
};
type Optional<O extends boolean | undefined> = { optional?: O };
type Wert<T, O> = O extends true ? T | undefined : T;

function ausRoh<T>(pruefen: (roh: unknown, k: Kontext) => Ergebnis<T>) {
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

const text = (roh: unknown): string => (typeof roh === 'string' ? roh : '').trim();
const leer = (roh: unknown) => text(roh) === '';

function mitOptional<T>(
  optional: boolean | undefined,
  parse: (roh: unknown, k: Kontext) => Ergebnis<T>,
  istLeer: (roh: unknown) => boolean = leer,
) {
  return ausRoh<T | undefined>((roh, k) =>
    optional === true && istLeer(roh) ? { ok: true, wert: undefined } : parse(roh, k),
  );
}

function anzeige(b: Basis, art: FeldArt, optional: boolean | undefined): FeldAnzeige {
  return {
    art,
    label: b.label,
    optional: optional === true,
    ...(b.hinweis !== undefined ? { hinweis: b.hinweis } : {}),
    ...(b.kurz !== undefined ? { kurz: b.kurz } : {}),
  };
}

export function textfeld<O extends boolean | undefined = undefined>(
  b: Basis &
    Optional<O> & {
      maxLength?: number;
      breite?: FeldAnzeige['breite'];
      autocomplete?: string;
      bundid?: BundIdAttribut;
    },
): Feld<Wert<string, O>> {
  const max = b.maxLength ?? 200;
  return {
    ...anzeige(b, 'text', b.optional),
    maxLength: max,
    ...(b.breite !== undefined ? { breite: b.breite } : {}),
    ...(b.autocomplete !== undefined ? { autocomplete: b.autocomplete } : {}),
    ...(b.bundid !== undefined ? { bundid: b.bundid } : {}),
    schema: mitOptional(b.optional, (roh) => {
      const wert = text(roh).normalize('NFC').replace(/\s+/g, ' ');
      if (wert === '') return { ok: false, fehler: `Geben Sie ${b.was} an` };
      if (wert.length > max) {
        return { ok: false, fehler: `${gross(b.was)} darf höchstens ${max} Zeichen lang sein` };
      }
      // Names and addresses go to the office in the xSozial message, which allows only DIN 91379 (Latin).
      const falsch = pruefeDin91379(wert);
      if (falsch.length > 0) {
        return {
          ok: false,
          fehler: `${gross(b.was)} enthält Zeichen, die nicht übermittelt werden können: ${falsch.map((z) => `„${z}“`).join(', ')}. Bitte verwenden Sie lateinische Buchstaben`,
        };
      }
      return { ok: true, wert };
    }) as Feld<Wert<string, O>>['schema'],
  };
}

export function textbereich<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { maxLength?: number },
): Feld<Wert<string, O>> {
  const max = b.maxLength ?? 2000;
  return {
    ...anzeige(b, 'textbereich', b.optional),
    maxLength: max,
    schema: mitOptional(b.optional, (roh) => {
      const wert = (typeof roh === 'string' ? roh : '').replace(/\r\n/g, '\n').trim();
      if (wert === '') return { ok: false, fehler: `Geben Sie ${b.was} an` };
      if (wert.length > max) {
        return {
          ok: false,
          fehler: `${gross(b.was)} darf höchstens ${max} Zeichen lang sein (Sie haben ${wert.length} eingegeben)`,
        };
      }
      return { ok: true, wert };
    }) as Feld<Wert<string, O>>['schema'],
  };
}

export function geld<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O>,
): Feld<Wert<number, O>> {
  return {
    ...anzeige(b, 'geld', b.optional),
    breite: 10,
    schema: mitOptional(b.optional, (roh) => parseGeld(text(roh), b.was)) as Feld<Wert<number, O>>['schema'],
  };
}

export function dezimal<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { min: number; max: number },
): Feld<Wert<number, O>> {
  return {
    ...anzeige(b, 'dezimal', b.optional),
    breite: 5,
    schema: mitOptional(b.optional, (roh) => parseDezimal(text(roh), b.was, b)) as Feld<
      Wert<number, O>
    >['schema'],
  };
}

export function ganzzahl<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { min: number; max: number },
): Feld<Wert<number, O>> {
  return {
    ...anzeige(b, 'ganzzahl', b.optional),
    breite: 4,
    schema: mitOptional(b.optional, (roh) => parseGanzzahl(text(roh), b.was, b)) as Feld<
      Wert<number, O>
    >['schema'],
  };
}

const teil = (roh: unknown, name: string): string =>
  typeof roh === 'object' && roh !== null && !Array.isArray(roh)
    ? einString((roh as Record<string, unknown>)[name])
    : '';

const einString = (wert: unknown): string => (typeof wert === 'string' ? wert : '');

/** Date limits relative to today. */
export type Zeitbezug = 'vergangenheit' | 'zukunft' | 'beliebig';

export function datum<O extends boolean | undefined = undefined>(
  b: Basis &
    Optional<O> & {
      zeit: Zeitbezug;
      /** Earliest plausible date, default 1900-01-01. */
      ab?: string;
      abText?: string;
      /** For 'zukunft': how many years ahead are plausible (default 3). */
      jahreVoraus?: number;
      bundid?: BundIdAttribut;
    },
): Feld<Wert<string, O>> {
  return {
    ...anzeige(b, 'datum', b.optional),
    ...(b.bundid !== undefined ? { bundid: b.bundid } : {}),
    schema: mitOptional(
      b.optional,
      (roh, k) => {
        const grenzen: DatumsGrenzen = {
          ...(b.ab !== undefined ? { ab: b.ab } : {}),
          ...(b.abText !== undefined ? { abText: b.abText } : {}),
        };
        if (b.zeit === 'vergangenheit') {
          grenzen.bis = k.heute;
          grenzen.bisText = `${gross(b.was)} darf nicht in der Zukunft liegen`;
        } else {
          grenzen.bis = plusJahre(k.heute, b.jahreVoraus ?? 3);
        }
        if (b.zeit === 'zukunft') {
          grenzen.ab = b.ab ?? plusJahre(k.heute, -1);
        }
        return parseDatum(
          { tag: teil(roh, 'tag'), monat: teil(roh, 'monat'), jahr: teil(roh, 'jahr') },
          b.was,
          grenzen,
        );
      },
      (roh) => ['tag', 'monat', 'jahr'].every((t) => teil(roh, t).trim() === ''),
    ) as Feld<Wert<string, O>>['schema'],
  };
}

export function monat<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { ab?: string },
): Feld<Wert<string, O>> {
  return {
    ...anzeige(b, 'monat', b.optional),
    schema: mitOptional(
      b.optional,
      (roh, k) =>
        parseMonat({ monat: teil(roh, 'monat'), jahr: teil(roh, 'jahr') }, b.was, {
          ab: b.ab ?? '1990-01-01',
          bis: k.heute,
        }),
      (roh) => ['monat', 'jahr'].every((t) => teil(roh, t).trim() === ''),
    ) as Feld<Wert<string, O>>['schema'],
  };
}

export function iban<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O>,
): Feld<Wert<string, O>> {
  return {
    ...anzeige(b, 'iban', b.optional),
    breite: 20,
    autocomplete: 'off',
    schema: mitOptional(b.optional, (roh) => parseIban(text(roh), b.was)) as Feld<Wert<string, O>>['schema'],
  };
}

export function plz<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { bundid?: BundIdAttribut; autocomplete?: string },
): Feld<Wert<string, O>> {
  return {
    ...anzeige(b, 'plz', b.optional),
    breite: 5,
    ...(b.bundid !== undefined ? { bundid: b.bundid } : {}),
    ...(b.autocomplete !== undefined ? { autocomplete: b.autocomplete } : {}),
    schema: mitOptional(b.optional, (roh) => parsePlz(text(roh), b.was)) as Feld<Wert<string, O>>['schema'],
  };
}

export function email<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { bundid?: BundIdAttribut; autocomplete?: string },
): Feld<Wert<string, O>> {
  return {
    ...anzeige(b, 'email', b.optional),
    ...(b.bundid !== undefined ? { bundid: b.bundid } : {}),
    ...(b.autocomplete !== undefined ? { autocomplete: b.autocomplete } : {}),
    schema: mitOptional(b.optional, (roh) => parseEmail(text(roh), b.was)) as Feld<Wert<string, O>>['schema'],
  };
}

export function telefon<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { autocomplete?: string },
): Feld<Wert<string, O>> {
  return {
    ...anzeige(b, 'telefon', b.optional),
    breite: 20,
    ...(b.autocomplete !== undefined ? { autocomplete: b.autocomplete } : {}),
    schema: mitOptional(b.optional, (roh) => parseTelefon(text(roh), b.was)) as Feld<
      Wert<string, O>
    >['schema'],
  };
}

/** One of several options: radio buttons, or a select list with `liste: true` (long lists). */
export function auswahl<const W extends string, O extends boolean | undefined = undefined>(
  b: Basis &
    Optional<O> & {
      optionen: readonly Option<W>[];
      liste?: boolean;
      bundid?: BundIdAttribut;
      fehlertext?: string;
    },
): Feld<Wert<W, O>> {
  const werte = new Set<string>(b.optionen.map((o) => o.wert));
  return {
    ...anzeige(b, b.liste === true ? 'liste' : 'auswahl', b.optional),
    optionen: b.optionen,
    ...(b.bundid !== undefined ? { bundid: b.bundid } : {}),
    schema: mitOptional(b.optional, (roh) => {
      const wert = text(roh);
      if (wert === '') return { ok: false, fehler: b.fehlertext ?? `Wählen Sie ${b.was} aus` };
      if (!werte.has(wert)) return { ok: false, fehler: `Wählen Sie eine der angebotenen Antworten aus` };
      return { ok: true, wert: wert as W };
    }) as Feld<Wert<W, O>>['schema'],
  };
}

export const JA_NEIN = [
  { wert: 'ja', label: 'Ja' },
  { wert: 'nein', label: 'Nein' },
] as const;

/** A yes/no question (radio buttons); the value is a boolean. */
export function jaNein<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { fehlertext?: string },
): Feld<Wert<boolean, O>> {
  return {
    ...anzeige(b, 'auswahl', b.optional),
    optionen: JA_NEIN,
    schema: mitOptional(b.optional, (roh) => {
      const wert = text(roh);
      if (wert === 'ja' || wert === 'nein') return { ok: true, wert: wert === 'ja' };
      return { ok: false, fehler: b.fehlertext ?? `Wählen Sie aus, ob ${b.was}` };
    }) as Feld<Wert<boolean, O>>['schema'],
  };
}

/** Several options (checkboxes); `mindestens: 1` makes at least one required. */
export function mehrfach<const W extends string>(
  b: Basis & { optionen: readonly Option<W>[]; mindestens?: number; fehlertext?: string },
): Feld<W[]> {
  const werte = new Set<string>(b.optionen.map((o) => o.wert));
  return {
    ...anzeige(b, 'mehrfach', (b.mindestens ?? 0) === 0),
    optionen: b.optionen,
    schema: ausRoh<W[]>((roh) => {
      const liste = (Array.isArray(roh) ? roh : typeof roh === 'string' && roh !== '' ? [roh] : []).map(
        String,
      );
      if (liste.some((w) => !werte.has(w))) {
        return { ok: false, fehler: 'Wählen Sie nur die angebotenen Antworten aus' };
      }
      if (liste.length < (b.mindestens ?? 0)) {
        return { ok: false, fehler: b.fehlertext ?? `Wählen Sie mindestens ${b.was} aus` };
      }
      const gewaehlt = new Set(liste);
      return { ok: true, wert: b.optionen.map((o) => o.wert).filter((w) => gewaehlt.has(w)) };
    }),
  };
}

/** A single checkbox, e.g. a declaration. Required ones must be ticked. */
export function bestaetigung<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { fehlertext?: string },
): Feld<boolean> {
  return {
    ...anzeige(b, 'bestaetigung', b.optional),
    schema: ausRoh<boolean>((roh) => {
      const gesetzt = text(roh) === 'ja';
      if (!gesetzt && b.optional !== true) {
        return { ok: false, fehler: b.fehlertext ?? `Bestätigen Sie ${b.was}` };
      }
      return { ok: true, wert: gesetzt };
    }),
  };
}

function gross(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plusJahre(iso: string, jahre: number): string {
  return `${Number(iso.slice(0, 4)) + jahre}${iso.slice(4)}`.replace(/-02-29$/, '-02-28');
}
