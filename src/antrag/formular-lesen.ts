import { einzelwert, type Kontext, type RohEingabe } from './schritte/felder.ts';
import type { Schritt } from './schritte/schritt.ts';

// Reads a posted form into the raw input of a step: only the step's own fields, dates grouped from their
// parts, checkbox groups as lists; a step whose form is not its fields brings its own reading (`leseFormular`).
// Whatever else is posted is ignored. Values are kept exactly as typed (bounded in length), so a page with
// errors shows them again.

type Body = Record<string, unknown>;

function liste(wert: unknown): string[] {
  const werte = Array.isArray(wert) ? wert : wert === undefined ? [] : [wert];
  return werte.filter((w): w is string => typeof w === 'string' && w !== '').map((w) => w.slice(0, 200));
}

export function rohAusFormular(schritt: Schritt, body: unknown, k: Kontext): RohEingabe {
  const b: Body = typeof body === 'object' && body !== null ? (body as Body) : {};
  if (schritt.leseFormular !== undefined) return schritt.leseFormular(b, k);
  const roh: RohEingabe = {};
  for (const [name, feld] of Object.entries(schritt.felder)) {
    switch (feld.art) {
      case 'datum':
        roh[name] = {
          tag: einzelwert(b[`${name}-tag`]),
          monat: einzelwert(b[`${name}-monat`]),
          jahr: einzelwert(b[`${name}-jahr`]),
        };
        break;
      case 'monat':
        roh[name] = { monat: einzelwert(b[`${name}-monat`]), jahr: einzelwert(b[`${name}-jahr`]) };
        break;
      case 'mehrfach':
        roh[name] = liste(b[name]);
        break;
      default:
        roh[name] = einzelwert(b[name]);
    }
  }
  return roh;
}

/** The field names of a step in form order, for sorting the error summary. */
export function feldReihenfolge(schritt: Schritt): string[] {
  return Object.keys(schritt.felder);
}

export function sortiereFehler(
  fehler: Record<string, string>,
  reihenfolge: string[],
): Record<string, string> {
  const rang = (name: string) => {
    const i = reihenfolge.indexOf(name);
    return i === -1 ? reihenfolge.length : i;
  };
  return Object.fromEntries(Object.entries(fehler).sort(([a], [b]) => rang(a) - rang(b)));
}
