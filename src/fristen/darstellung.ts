import { tageZwischen } from './kalender.ts';

// How urgent a deadline is. Showing dates and deadlines in words is shared/format.ts's job.

export type Dringlichkeit = 'abgelaufen' | 'dringend' | 'normal';

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
