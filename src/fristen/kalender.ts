// Calendar arithmetic on ISO dates (`YYYY-MM-DD`). Everything is computed on the proleptic Gregorian calendar
// in whole days (UTC day numbers), so neither the process time zone nor daylight saving can shift a date.

export interface Tag {
  jahr: number;
  monat: number; // 1–12
  tag: number; // 1–31
}

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PRO_TAG = 86_400_000;

export function istSchaltjahr(jahr: number): boolean {
  return (jahr % 4 === 0 && jahr % 100 !== 0) || jahr % 400 === 0;
}

export function tageImMonat(jahr: number, monat: number): number {
  if (monat === 2) return istSchaltjahr(jahr) ? 29 : 28;
  return [4, 6, 9, 11].includes(monat) ? 30 : 31;
}

/** True for a real calendar date in the form `YYYY-MM-DD` (e.g. not 2026-02-30). */
export function istIsoDatum(iso: string): boolean {
  const m = ISO_DATUM.exec(iso);
  if (!m) return false;
  const monat = Number(m[2]);
  const tag = Number(m[3]);
  return monat >= 1 && monat <= 12 && tag >= 1 && tag <= tageImMonat(Number(m[1]), monat);
}

export function parseDatum(iso: string): Tag {
  if (!istIsoDatum(iso)) throw new RangeError(`Kein gültiges Datum (JJJJ-MM-TT): ${JSON.stringify(iso)}`);
  return { jahr: Number(iso.slice(0, 4)), monat: Number(iso.slice(5, 7)), tag: Number(iso.slice(8, 10)) };
}

export function isoDatum(t: Tag): string {
  return `${String(t.jahr).padStart(4, '0')}-${String(t.monat).padStart(2, '0')}-${String(t.tag).padStart(2, '0')}`;
}

function tagesnummer(t: Tag): number {
  return Date.UTC(t.jahr, t.monat - 1, t.tag) / MS_PRO_TAG;
}

function ausTagesnummer(n: number): Tag {
  const d = new Date(n * MS_PRO_TAG);
  return { jahr: d.getUTCFullYear(), monat: d.getUTCMonth() + 1, tag: d.getUTCDate() };
}

export function plusTage(iso: string, tage: number): string {
  return isoDatum(ausTagesnummer(tagesnummer(parseDatum(iso)) + tage));
}

/** Whole days from `von` to `bis` (negative when `bis` lies before `von`). */
export function tageZwischen(von: string, bis: string): number {
  return tagesnummer(parseDatum(bis)) - tagesnummer(parseDatum(von));
}

/** 0 = Sunday … 6 = Saturday. */
export function wochentag(iso: string): number {
  return new Date(tagesnummer(parseDatum(iso)) * MS_PRO_TAG).getUTCDay();
}

/**
 * The day of the month `monate` later with the same number; when that month is shorter, its last day
 * (§ 188 Abs. 2 and 3 BGB).
 */
export function gleicherTagNachMonaten(iso: string, monate: number): string {
  const t = parseDatum(iso);
  const index = t.jahr * 12 + (t.monat - 1) + monate;
  const jahr = Math.floor(index / 12);
  const monat = (index % 12) + 1;
  return isoDatum({ jahr, monat, tag: Math.min(t.tag, tageImMonat(jahr, monat)) });
}

export function monatsende(iso: string): string {
  const t = parseDatum(iso);
  return isoDatum({ ...t, tag: tageImMonat(t.jahr, t.monat) });
}
