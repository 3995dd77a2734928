import { parseDatum, parseMonat, subjekt, type DatumsGrenzen } from '../werte.ts';
import {
  anzeige,
  mitOptional,
  plusJahre,
  type Basis,
  type BundIdAttribut,
  type Feld,
  type Optional,
  type Wert,
} from './basis.ts';

// Fields of a date or a month, typed as separate parts (day, month, year).

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
          grenzen.bisText = `${subjekt(b.was)} darf nicht in der Zukunft liegen`;
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
