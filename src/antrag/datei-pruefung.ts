import { imageSize } from 'image-size';
import { pruefePdf } from './pdf-pruefung.ts';
import { formatZahl } from '../shared/index.ts';
// Checks an uploaded file by its content, never by its name: PDF, JPEG or PNG by magic bytes, the structural
// end markers that a truncated or corrupt file lacks (%%EOF, JPEG EOI, PNG IHDR CRC and IEND), then parsed:
// a PDF with pdf-lib (pdf-pruefung.ts), an image's header read with image-size, which must agree on the type
// and give a size a phone camera or scanner produces.

export type Dateityp = 'application/pdf' | 'image/jpeg' | 'image/png';

export type Ablehnungsgrund =
  'leer' | 'falscher-typ' | 'beschaedigt' | 'verschluesselt' | 'aktive-inhalte' | 'zu-gross-entpackt';

export type DateiBefund = { ok: true; mime: Dateityp } | { ok: false; grund: Ablehnungsgrund };

/** Wider or higher than this (in pixels) is no photo or scan but a decompression bomb. */
const BILD_HOECHSTENS_PIXEL = 20_000;
const BILD_HOECHSTENS_FLAECHE = 100_000_000;

export async function pruefeDatei(inhalt: Buffer): Promise<DateiBefund> {
  const befund = pruefeAufbau(inhalt);
  if (!befund.ok) return befund;
  if (befund.mime === 'application/pdf') {
    const pdf = await pruefePdf(inhalt);
    return pdf === 'ok' ? befund : { ok: false, grund: pdf };
  }
  return bildLesbar(inhalt, befund.mime) ? befund : { ok: false, grund: 'beschaedigt' };
}

function bildLesbar(inhalt: Buffer, mime: Dateityp): boolean {
  try {
    const { type, width, height } = imageSize(inhalt);
    const erwartet = mime === 'image/png' ? 'png' : 'jpg';
    return (
      type === erwartet &&
      width > 0 &&
      height > 0 &&
      width <= BILD_HOECHSTENS_PIXEL &&
      height <= BILD_HOECHSTENS_PIXEL &&
      width * height <= BILD_HOECHSTENS_FLAECHE
    );
  } catch {
    return false;
  }
}

const PNG_SIGNATUR = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

function pruefeAufbau(inhalt: Buffer): DateiBefund {
  if (inhalt.length === 0) return { ok: false, grund: 'leer' };
  if (inhalt.subarray(0, 5).toString('latin1') === '%PDF-') {
    return pdfVollstaendig(inhalt)
      ? { ok: true, mime: 'application/pdf' }
      : { ok: false, grund: 'beschaedigt' };
  }
  if (inhalt.subarray(0, 8).equals(PNG_SIGNATUR)) {
    return pngVollstaendig(inhalt) ? { ok: true, mime: 'image/png' } : { ok: false, grund: 'beschaedigt' };
  }
  if (inhalt.length >= 3 && inhalt[0] === 0xff && inhalt[1] === 0xd8 && inhalt[2] === 0xff) {
    return jpegVollstaendig(inhalt) ? { ok: true, mime: 'image/jpeg' } : { ok: false, grund: 'beschaedigt' };
  }
  return { ok: false, grund: 'falscher-typ' };
}

/** A PDF ends with %%EOF (followed at most by whitespace) within its last kilobyte. */
function pdfVollstaendig(inhalt: Buffer): boolean {
  const ende = inhalt.subarray(Math.max(0, inhalt.length - 1024)).toString('latin1');
  return /%%EOF\s*$/.test(ende);
}

/** A JPEG ends with the EOI marker FF D9 (some writers pad with zero bytes). */
function jpegVollstaendig(inhalt: Buffer): boolean {
  let ende = inhalt.length;
  while (ende > 0 && inhalt[ende - 1] === 0) ende -= 1;
  return ende >= 4 && inhalt[ende - 2] === 0xff && inhalt[ende - 1] === 0xd9;
}

/** PNG: the first chunk is a 13-byte IHDR with a correct CRC and a non-zero size; the file ends with IEND. */
function pngVollstaendig(inhalt: Buffer): boolean {
  if (inhalt.length < 8 + 25 + 12) return false;
  const laenge = inhalt.readUInt32BE(8);
  if (laenge !== 13 || inhalt.subarray(12, 16).toString('latin1') !== 'IHDR') return false;
  const crc = inhalt.readUInt32BE(8 + 8 + 13);
  if (crc32(inhalt.subarray(12, 12 + 4 + 13)) !== crc) return false;
  if (inhalt.readUInt32BE(16) === 0 || inhalt.readUInt32BE(20) === 0) return false;
  return inhalt.subarray(inhalt.length - 12).equals(PNG_IEND);
}

const CRC_TABELLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(daten: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of daten) crc = (CRC_TABELLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function formatGroesse(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatZahl(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatZahl(bytes / (1024 * 1024), 1)} MB`;
}

/** The German message for a refused file. */
export function dateiFehlertext(grund: Ablehnungsgrund, dateiname: string): string {
  switch (grund) {
    case 'leer':
      return `Die Datei „${dateiname}“ ist leer. Bitte wählen Sie eine andere Datei`;
    case 'falscher-typ':
      return `Die Datei „${dateiname}“ ist kein PDF, JPEG oder PNG. Bitte speichern Sie sie in einem dieser Formate`;
    case 'beschaedigt':
      return `Die Datei „${dateiname}“ ist beschädigt oder unvollständig. Bitte speichern oder scannen Sie sie neu`;
    case 'verschluesselt':
      return `Die Datei „${dateiname}“ ist mit einem Passwort geschützt. Bitte speichern Sie sie ohne Passwortschutz`;
    case 'aktive-inhalte':
      return `Die Datei „${dateiname}“ enthält Programmcode oder Webinhalte. Bitte drucken Sie sie als neues PDF aus oder scannen Sie das Papier`;
    case 'zu-gross-entpackt':
      return `Die Datei „${dateiname}“ ist ungewöhnlich aufgebaut und zu groß. Bitte drucken Sie sie als neues PDF aus oder scannen Sie das Papier`;
  }
}
