import {
  ausRoh,
  anzeige,
  mitOptional,
  text,
  type Basis,
  type BundIdAttribut,
  type Feld,
  type Optional,
  type Option,
  type Wert,
} from './basis.ts';

// Fields with given answers: radio buttons, select lists, yes/no, checkboxes.

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
