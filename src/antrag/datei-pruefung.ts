import { formatZahl } from '../shared/index.ts';
// Checks an uploaded file by its content, never by its name: PDF, JPEG or PNG by magic bytes, plus the
// structural end markers that a truncated or corrupt file lacks (%%EOF, JPEG EOI, PNG IHDR CRC and IEND).

export type Dateityp = 'application/pdf' | 'image/jpeg' | 'image/png';

export type DateiBefund =
  { ok: true; mime: Dateityp } | { ok: false; grund: 'leer' | 'falscher-typ' | 'beschaedigt' };

const PNG_SIGNATUR = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

export function pruefeDatei(inhalt: Buffer): DateiBefund {
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
export function dateiFehlertext(grund: 'leer' | 'falscher-typ' | 'beschaedigt', dateiname: string): string {
  switch (grund) {
    case 'leer':
      return `Die Datei „${dateiname}“ ist leer. Bitte wählen Sie eine andere Datei`;
    case 'falscher-typ':
      return `Die Datei „${dateiname}“ ist kein PDF, JPEG oder PNG. Bitte speichern Sie sie in einem dieser Formate`;
    case 'beschaedigt':
      return `Die Datei „${dateiname}“ ist beschädigt oder unvollständig. Bitte speichern oder scannen Sie sie neu`;
  }
}
