import path from 'node:path';
import type { Dateityp } from './datei-pruefung.ts';

// Control characters and the invisible direction marks (e.g. U+202E RIGHT-TO-LEFT OVERRIDE turns
// "rechnung\u202Efdp.exe" into what looks like "rechnungexe.pdf") are removed, the name is NFC.
const UNSICHTBAR = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A file name for display: no path, no control or direction characters, at most 120 characters. */
export function dateinameBereinigen(name: string): string {
  const basis = path.basename(name.normalize('NFC').replace(/\\/g, '/'));
  const sauber = basis.replace(UNSICHTBAR, '').trim();
  return (sauber === '' ? 'Datei' : sauber).slice(0, 120);
}

const ENDUNG: Record<Dateityp, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};
const PASSENDE_ENDUNGEN: Record<Dateityp, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

/** The cleaned name with the extension of the detected type: "x.exe" that is a PDF is stored as "x.pdf". */
export function dateinameFuerTyp(name: string, typ: Dateityp): string {
  const sauber = dateinameBereinigen(name);
  const punkt = sauber.lastIndexOf('.');
  const endung = punkt >= 0 ? sauber.slice(punkt + 1) : '';
  const stamm = (punkt >= 0 ? sauber.slice(0, punkt) : sauber).slice(0, 115) || 'Datei';
  return `${stamm}.${PASSENDE_ENDUNGEN[typ].includes(endung.toLowerCase()) ? endung : ENDUNG[typ]}`;
}
