import { parseDatum, tageZwischen, wochentag } from './kalender.ts';

// Deadlines in plain German for citizens and staff. Fixed German names instead of Intl, so the output does not
// depend on the ICU data of the Node build.

const MONATE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;
const WOCHENTAGE = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'] as const;

export type Dringlichkeit = 'abgelaufen' | 'dringend' | 'normal';

/** "4. Januar 2027" */
export function formatDatum(iso: string): string {
  const t = parseDatum(iso);
  return `${t.tag}. ${MONATE[t.monat - 1] ?? ''} ${t.jahr}`;
}

/** "04.01.2027" */
export function formatDatumKurz(iso: string): string {
  const t = parseDatum(iso);
  return `${String(t.tag).padStart(2, '0')}.${String(t.monat).padStart(2, '0')}.${t.jahr}`;
}

/** "Montag, 4. Januar 2027" */
export function formatDatumMitWochentag(iso: string): string {
  return `${WOCHENTAGE[wochentag(iso)] ?? ''}, ${formatDatum(iso)}`;
}

/** Days from `heute` until the deadline's last day: 0 on the last day itself, negative once it has passed. */
export function tageBis(fristEnde: string, heute: string): number {
  return tageZwischen(heute, fristEnde);
}

/**
 * 'abgelaufen' after the last day, 'dringend' when fewer than `schwelleTage` days are left (the last day
 * included), otherwise 'normal'.
 */
export function dringlichkeit(fristEnde: string, heute: string, schwelleTage = 21): Dringlichkeit {
  const tage = tageBis(fristEnde, heute);
  if (tage < 0) return 'abgelaufen';
  return tage < schwelleTage ? 'dringend' : 'normal';
}

/** The deadline in plain words, e.g. "Die Frist endet am Montag, 4. Januar 2027. Das ist in 12 Tagen." */
export function fristInWorten(fristEnde: string, heute: string): string {
  const tage = tageBis(fristEnde, heute);
  const datum = formatDatumMitWochentag(fristEnde);
  if (tage < 0) return `Die Frist ist am ${datum} abgelaufen.`;
  if (tage === 0) return `Die Frist endet heute, am ${datum}.`;
  if (tage === 1) return `Die Frist endet am ${datum}. Das ist morgen.`;
  return `Die Frist endet am ${datum}. Das ist in ${tage} Tagen.`;
}
