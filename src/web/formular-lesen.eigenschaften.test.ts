import fc from 'fast-check';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { leseFormular } from './formular-lesen.ts';

// Properties of the one form reader: whatever a body parser hands over (urlencoded, multipart fields, JSON
// of any shape), leseFormular never throws, keeps only text, and refuses with a German message per field.

const schema = z.object({
  name: z
    .string('Geben Sie einen Namen an')
    .trim()
    .min(1, 'Geben Sie einen Namen an')
    .max(200, 'Höchstens 200 Zeichen'),
  anzahl: z.coerce.number('Geben Sie eine Zahl an').int('Geben Sie eine ganze Zahl an'),
});
const MELDUNGEN = new Set([
  'Geben Sie einen Namen an',
  'Höchstens 200 Zeichen',
  'Geben Sie eine Zahl an',
  'Geben Sie eine ganze Zahl an',
]);

// Bodies as parsers produce them, and anything else (prototype keys, nesting, numbers, null).
const feldname = fc.oneof(fc.constantFrom('name', 'anzahl', '__proto__', 'constructor', ''), fc.string());
const feldwert = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.anything());
const body = fc.oneof(fc.dictionary(feldname, feldwert), fc.anything());

test('never throws; keeps only strings, the first of repeated fields; refusals carry our messages', () => {
  fc.assert(
    fc.property(body, (b) => {
      const { werte, ergebnis } = leseFormular(b, schema);
      for (const wert of Object.values(werte)) {
        expect(typeof wert).toBe('string');
        expect(wert.length).toBeLessThanOrEqual(100_000);
      }
      if (ergebnis.ok) {
        expect(ergebnis.wert.name).toBe(werte.name?.trim());
      } else {
        const felder = Object.entries(ergebnis.fehler);
        expect(felder.length).toBeGreaterThan(0);
        for (const [feld, meldung] of felder) {
          expect(['name', 'anzahl']).toContain(feld);
          expect(MELDUNGEN).toContain(meldung);
        }
      }
    }),
    { numRuns: 2000 },
  );
});

test('what was typed comes back exactly as typed, valid or not', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (name, anzahl) => {
      const { werte } = leseFormular({ name: [name, 'zweiter'], anzahl }, schema);
      expect(werte).toEqual({ name, anzahl });
    }),
    { numRuns: 1000 },
  );
});
