// Display formats used on the PDFs. Times are always shown in Europe/Berlin, whatever the server's zone.

const zeitpunktFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

const kalendertagFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "29.11.2026 um 14:05:09 Uhr (MEZ)" in Europe/Berlin. */
export function formatZeitpunkt(zeit: Date): string {
  const teile = Object.fromEntries(zeitpunktFormat.formatToParts(zeit).map((t) => [t.type, t.value]));
  const zone = teile.timeZoneName ?? '';
  return `${teile.day}.${teile.month}.${teile.year} um ${teile.hour}:${teile.minute}:${teile.second} Uhr${zone ? ` (${zone})` : ''}`;
}

/** The calendar day of an instant in Europe/Berlin, as ISO `YYYY-MM-DD`. */
export function berlinerKalendertag(zeit: Date): string {
  return kalendertagFormat.format(zeit);
}

/** ISO `YYYY-MM-DD` → `DD.MM.YYYY`; anything else is returned unchanged. */
export function formatDatum(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Integer cents → "1.234,56 €" (plain space before the sign, so text search finds it). */
export function formatEuro(cent: number): string {
  if (!Number.isSafeInteger(cent)) throw new RangeError('Betrag muss in ganzen Cent angegeben sein');
  const negativ = cent < 0;
  const betrag = Math.abs(cent);
  const euro = Math.floor(betrag / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = (betrag % 100).toString().padStart(2, '0');
  return `${negativ ? '-' : ''}${euro},${rest} €`;
}

/** File size for the list of attachments: "850 KB", "2,4 MB". */
export function formatDateigroesse(bytes: number): string {
  if (bytes < 1024) return `${bytes} Byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/** The sentence for the urgent marker, e.g. "EILT: Schonfrist endet am 04.01.2027 (vorläufig)". */
export function schonfristSatz(schonfrist: { ende: string; vorlaeufig: boolean }, stichtag: Date): string {
  const vorbei = schonfrist.ende < berlinerKalendertag(stichtag);
  return `EILT: Schonfrist ${vorbei ? 'endete' : 'endet'} am ${formatDatum(schonfrist.ende)}${
    schonfrist.vorlaeufig ? ' (vorläufig)' : ''
  }`;
}
