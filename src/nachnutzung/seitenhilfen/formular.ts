import { z } from 'zod';
import { formularwerte, type Formularwerte } from '../../web/index.ts';
import { leseDatum } from '../datum.ts';

// Field schemas of this part's forms, with the German messages shown at the fields. Values are trimmed; an
// empty optional field becomes null.

export const EMAIL_MELDUNG = 'Bitte geben Sie eine E-Mail-Adresse wie name@example.de an.';

/** An optional field: trimmed, or null when empty. */
export const freitext = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? null : v.trim()));

/** A date as typed (DD.MM.YYYY) or as a date input sends it, as ISO; null when empty or not a real day. */
export const datum = z
  .string()
  .optional()
  .transform((v) => ({ leer: v === undefined || v.trim() === '', iso: leseDatum(v ?? '') }));

/**
 * Documents (terms, instructions) may be longer than the shared form reader keeps of a field, so their text
 * is taken from the body as it was sent.
 */
export function volltext(body: unknown, feld: string): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const roh: unknown = (body as Record<string, unknown>)[feld];
  const wert: unknown = Array.isArray(roh) ? roh[0] : roh;
  return typeof wert === 'string' ? wert : undefined;
}

/** The form's fields as strings, the named long ones (documents, certificates, keys) in full length. */
export function formularMitVolltext(body: unknown, lang: readonly string[]): Formularwerte {
  const werte = formularwerte(body);
  for (const feld of lang) {
    const wert = volltext(body, feld);
    if (wert !== undefined) werte[feld] = wert;
  }
  return werte;
}

export type Feldmeldung = readonly [feld: string, meldung: string];

/** Adds the refusals to the zod context; true when there were some. */
export function melde(ctx: z.RefinementCtx, fehler: readonly Feldmeldung[]): boolean {
  for (const [feld, message] of fehler) ctx.addIssue({ code: 'custom', path: [feld], message });
  return fehler.length > 0;
}
