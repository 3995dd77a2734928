import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formularwerte, leseFormular } from './formular-lesen.ts';

const schema = z.object({
  name: z.string().trim().min(1, 'Geben Sie einen Namen an'),
  email: z.email('Geben Sie eine E-Mail-Adresse an, zum Beispiel name@beispiel.de'),
});

describe('leseFormular', () => {
  it('keeps only text fields, the first of repeated ones, bounded in length', () => {
    expect(formularwerte({ a: 'x', b: ['y', 'z'], c: 3, d: 'w'.repeat(6000) })).toEqual({
      a: 'x',
      b: 'y',
      d: 'w'.repeat(5000),
    });
    expect(formularwerte(null)).toEqual({});
  });

  it('returns the checked data', () => {
    const { ergebnis } = leseFormular({ name: ' Anna ', email: 'a@b.de' }, schema);
    expect(ergebnis).toEqual({ ok: true, wert: { name: 'Anna', email: 'a@b.de' } });
  });

  it('returns one German message per field and the values as typed', () => {
    const { werte, ergebnis } = leseFormular({ name: '', email: 'kaputt' }, schema);
    expect(werte).toEqual({ name: '', email: 'kaputt' });
    expect(ergebnis).toEqual({
      ok: false,
      fehler: {
        name: 'Geben Sie einen Namen an',
        email: 'Geben Sie eine E-Mail-Adresse an, zum Beispiel name@beispiel.de',
      },
    });
  });
});
