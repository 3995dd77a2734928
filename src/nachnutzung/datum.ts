// Calendar days for the re-use lifecycle. Deadlines and planned switches compare ISO dates (YYYY-MM-DD) of
// the Land's time zone, never timers, so they are right after a restart and on any server time zone.

const berlin = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Mecklenburg-Vorpommern at the given instant, as YYYY-MM-DD. */
export function tagInBerlin(zeitpunkt: Date): string {
  return berlin.format(zeitpunkt);
}

/** A real calendar day in ISO form (rejects 2027-02-30). */
export function istIsoDatum(wert: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(wert);
  if (m === null) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === wert;
}

/** 2027-04-30 → 30.04.2027 */
export function deutschesDatum(iso: string): string {
  const [j, m, t] = iso.split('-');
  return `${t ?? ''}.${m ?? ''}.${j ?? ''}`;
}

/** Date and time in Berlin, e.g. 29.11.2026, 10:00 Uhr */
export function deutscheZeit(zeitpunkt: Date): string {
  const teile = new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(zeitpunkt);
  return `${teile} Uhr`;
}

/** Accepts DD.MM.YYYY (what people type) or YYYY-MM-DD (what date inputs send); returns ISO or null. */
export function leseDatum(eingabe: string): string | null {
  const text = eingabe.trim();
  if (istIsoDatum(text)) return text;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m === null) return null;
  const iso = `${m[3] ?? ''}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  return istIsoDatum(iso) ? iso : null;
}
