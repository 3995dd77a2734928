// Parsing of single form values: money as integer cents, real calendar dates, months, IBAN (ISO 13616), PLZ.
// Pure functions returning a value or a German error text; the field factories (felder.ts) wrap them in zod.

import { fehler, ok, type Ergebnis, istEmail, formatZahl } from '../../shared/index.ts';

/** Highest amount accepted in any money field (10 million euros), to catch typos like a missing comma. */
export const GELD_HOECHSTENS = 1_000_000_000;

/**
 * Money in euros as integer cents. Accepts "1.234,56", "1234,56", "1234", "1 234,5", "12.50" and an optional
 * "€"/"EUR"; thousands dots must be correctly grouped.
 */
export function parseGeld(roh: string, was: string): Ergebnis<number> {
  const text = roh
    .replace(/\s+/g, '')
    .replace(/(€|EUR|Euro)$/i, '')
    .replace(/^(€|EUR)/i, '');
  if (text === '') return fehler(`Geben Sie ${was} an`);
  if (text.startsWith('-')) return fehler(`${subjekt(was)} darf nicht negativ sein`);
  let euro: string;
  let cent = '';
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text) || /^\d+(,\d+)?$/.test(text)) {
    const [ganz = '', nachkomma] = text.split(',');
    euro = ganz.replace(/\./g, '');
    cent = nachkomma ?? '';
  } else if (/^\d+\.\d{1,2}$/.test(text)) {
    const [ganz = '', nachkomma = ''] = text.split('.');
    euro = ganz;
    cent = nachkomma;
  } else {
    return fehler(`Geben Sie ${was} als Betrag in Euro an, zum Beispiel 1.234,56`);
  }
  if (cent.length > 2) return fehler(`${subjekt(was)} darf höchstens 2 Stellen nach dem Komma haben`);
  const wert = Number(euro) * 100 + Number(cent.padEnd(2, '0'));
  if (!Number.isSafeInteger(wert) || wert > GELD_HOECHSTENS) {
    return fehler(`${subjekt(was)} ist zu hoch. Bitte prüfen Sie den Betrag`);
  }
  return ok(wert);
}

export type DatumTeile = { tag: string; monat: string; jahr: string };

export function istSchaltjahr(jahr: number): boolean {
  return (jahr % 4 === 0 && jahr % 100 !== 0) || jahr % 400 === 0;
}

export function tageImMonat(jahr: number, monat: number): number {
  return [31, istSchaltjahr(jahr) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][monat - 1] ?? 0;
}

export type DatumsGrenzen = {
  /** Earliest allowed ISO date (inclusive). */
  ab?: string;
  /** Latest allowed ISO date (inclusive). */
  bis?: string;
  abText?: string;
  bisText?: string;
};

/** A real calendar date from three fields (Tag, Monat, Jahr) as an ISO string. */
export function parseDatum(teile: DatumTeile, was: string, grenzen: DatumsGrenzen = {}): Ergebnis<string> {
  const tag = teile.tag.trim();
  const monat = teile.monat.trim();
  const jahr = teile.jahr.trim();
  if (tag === '' && monat === '' && jahr === '') return fehler(`Geben Sie ${was} an`);
  const fehlend = [tag === '' ? 'einen Tag' : null, monat === '' ? 'einen Monat' : null]
    .concat(jahr === '' ? ['ein Jahr'] : [])
    .filter((x) => x !== null);
  if (fehlend.length > 0) return fehler(`${subjekt(was)} muss ${fehlend.join(' und ')} enthalten`);
  if (!/^\d{1,2}$/.test(tag) || !/^\d{1,2}$/.test(monat) || !/^\d+$/.test(jahr)) {
    return fehler(`${subjekt(was)} muss ein echtes Datum sein, zum Beispiel 27 3 2026`);
  }
  if (jahr.length !== 4) return fehler(`Das Jahr muss 4 Ziffern haben, zum Beispiel 2026`);
  const t = Number(tag);
  const m = Number(monat);
  const j = Number(jahr);
  if (m < 1 || m > 12 || t < 1 || t > tageImMonat(j, m)) {
    return fehler(`${subjekt(was)} muss ein echtes Datum sein`);
  }
  const iso = `${jahr}-${String(m).padStart(2, '0')}-${String(t).padStart(2, '0')}`;
  const ab = grenzen.ab ?? '1900-01-01';
  const bis = grenzen.bis ?? '2100-12-31';
  if (iso < ab) return fehler(grenzen.abText ?? `${subjekt(was)} ist zu weit in der Vergangenheit`);
  if (iso > bis) return fehler(grenzen.bisText ?? `${subjekt(was)} ist zu weit in der Zukunft`);
  return ok(iso);
}

