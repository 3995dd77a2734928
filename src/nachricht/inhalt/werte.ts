import type { FeldDefinition, FeldWert } from './definition.ts';

// One value of a field ↔ its XML text. Both directions live here so they cannot disagree; a value the type
// cannot represent is refused (a message never drops or rounds an answer silently).

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const MONAT = /^\d{4}-\d{2}$/;
const ZEITPUNKT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const DEZIMAL = /^-?\d+(\.\d+)?$/;
const BETRAG = /^-?\d+(\.\d{1,2})?$/;

/** 12345 cents → "123.45"; exact for every whole number of cents (no floating-point division). */
function euroText(cent: number): string {
  const betrag = Math.abs(cent);
  const rest = String(betrag % 100).padStart(2, '0');
  return `${cent < 0 ? '-' : ''}${Math.floor(betrag / 100)}.${rest}`;
}

/** "123.4" → 12340 cents, by the digits (no floating-point multiplication). */
function centAus(text: string): number {
  const negativ = text.startsWith('-');
  const [euro = '0', nachkomma = ''] = text.replace('-', '').split('.');
  const cent = Number(euro) * 100 + Number(nachkomma.padEnd(2, '0'));
  return negativ ? -cent : cent;
}

export type Umwandlung = { ok: true; texte: string[] } | { ok: false; meldung: string };

/** The XML text(s) of a value; a list gives one element per entry. */
export function alsText(f: FeldDefinition, wert: FeldWert): Umwandlung {
  const nein = (meldung: string): Umwandlung => ({ ok: false, meldung });
  const codeOk = (c: string) => f.codes === undefined || f.codes.some((e) => e.code === c);
  switch (f.typ) {
    case 'text':
      return typeof wert === 'string' && wert !== '' ? { ok: true, texte: [wert] } : nein('Kein Text');
    case 'datum':
      return typeof wert === 'string' && DATUM.test(wert) ? { ok: true, texte: [wert] } : nein('Kein Datum');
    case 'zeitpunkt':
      return typeof wert === 'string' && ZEITPUNKT.test(wert)
        ? { ok: true, texte: [wert] }
        : nein('Kein Zeitpunkt');
    case 'monat':
      return typeof wert === 'string' && MONAT.test(wert) ? { ok: true, texte: [wert] } : nein('Kein Monat');
    case 'betrag':
      // The value is in whole cents (as the wizard stores money); the XML carries euro with two places.
      if (typeof wert !== 'number' || !Number.isSafeInteger(wert)) return nein('Kein Betrag in ganzen Cent');
      return { ok: true, texte: [euroText(wert)] };
    case 'dezimal': {
      if (typeof wert !== 'number' || !Number.isFinite(wert)) return nein('Keine Zahl');
      const t = String(wert);
      return DEZIMAL.test(t) ? { ok: true, texte: [t] } : nein('Zahl nicht als Dezimalzahl darstellbar');
    }
    case 'ganzzahl':
      return typeof wert === 'number' && Number.isSafeInteger(wert)
        ? { ok: true, texte: [String(wert)] }
        : nein('Keine ganze Zahl');
    case 'janein':
      return typeof wert === 'boolean' ? { ok: true, texte: [String(wert)] } : nein('Kein Ja/Nein');
    case 'code':
      return typeof wert === 'string' && codeOk(wert)
        ? { ok: true, texte: [wert] }
        : nein('Code nicht in der Liste');
    case 'codes':
      return Array.isArray(wert) && wert.every((c) => typeof c === 'string' && codeOk(c))
        ? { ok: true, texte: [...(wert as string[])] }
        : nein('Codes nicht in der Liste');
  }
}

/** The value from the XML text(s) of a field; undefined when a text does not fit the type. */
export function ausText(f: FeldDefinition, texte: readonly string[]): FeldWert | undefined {
  if (f.typ === 'codes') return [...texte];
  const t = texte[0];
  if (t === undefined || texte.length > 1) return undefined;
  switch (f.typ) {
    case 'betrag': {
      const s = t.trim();
      return BETRAG.test(s) ? centAus(s) : undefined;
    }
    case 'dezimal':
    case 'ganzzahl': {
      const s = t.trim();
      return DEZIMAL.test(s) ? Number(s) : undefined;
    }
    case 'janein':
      return t.trim() === 'true' || t.trim() === '1'
        ? true
        : t.trim() === 'false' || t.trim() === '0'
          ? false
          : undefined;
    case 'text':
      return t;
    default:
      return t.trim();
  }
}
