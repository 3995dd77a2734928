import { dringlichkeit, tageZwischen, type Dringlichkeit } from '../fristen/index.ts';
import type { Fallstatus } from './status.ts';

// The order of the inbox (pure): open cases first; among them those with a Schonfrist (earliest end first),
// then those with an upcoming court hearing or eviction date (earliest first), then the rest by age (oldest
// first). Decided and closed cases follow in the same order.

export type Termine = {
  /** Court hearing (mündliche Verhandlung), ISO date. */
  verhandlung?: string | undefined;
  /** Eviction date of the bailiff, ISO date. */
  raeumungstermin?: string | undefined;
  /** End of the period granted to vacate, ISO date. */
  raeumungsfrist?: string | undefined;
  /** The landlord's earliest deadline from the declaration (payment or eviction date), ISO date. */
  vermieterFrist?: string | undefined;
};

export type Sortierbar = {
  status: Fallstatus;
  schonfrist: { ende: string; vorlaeufig: boolean } | null;
  termine: Termine;
  eingereichtAm: Date;
  vorgangsnummer: string;
};

export const OFFEN: readonly Fallstatus[] = ['eingegangen', 'in_bearbeitung', 'unterlagen_nachgefordert'];
export const istOffen = (s: Fallstatus): boolean => OFFEN.includes(s);

/** Days before a hearing or eviction date from which a case counts as urgent (as for the Schonfrist). */
export const TERMIN_SCHWELLE_TAGE = 21;

export type NaechsterTermin = { art: keyof Termine; datum: string };

const TERMIN_NAMEN: Record<keyof Termine, string> = {
  verhandlung: 'Verhandlung',
  raeumungstermin: 'Räumungstermin',
  raeumungsfrist: 'Räumungsfrist endet',
  vermieterFrist: 'Frist des Vermieters',
};
export const terminName = (art: keyof Termine): string => TERMIN_NAMEN[art];

/** The earliest hearing or eviction date from today on; past dates no longer order the inbox. */
export function naechsterTermin(t: Termine, heute: string): NaechsterTermin | null {
  let bester: NaechsterTermin | null = null;
  for (const art of ['verhandlung', 'raeumungstermin', 'raeumungsfrist', 'vermieterFrist'] as const) {
    const datum = t[art];
    if (datum === undefined || datum < heute) continue;
    if (bester === null || datum < bester.datum) bester = { art, datum };
  }
  return bester;
}

export type Eilstufe = {
  /** Urgency of the Schonfrist, if there is one. */
  schonfrist: Dringlichkeit | null;
  termin: NaechsterTermin | null;
  /** Shown as "dringend" and matched by the filter: only open cases. */
  dringend: boolean;
};

export function eilstufe(f: Sortierbar, heute: string): Eilstufe {
  const schonfrist = f.schonfrist === null ? null : dringlichkeit(f.schonfrist.ende, heute);
  const termin = naechsterTermin(f.termine, heute);
  const terminNah = termin !== null && tageZwischen(heute, termin.datum) < TERMIN_SCHWELLE_TAGE;
  return {
    schonfrist,
    termin,
    dringend: istOffen(f.status) && ((schonfrist !== null && schonfrist !== 'normal') || terminNah),
  };
}

function schluessel(f: Sortierbar, heute: string): [number, number, string, number, string] {
  const gruppe = istOffen(f.status) ? 0 : 1;
  const termin = naechsterTermin(f.termine, heute);
  if (f.schonfrist !== null)
    return [gruppe, 0, f.schonfrist.ende, f.eingereichtAm.getTime(), f.vorgangsnummer];
  if (termin !== null) return [gruppe, 1, termin.datum, f.eingereichtAm.getTime(), f.vorgangsnummer];
  return [gruppe, 2, '', f.eingereichtAm.getTime(), f.vorgangsnummer];
}

function vergleiche(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y || x === undefined || y === undefined) continue;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** A sorted copy: most urgent first. */
export function nachDringlichkeit<T extends Sortierbar>(faelle: readonly T[], heute: string): T[] {
  const mitSchluessel = faelle.map((f) => ({ f, k: schluessel(f, heute) }));
  mitSchluessel.sort((a, b) => vergleiche(a.k, b.k));
  return mitSchluessel.map((x) => x.f);
}