export function datumTeile(iso: string): DatumTeile {
  const [jahr = '', monat = '', tag = ''] = iso.split('-');
  return { tag: String(Number(tag)), monat: String(Number(monat)), jahr };
}

export type MonatTeile = { monat: string; jahr: string };

/** A month from two fields (Monat, Jahr) as "YYYY-MM". */
export function parseMonat(teile: MonatTeile, was: string, grenzen: DatumsGrenzen = {}): Ergebnis<string> {
  const monat = teile.monat.trim();
  const jahr = teile.jahr.trim();
  if (monat === '' && jahr === '') return fehler(`Geben Sie ${was} an`);
  if (monat === '') return fehler(`${subjekt(was)} muss einen Monat enthalten`);
  if (jahr === '') return fehler(`${subjekt(was)} muss ein Jahr enthalten`);
  if (!/^\d{1,2}$/.test(monat) || !/^\d+$/.test(jahr) || Number(monat) < 1 || Number(monat) > 12) {
    return fehler(`${subjekt(was)} muss ein echter Monat sein, zum Beispiel 3 2026`);
  }
  if (jahr.length !== 4) return fehler(`Das Jahr muss 4 Ziffern haben, zum Beispiel 2026`);
  const wert = `${jahr}-${monat.padStart(2, '0')}`;
  if (grenzen.ab !== undefined && wert < grenzen.ab.slice(0, 7)) {
    return fehler(grenzen.abText ?? `${subjekt(was)} ist zu weit in der Vergangenheit`);
  }
  if (grenzen.bis !== undefined && wert > grenzen.bis.slice(0, 7)) {
    return fehler(grenzen.bisText ?? `${subjekt(was)} liegt in der Zukunft`);
  }
  return ok(wert);
}

/** Every month from `von` to `bis` inclusive ("YYYY-MM"); empty if `bis` is before `von`. */
export function monateZwischen(von: string, bis: string, hoechstens = 36): string[] {
  const monate: string[] = [];
  let [j, m] = von.split('-').map(Number) as [number, number];
  while (monate.length < hoechstens) {
    const wert = `${j}-${String(m).padStart(2, '0')}`;
    if (wert > bis) break;
    monate.push(wert);
    m += 1;
    if (m > 12) {
      m = 1;
      j += 1;
    }
  }
  return monate;
}

/** IBAN lengths of the SEPA countries (ISO 13616 registry). */
const IBAN_LAENGE: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27,
  GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27,
  MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
}; // prettier-ignore

/** ISO 13616 check: mod 97 of the rearranged number must be 1. */
export function ibanPruefsummeStimmt(iban: string): boolean {
  const umgestellt = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const zeichen of umgestellt) {
    const ziffern = /[A-Z]/.test(zeichen) ? String(zeichen.charCodeAt(0) - 55) : zeichen;
    for (const z of ziffern) rest = (rest * 10 + Number(z)) % 97;
  }
  return rest === 1;
}

export function parseIban(roh: string, was = 'die IBAN'): Ergebnis<string> {
  const iban = roh.replace(/[\s-]+/g, '').toUpperCase();
  if (iban === '') return fehler(`Geben Sie ${was} an`);
  if (!/^[A-Z]{2}/.test(iban)) {
    return fehler(`${subjekt(was)} muss mit dem Ländercode beginnen, zum Beispiel DE`);
  }
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) {
    return fehler(
      `${subjekt(was)} darf nur Buchstaben und Ziffern enthalten, zum Beispiel DE02 1203 0000 0000 2020 51`,
    );
  }
  const land = iban.slice(0, 2);
  const laenge = IBAN_LAENGE[land];
  if (laenge === undefined) return fehler(`${subjekt(was)} muss von einer Bank im SEPA-Raum sein`);
  if (iban.length !== laenge) {
    return fehler(`${subjekt(was)} muss ${laenge} Zeichen haben (Sie haben ${iban.length} eingegeben)`);
  }
  if (!ibanPruefsummeStimmt(iban)) {
    return fehler(`${subjekt(was)} ist nicht gültig. Bitte prüfen Sie sie auf Tippfehler`);
  }
  return ok(iban);
}

