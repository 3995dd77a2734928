import { istIsoDatum } from '../fristen/index.ts';

// Dates as people type them. Deadlines and planned switches compare ISO dates (YYYY-MM-DD) of the Land's
// time zone (shared/format.ts: tagInBerlin), never timers, so they are right after a restart.

/** Accepts DD.MM.YYYY (what people type) or YYYY-MM-DD (what date inputs send); returns ISO or null. */
export function leseDatum(eingabe: string): string | null {
  const text = eingabe.trim();
  if (istIsoDatum(text)) return text;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m === null) return null;
  const iso = `${m[3] ?? ''}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  return istIsoDatum(iso) ? iso : null;
}
