import { z } from 'zod';
import { emailSchema } from '../shared/email.ts';

// What the legal pages say about the operator (Impressum, § 5 DDG / § 18 MStV) and about the accessibility
// statement (BITV 2.0, § 12b BGG and the M-V rules): from the environment, because only the operator knows it.
// Nothing is invented: a missing value is shown as missing, and outside development the start-up warns.

const text = z.string().trim().min(1).max(500);

export const rechtlichesEnv = {
  IMPRESSUM_BETREIBER: text.optional(),
  IMPRESSUM_ANSCHRIFT: text.optional(),
  IMPRESSUM_VERTRETEN_DURCH: text.optional(),
  IMPRESSUM_EMAIL: emailSchema('muss eine E-Mail-Adresse sein').optional(),
  IMPRESSUM_TELEFON: text.optional(),
  IMPRESSUM_AUFSICHTSBEHOERDE: text.optional(),
  BARRIEREFREIHEIT_FEEDBACK_EMAIL: emailSchema('muss eine E-Mail-Adresse sein').optional(),
  BARRIEREFREIHEIT_GEPRUEFT_AM: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'muss ein Datum JJJJ-MM-TT sein, z. B. 2026-11-30')
    .optional(),
  BARRIEREFREIHEIT_DURCHSETZUNGSSTELLE: text.optional(),
};

type RechtlichesEnv = { [K in keyof typeof rechtlichesEnv]?: string | undefined };

export type Impressum = {
  betreiber: string | undefined;
  anschrift: string | undefined;
  vertretenDurch: string | undefined;
  email: string | undefined;
  telefon: string | undefined;
  aufsichtsbehoerde: string | undefined;
};

export type BarrierefreiheitAngaben = {
  /** The electronic feedback channel (§ 12b Abs. 2 Nr. 3 BGG). */
  feedbackEmail: string | undefined;
  /** Date of the last review of the statement, ISO. */
  geprueftAm: string | undefined;
  /** Where to turn when feedback gets no satisfactory answer (enforcement procedure). */
  durchsetzungsstelle: string | undefined;
};

export type Rechtliches = { impressum: Impressum; barrierefreiheit: BarrierefreiheitAngaben };

export function rechtlichesKonfiguration(env: RechtlichesEnv): Rechtliches {
  return {
    impressum: {
      betreiber: env.IMPRESSUM_BETREIBER,
      anschrift: env.IMPRESSUM_ANSCHRIFT,
      vertretenDurch: env.IMPRESSUM_VERTRETEN_DURCH,
      email: env.IMPRESSUM_EMAIL,
      telefon: env.IMPRESSUM_TELEFON,
      aufsichtsbehoerde: env.IMPRESSUM_AUFSICHTSBEHOERDE,
    },
    barrierefreiheit: {
      feedbackEmail: env.BARRIEREFREIHEIT_FEEDBACK_EMAIL,
      geprueftAm: env.BARRIEREFREIHEIT_GEPRUEFT_AM,
      durchsetzungsstelle: env.BARRIEREFREIHEIT_DURCHSETZUNGSSTELLE,
    },
  };
}

/** The variables a public installation must set; the start-up warns about each one missing (not in development). */
export function fehlendeRechtlicheAngaben(r: Rechtliches): string[] {
  const pflicht: [string, string | undefined][] = [
    ['IMPRESSUM_BETREIBER', r.impressum.betreiber],
    ['IMPRESSUM_ANSCHRIFT', r.impressum.anschrift],
    ['IMPRESSUM_VERTRETEN_DURCH', r.impressum.vertretenDurch],
    ['IMPRESSUM_EMAIL', r.impressum.email],
    ['IMPRESSUM_AUFSICHTSBEHOERDE', r.impressum.aufsichtsbehoerde],
    ['BARRIEREFREIHEIT_FEEDBACK_EMAIL', r.barrierefreiheit.feedbackEmail],
    ['BARRIEREFREIHEIT_GEPRUEFT_AM', r.barrierefreiheit.geprueftAm],
  ];
  return pflicht.filter(([, wert]) => wert === undefined).map(([name]) => name);
}

/** The start-up warning for an installation whose legal pages lack required items; none in development. */
export function rechtlicheWarnung(umgebung: string, r: Rechtliches): string | undefined {
  const fehlend = fehlendeRechtlicheAngaben(r);
  if (umgebung === 'development' || fehlend.length === 0) return undefined;
  return `Impressum und Erklärung zur Barrierefreiheit sind unvollständig; bitte setzen: ${fehlend.join(', ')}`;
}
