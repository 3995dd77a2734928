import { z } from 'zod';
import type { Feld, Kontext, RohEingabe } from './felder.ts';

// A step of the wizard as data: its URL slug, its page title, the section of the task list it belongs to,
// and its zod schema. Form steps list their fields (the schema is built from them); special steps
// (information pages, tables with a row per month) bring their own schema, name their kind of page
// (`ansicht`, rendered by ansichten/) and, when their form is not their fields, how it is read.

export type AbschnittId =
  | 'person'
  | 'haushalt'
  | 'leistungen'
  | 'wohnung'
  | 'vermieter'
  | 'rueckstand'
  | 'energie'
  | 'kuendigung'
  | 'ursachen'
  | 'einkommen'
  | 'vermoegen'
  | 'ausgaben'
  | 'leistungswunsch'
  | 'unterlagen';

export type Felder = Record<string, Feld<unknown>>;
export type DatenAus<F extends Felder> = { [K in keyof F]: F[K] extends Feld<infer T> ? T : never };

/** Adds an error to a field of the step (cross-field rules). */
export type FehlerMelden<F> = (feld: keyof F & string, text: string) => void;

export type Ansicht =
  | 'formular'
  | 'info'
  | 'haushalt-uebersicht'
  | 'rueckstand-monate'
  | 'schonfrist'
  | 'jobcenter'
  | 'unterlagen'
  | 'sozialamt'
  | 'ausserhalb';

export type Schritt<Id extends string = string, T = unknown> = {
  id: Id;
  /** Path below /antrag/<draft>/, German kebab-case; ':instanz' for repeated steps. */
  slug: string;
  titel: string;
  abschnitt: AbschnittId;
  /** Short text under the heading. */
  einleitung?: string;
  /** The kind of page; every kind but 'formular' has its module in ansichten/. */
  ansicht: Ansicht;
  felder: Felder;
  schema: (k: Kontext) => z.ZodType<T>;
  /** Reads the posted form into the raw input, for forms that are not the step's fields (formular-lesen.ts). */
  leseFormular?: (body: Record<string, unknown>, k: Kontext) => RohEingabe;
};

export type FormSchritt<Id extends string, F extends Felder> = Schritt<Id, DatenAus<F>> & { felder: F };

/** A form step: the schema is the object of its fields plus the step's cross-field rules. */
export function formSchritt<const Id extends string, F extends Felder>(def: {
  id: Id;
  slug: string;
  titel: string;
  abschnitt: AbschnittId;
  einleitung?: string;
  felder: F;
  regeln?: (daten: DatenAus<F>, fehler: FehlerMelden<F>, k: Kontext) => void;
}): FormSchritt<Id, F> {
  const { regeln, ...rest } = def;
  return {
    ...rest,
    ansicht: 'formular',
    schema: (k) => {
      // A field missing from the post (an unticked checkbox, an unanswered radio) counts as empty.
      const form = z.preprocess(
        (roh) =>
          Object.fromEntries(
            Object.keys(def.felder).map((name) => [
              name,
              typeof roh === 'object' && roh !== null ? ((roh as Record<string, unknown>)[name] ?? '') : '',
            ]),
          ),
        z.object(
          Object.fromEntries(Object.entries(def.felder).map(([name, feld]) => [name, feld.schema(k)])),
        ),
      ) as unknown as z.ZodType<DatenAus<F>>;
      if (regeln === undefined) return form;
      return form.superRefine((daten, ctx) => {
        regeln(
          daten,
          (feld, message) => {
            ctx.addIssue({ code: 'custom', path: [feld], message });
          },
          k,
        );
      });
    },
  };
}

/** A step without input (an information page); always complete. */
export function infoSchritt<const Id extends string>(def: {
  id: Id;
  slug: string;
  titel: string;
  abschnitt: AbschnittId;
  ansicht: Ansicht;
  einleitung?: string;
}): Schritt<Id, Record<string, never>> {
  return {
    ...def,
    felder: {},
    schema: () => z.object({}).strip(),
  };
}

export type Pruefung<T> = { ok: true; daten: T } | { ok: false; fehler: Record<string, string> };

// Building a step's schema is far dearer than using it (zod 4 compiles each object schema with `new Function`
// on first parse), and a request validates many steps (ADR 0024). A schema depends only on the context's
// values, so it is built once per step and distinct context and reused. Bounded: today's date changes once a
// day and the routing has one value per postal code.
const schemaCache = new WeakMap<Schritt, Map<string, z.ZodType>>();
const HOECHSTENS_JE_SCHRITT = 500;

/** What of a context a step's schema depends on, as a string (for caches). */
export function kontextSchluessel(k: Kontext): string {
  return k.zustaendigkeit === undefined ? k.heute : `${k.heute}|${JSON.stringify(k.zustaendigkeit)}`;
}

/** The step's schema for this context, built on first use. */
export function schemaVon<T>(schritt: Schritt<string, T>, k: Kontext): z.ZodType<T> {
  let jeKontext = schemaCache.get(schritt);
  if (jeKontext === undefined) {
    jeKontext = new Map();
    schemaCache.set(schritt, jeKontext);
  }
  const schluessel = kontextSchluessel(k);
  let schema = jeKontext.get(schluessel) as z.ZodType<T> | undefined;
  if (schema === undefined) {
    schema = schritt.schema({ heute: k.heute, zustaendigkeit: k.zustaendigkeit });
    if (jeKontext.size >= HOECHSTENS_JE_SCHRITT) jeKontext.clear();
    jeKontext.set(schluessel, schema);
  }
  return schema;
}

/** Validates raw input against a step's schema; errors keyed by field name, first message per field. */
export function pruefeSchritt<T>(schritt: Schritt<string, T>, eingabe: RohEingabe, k: Kontext): Pruefung<T> {
  const ergebnis = schemaVon(schritt, k).safeParse(eingabe);
  if (ergebnis.success) return { ok: true, daten: ergebnis.data };
  const fehler: Record<string, string> = {};
  for (const issue of ergebnis.error.issues) {
    const feld = String(issue.path[0] ?? 'formular');
    fehler[feld] ??= issue.message;
  }
  return { ok: false, fehler };
}
