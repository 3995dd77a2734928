// Field factories: each returns the zod schema of one form value (raw strings in, typed value out, German
// messages) plus what the page needs to render it. A step's schema is built from its fields (schritt.ts).
// The factories live in felder/ by kind of field; this module is what the steps import.

export {
  einzelwert,
  type BundIdAttribut,
  type Feld,
  type Kontext,
  type RohEingabe,
  type RohWert,
} from './felder/basis.ts';
export * from './felder/auswahl.ts';
export * from './felder/datum.ts';
export * from './felder/text.ts';
