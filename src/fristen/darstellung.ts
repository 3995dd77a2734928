import { parseDatum, tageZwischen } from './kalender.ts';

// How urgent a deadline is. Showing dates and deadlines in words is shared/format.ts's job.

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
export type Dringlichkeit = 'abgelaufen' | 'dringend' | 'normal';

/**
 * "4. Januar 2027".
 * Do not use in new code: use `formatDatumLang` from shared/format.ts. Kept only for posteingang/mitteilungen.ts, which is
 * being moved elsewhere; remove once that file uses shared/format.ts.
 */
export function formatDatum(iso: string): string {
  const t = parseDatum(iso);
  return `${t.tag}. ${MONATE[t.monat - 1] ?? ''} ${t.jahr}`;
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
