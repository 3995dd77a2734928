import { ZEITZONE } from '../shared/index.ts';

// Time stamps in the form XÖV asks for: local time in Germany with milliseconds and the UTC offset.

const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZEITZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

function teile(zeitpunkt: Date): Record<string, string> {
  const ergebnis: Record<string, string> = {};
  for (const p of format.formatToParts(zeitpunkt)) ergebnis[p.type] = p.value;
  return ergebnis;
}

function offset(name: string | undefined): string {
  // "GMT+01:00", "GMT+02:00"; "GMT" for a zero offset
  const m = /^GMT([+-]\d{2}:\d{2})?$/.exec(name ?? '');
  if (!m) throw new Error(`Unerwarteter Zeitzonenname: ${String(name)}`);
  return m[1] ?? '+00:00';
}

/** "2025-11-20T09:59:20.902+01:00" */
export function zeitpunktMitOffset(zeitpunkt: Date): string {
  if (Number.isNaN(zeitpunkt.getTime())) throw new RangeError('Ungültiger Zeitpunkt');
  const t = teile(zeitpunkt);
  const ms = String(
    zeitpunkt.getTime() % 1000 < 0 ? (zeitpunkt.getTime() % 1000) + 1000 : zeitpunkt.getTime() % 1000,
  );
  return `${t.year}-${t.month}-${t.day}T${t.hour}:${t.minute}:${t.second}.${ms.padStart(3, '0')}${offset(t.timeZoneName)}`;
}

/** An ISO date with the offset Germany has on that day at noon: "2025-11-20+01:00", "2026-07-01+02:00". */
export function datumMitBerlinerOffset(iso: string): string {
  const mittag = new Date(`${iso}T12:00:00Z`);
  return `${iso}${offset(teile(mittag).timeZoneName)}`;
}

/** An ISO date with offset +00:00, as the sample writes birth dates ("2010-01-03+00:00"). */
export function datumUtc(iso: string): string {
  return `${iso}+00:00`;
}
