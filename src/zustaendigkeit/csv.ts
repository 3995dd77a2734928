// A small streaming CSV reader (RFC 4180): comma-separated, fields optionally in double quotes, a quote inside a
// quoted field doubled (""), line breaks inside quoted fields, LF or CRLF line ends, an optional UTF-8 BOM.
// It never loads the whole file: records are produced while the chunks arrive.

export type CsvDatensatz = {
  /** Physical line (1-based) on which the record starts. */
  zeile: number;
  felder: string[];
  /** Set when the record breaks the quoting rules; its fields are then unreliable. */
  fehler?: string;
};

/** The input cannot be read as CSV at all (e.g. a single record longer than the limit). */
export class CsvFehler extends Error {
  constructor(
    readonly zeile: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvFehler';
  }
}

type Zustand = 'feldAnfang' | 'offen' | 'inAnfuehrung' | 'anfuehrungGesehen' | 'nachFehler';

export async function* leseCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  optionen: { maxZeichenJeDatensatz?: number } = {},
): AsyncGenerator<CsvDatensatz> {
  const maxZeichen = optionen.maxZeichenJeDatensatz ?? 10_000;
  let zustand: Zustand = 'feldAnfang';
  let feld = '';
  let felder: string[] = [];
  let fehler: string | undefined;
  let zeile = 1;
  let start = 1;
  let zeichen = 0;
  let leer = true;
  let crGesehen = false;
  let ersterChunk = true;

  const datensatzEnde = (): CsvDatensatz | undefined => {
    felder.push(feld);
    const datensatz: CsvDatensatz | undefined = leer
      ? undefined
      : fehler === undefined
        ? { zeile: start, felder }
        : { zeile: start, felder, fehler };
    felder = [];
    feld = '';
    fehler = undefined;
    leer = true;
    zeichen = 0;
    zustand = 'feldAnfang';
    return datensatz;
  };

  for await (let chunk of chunks) {
    if (ersterChunk && chunk.length > 0) {
      ersterChunk = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    for (const c of chunk) {
      if (crGesehen) {
        crGesehen = false;
        if (c === '\n') continue; // the LF of a CRLF that already ended the line
      }
      if (leer) {
        if (c === '\n' || c === '\r') {
          // a blank line: no record
          zeile += 1;
          crGesehen = c === '\r';
          start = zeile;
          continue;
        }
        leer = false;
        start = zeile;
      }
      zeichen += 1;
      if (zeichen > maxZeichen) {
        throw new CsvFehler(
          start,
          `Zeile ${start}: Der Datensatz ist länger als ${maxZeichen} Zeichen. Das ist keine gültige Datei dieses Formats (vielleicht fehlt ein schließendes Anführungszeichen).`,
        );
      }
      if (zustand === 'inAnfuehrung') {
        if (c === '"') zustand = 'anfuehrungGesehen';
        else {
          if (c === '\n') zeile += 1;
          feld += c;
        }
        continue;
      }
      if (zustand === 'anfuehrungGesehen') {
        if (c === '"') {
          feld += '"';
          zustand = 'inAnfuehrung';
          continue;
        }
        if (c !== ',' && c !== '\n' && c !== '\r') {
          fehler ??= 'Zeichen nach dem schließenden Anführungszeichen eines Feldes';
          feld += c;
          zustand = 'nachFehler';
          continue;
        }
        zustand = 'offen';
      }
      if (c === ',') {
        felder.push(feld);
        feld = '';
        zustand = 'feldAnfang';
      } else if (c === '\n' || c === '\r') {
        zeile += 1;
        crGesehen = c === '\r';
        const d = datensatzEnde();
        start = zeile;
        if (d !== undefined) yield d;
      } else if (c === '"' && zustand === 'feldAnfang') {
        zustand = 'inAnfuehrung';
      } else {
        if (c === '"') fehler ??= 'Anführungszeichen mitten in einem Feld ohne Anführungszeichen';
        feld += c;
        if (zustand === 'feldAnfang') zustand = 'offen';
      }
    }
  }
  if (!leer) {
    if (zustand === 'inAnfuehrung') fehler ??= 'Anführungszeichen wird bis zum Dateiende nicht geschlossen';
    const d = datensatzEnde();
    if (d !== undefined) yield d;
  }
}
