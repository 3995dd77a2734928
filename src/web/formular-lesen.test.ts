import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formularwerte, leseFormular } from './formular-lesen.ts';

const schema = z.object({
  name: z.string().trim().min(1, 'Geben Sie einen Namen an'),
  email: z.email('Geben Sie eine E-Mail-Adresse an, zum Beispiel name@beispiel.de'),
});

describe('leseFormular', () => {
  it('keeps only text fields, the first of repeated ones, bounded in length', () => {
    expect(
      formularwerte({ a: 'x', b: ['y', 'z'], c: 3, d: 'w'.repeat(6000), e: 'v'.repeat(100_001) }),
    ).toEqual({
      a: 'x',
      b: 'y',
      // 6,000 characters reach the schema whole: a field's limit is checked there, never by cutting.
      d: 'w'.repeat(6000),
      e: 'v'.repeat(100_000),
    });
    expect(formularwerte(null)).toEqual({});
  });

  it('refuses an over-long text at its field with the limit, keeping it as typed', () => {
    const lang = 'ä'.repeat(2500);
    const { werte, ergebnis } = leseFormular(
      { text: lang },
      z.object({ text: z.string().max(2000, 'Der Text darf höchstens 2.000 Zeichen lang sein') }),
    );
    expect(werte.text).toBe(lang);
    expect(ergebnis).toEqual({
      ok: false,
      fehler: { text: 'Der Text darf höchstens 2.000 Zeichen lang sein' },
    });
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
