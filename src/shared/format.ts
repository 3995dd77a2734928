import { parseDatum, tageZwischen, wochentag } from '../fristen/index.ts';

// The one module for showing dates, times and money. Calendar days are ISO strings (`YYYY-MM-DD`); instants
// are shown in Europe/Berlin whatever the server's zone. Month and weekday names are fixed German words
// instead of Intl, so the output does not depend on the ICU data of the Node build. Calendar arithmetic lives
// in fristen/ alone.

export const ZEITZONE = 'Europe/Berlin';

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

const zeitTeile = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZEITZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

function teileInBerlin(zeit: Date): Record<string, string> {
  const teile: Record<string, string> = {};
  for (const t of zeitTeile.formatToParts(zeit)) teile[t.type] = t.value;
  return teile;
}

// Every request asks for today; formatToParts is dear. German time differs from UTC by whole hours, so the
// day is the same for every instant of one UTC minute: the last answer is kept per minute.
let letzterTag = { minute: Number.NaN, tag: '' };

/** The calendar day in Germany at an instant (default: now), as ISO `YYYY-MM-DD`. */
export function tagInBerlin(zeit: Date = new Date()): string {
  const minute = Math.floor(zeit.getTime() / 60_000);
  if (minute === letzterTag.minute) return letzterTag.tag;
  const t = teileInBerlin(zeit);
  const tag = `${t.year ?? ''}-${t.month ?? ''}-${t.day ?? ''}`;
  letzterTag = { minute, tag };
  return tag;
}

/** "04.01.2027"; anything that is not an ISO date is returned unchanged. */
export function formatDatum(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3] ?? ''}.${m[2] ?? ''}.${m[1] ?? ''}` : iso;
}

/** "4. Januar 2027" */
export function formatDatumLang(iso: string): string {
  const t = parseDatum(iso);
  return `${t.tag}. ${MONATE[t.monat - 1] ?? ''} ${t.jahr}`;
}

/** "Montag, 4. Januar 2027" */
export function formatDatumMitWochentag(iso: string): string {
  return `${WOCHENTAGE[wochentag(iso)] ?? ''}, ${formatDatumLang(iso)}`;
}

/** "März 2026" for the month `2026-03`. */
export function formatMonat(monat: string): string {
  const [jahr = '', m = ''] = monat.split('-');
  return `${MONATE[Number(m) - 1] ?? m} ${jahr}`;
}

/** "29.11.2026, 14:05 Uhr" in Germany. */
export function formatZeit(zeit: Date): string {
  const t = teileInBerlin(zeit);
  return `${t.day ?? ''}.${t.month ?? ''}.${t.year ?? ''}, ${t.hour ?? ''}:${t.minute ?? ''} Uhr`;
}

/** "14:05" in Germany. */
export function formatUhrzeit(zeit: Date): string {
  const t = teileInBerlin(zeit);
  return `${t.hour ?? ''}:${t.minute ?? ''}`;
}

/** "29.11.2026": the calendar day in Germany at an instant. */
export function formatTag(zeit: Date): string {
  return formatDatum(tagInBerlin(zeit));
}

/** "29.11.2026, 14:05" in Germany (without "Uhr", for tables). */
export function formatTagUndUhrzeit(zeit: Date): string {
  return `${formatTag(zeit)}, ${formatUhrzeit(zeit)}`;
}

/** "4. Januar 2027 um 10:05 Uhr" in Germany. */
export function formatZeitLang(zeit: Date): string {
  return `${formatDatumLang(tagInBerlin(zeit))} um ${formatUhrzeit(zeit)} Uhr`;
}

/** "29.11.2026 um 14:05:09 Uhr (MEZ)" in Germany: the exact submission time on receipts. */
export function formatZeitpunkt(zeit: Date): string {
  const t = teileInBerlin(zeit);
  const zone =
    t.timeZoneName === 'GMT+1' ? 'MEZ' : t.timeZoneName === 'GMT+2' ? 'MESZ' : (t.timeZoneName ?? '');
  return `${t.day ?? ''}.${t.month ?? ''}.${t.year ?? ''} um ${t.hour ?? ''}:${t.minute ?? ''}:${t.second ?? ''} Uhr${zone ? ` (${zone})` : ''}`;
}

/** Whole cents → "1.234,56 €" (a plain space before the sign, so text search finds it). */
export function formatEuro(cent: number): string {
  if (!Number.isSafeInteger(cent)) throw new RangeError('Betrag muss in ganzen Cent angegeben sein');
  return `${formatBetrag(cent)} €`;
}

/** Whole cents → "1.234,56", the form the amount fields show and accept. */
export function formatBetrag(cent: number): string {
  const betrag = Math.abs(cent);
  const euro = Math.floor(betrag / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${cent < 0 ? '-' : ''}${euro},${(betrag % 100).toString().padStart(2, '0')}`;
}

const zahlFormate = new Map<number, Intl.NumberFormat>();

/** A number in German notation with at most `nachkommastellen` decimals: "1.234,5". */
export function formatZahl(wert: number, nachkommastellen = 2): string {
  let f = zahlFormate.get(nachkommastellen);
  if (f === undefined) {
    f = new Intl.NumberFormat('de-DE', { maximumFractionDigits: nachkommastellen });
    zahlFormate.set(nachkommastellen, f);
  }
  return f.format(wert);
}

/** File size: "850 Byte", "12 KB", "2,4 MB". */
export function formatDateigroesse(bytes: number): string {
  if (bytes < 1024) return `${bytes} Byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/** The deadline in plain words, e.g. "Die Frist endet am Montag, 4. Januar 2027. Das ist in 12 Tagen." */
export function fristInWorten(fristEnde: string, heute: string): string {
  const tage = tageZwischen(heute, fristEnde);
  const datum = formatDatumMitWochentag(fristEnde);
  if (tage < 0) return `Die Frist ist am ${datum} abgelaufen.`;
  if (tage === 0) return `Die Frist endet heute, am ${datum}.`;
  if (tage === 1) return `Die Frist endet am ${datum}. Das ist morgen.`;
  return `Die Frist endet am ${datum}. Das ist in ${tage} Tagen.`;
}