/** "DE02 1203 0000 0000 2020 51" */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

export function parsePlz(roh: string, was = 'die Postleitzahl'): Ergebnis<string> {
  const plz = roh.replace(/\s+/g, '');
  if (plz === '') return fehler(`Geben Sie ${was} an`);
  if (!/^\d{5}$/.test(plz)) return fehler(`${subjekt(was)} muss aus 5 Ziffern bestehen, zum Beispiel 18055`);
  return ok(plz);
}

export function parseEmail(roh: string, was = 'die E-Mail-Adresse'): Ergebnis<string> {
  const email = roh.trim();
  if (email === '') return fehler(`Geben Sie ${was} an`);
  if (!istEmail(email)) {
    return fehler(`${subjekt(was)} muss ein @ und eine Domain enthalten, zum Beispiel name@example.de`);
  }
  return ok(email);
}

export function parseTelefon(roh: string, was = 'die Telefonnummer'): Ergebnis<string> {
  const telefon = roh.trim();
  if (telefon === '') return fehler(`Geben Sie ${was} an`);
  if (!/^\+?[0-9][0-9 ()/-]{4,24}$/.test(telefon)) {
    return fehler(
      `${subjekt(was)} darf nur Ziffern, Leerzeichen und + ( ) / - enthalten, zum Beispiel 0381 123456`,
    );
  }
  return ok(telefon);
}

/** A decimal number such as "54,5" (square metres, rooms). */
export function parseDezimal(
  roh: string,
  was: string,
  grenzen: { min: number; max: number },
): Ergebnis<number> {
  const text = roh.trim().replace(/\s+/g, '');
  if (text === '') return fehler(`Geben Sie ${was} an`);
  if (!/^\d+([.,]\d{1,2})?$/.test(text)) return fehler(`Geben Sie ${was} als Zahl an, zum Beispiel 54,5`);
  const wert = Number(text.replace(',', '.'));
  if (wert < grenzen.min) return fehler(`${subjekt(was)} muss mindestens ${zahl(grenzen.min)} sein`);
  if (wert > grenzen.max) return fehler(`${subjekt(was)} darf höchstens ${zahl(grenzen.max)} sein`);
  return ok(wert);
}

export function parseGanzzahl(
  roh: string,
  was: string,
  grenzen: { min: number; max: number },
): Ergebnis<number> {
  const text = roh.trim();
  if (text === '') return fehler(`Geben Sie ${was} an`);
  if (!/^\d+$/.test(text)) return fehler(`Geben Sie ${was} als ganze Zahl an, zum Beispiel 2`);
  const wert = Number(text);
  if (wert < grenzen.min) return fehler(`${subjekt(was)} muss mindestens ${grenzen.min} sein`);
  if (wert > grenzen.max) return fehler(`${subjekt(was)} darf höchstens ${grenzen.max} sein`);
  return ok(wert);
}

export function zahl(wert: number): string {
  return formatZahl(wert);
}

/** Capitalises the first letter: "die IBAN" → "Die IBAN". */
function gross(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The field's accusative phrase ("Geben Sie den eigenen Beitrag an") as the subject of a sentence: "Der eigene
 * Beitrag darf nicht negativ sein". Only the masculine article changes case; adjectives before the noun lose
 * their "-n", and the n-nouns ending in "-namen" become "-name".
 */
export function subjekt(was: string): string {
  const m = /^den ((?:[a-zäöüß]+en )*)([A-ZÄÖÜ]\S*)(.*)$/.exec(was);
  if (m === null) return gross(was);
  const adjektive = (m[1] ?? '').replace(/en /g, 'e ');
  const nomen = (m[2] ?? '').replace(/([nN])amen$/, '$1ame');
  return `Der ${adjektive}${nomen}${m[3] ?? ''}`;
}
