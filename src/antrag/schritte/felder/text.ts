import { pruefeDin91379 } from '../../../nachricht/index.ts';
import {
  parseDezimal,
  parseEmail,
  parseGanzzahl,
  parseGeld,
  parseIban,
  parsePlz,
  parseTelefon,
  subjekt,
} from '../werte.ts';
import {
  anzeige,
  mitOptional,
  text,
  type Basis,
  type BundIdAttribut,
  type FeldAnzeige,
  type Feld,
  type Optional,
  type Wert,
} from './basis.ts';

// Fields typed as text: names, free text, amounts, numbers, IBAN, postal code, e-mail, telephone.

export function textfeld<O extends boolean | undefined = undefined>(
  b: Basis &
    Optional<O> & {
      maxLength?: number;
      breite?: FeldAnzeige['breite'];
      autocomplete?: string;
      bundid?: BundIdAttribut;
    },
): Feld<Wert<string, O>> {
  const max = b.maxLength ?? 200;
  return {
    ...anzeige(b, 'text', b.optional),
    maxLength: max,
    ...(b.breite !== undefined ? { breite: b.breite } : {}),
    ...(b.autocomplete !== undefined ? { autocomplete: b.autocomplete } : {}),
    ...(b.bundid !== undefined ? { bundid: b.bundid } : {}),
    schema: mitOptional(b.optional, (roh) => {
      const wert = text(roh).normalize('NFC').replace(/\s+/g, ' ');
      if (wert === '') return { ok: false, fehler: `Geben Sie ${b.was} an` };
      if (wert.length > max) {
        return { ok: false, fehler: `${subjekt(b.was)} darf höchstens ${max} Zeichen lang sein` };
      }
      // Names and addresses go to the office in the xSozial message, which allows only DIN 91379 (Latin).
      const falsch = pruefeDin91379(wert);
      if (falsch.length > 0) {
        return {
          ok: false,
          fehler: `${subjekt(b.was)} enthält Zeichen, die nicht übermittelt werden können: ${falsch.map((z) => `„${z}“`).join(', ')}. Bitte verwenden Sie lateinische Buchstaben`,
        };
      }
      return { ok: true, wert };
    }) as Feld<Wert<string, O>>['schema'],
  };
}

export function textbereich<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { maxLength?: number },
): Feld<Wert<string, O>> {
  const max = b.maxLength ?? 2000;
  return {
    ...anzeige(b, 'textbereich', b.optional),
    maxLength: max,
    schema: mitOptional(b.optional, (roh) => {
      const wert = (typeof roh === 'string' ? roh : '').replace(/\r\n/g, '\n').trim();
      if (wert === '') return { ok: false, fehler: `Geben Sie ${b.was} an` };
      if (wert.length > max) {
        return {
          ok: false,
          fehler: `${subjekt(b.was)} darf höchstens ${max} Zeichen lang sein (Sie haben ${wert.length} eingegeben)`,
        };
      }
      return { ok: true, wert };
    }) as Feld<Wert<string, O>>['schema'],
  };
}

export function geld<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O>,
): Feld<Wert<number, O>> {
  return {
    ...anzeige(b, 'geld', b.optional),
    breite: 10,
    schema: mitOptional(b.optional, (roh) => parseGeld(text(roh), b.was)) as Feld<Wert<number, O>>['schema'],
  };
}

export function dezimal<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { min: number; max: number },
): Feld<Wert<number, O>> {
  return {
    ...anzeige(b, 'dezimal', b.optional),
    breite: 5,
    schema: mitOptional(b.optional, (roh) => parseDezimal(text(roh), b.was, b)) as Feld<
      Wert<number, O>
    >['schema'],
  };
}

export function ganzzahl<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { min: number; max: number },
): Feld<Wert<number, O>> {
  return {
    ...anzeige(b, 'ganzzahl', b.optional),
    breite: 4,
    schema: mitOptional(b.optional, (roh) => parseGanzzahl(text(roh), b.was, b)) as Feld<
      Wert<number, O>
    >['schema'],
  };
}

export function iban<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O>,
): Feld<Wert<string, O>> {
  return {
    ...anzeige(b, 'iban', b.optional),
    breite: 20,
    autocomplete: 'off',
    schema: mitOptional(b.optional, (roh) => parseIban(text(roh), b.was)) as Feld<Wert<string, O>>['schema'],
  };
}

export function plz<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { bundid?: BundIdAttribut; autocomplete?: string },
): Feld<Wert<string, O>> {
  return {
    ...anzeige(b, 'plz', b.optional),
    breite: 5,
    ...(b.bundid !== undefined ? { bundid: b.bundid } : {}),
    ...(b.autocomplete !== undefined ? { autocomplete: b.autocomplete } : {}),
    schema: mitOptional(b.optional, (roh) => parsePlz(text(roh), b.was)) as Feld<Wert<string, O>>['schema'],
  };
}

export function email<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { bundid?: BundIdAttribut; autocomplete?: string },
): Feld<Wert<string, O>> {
  return {
    ...anzeige(b, 'email', b.optional),
    ...(b.bundid !== undefined ? { bundid: b.bundid } : {}),
    ...(b.autocomplete !== undefined ? { autocomplete: b.autocomplete } : {}),
    schema: mitOptional(b.optional, (roh) => parseEmail(text(roh), b.was)) as Feld<Wert<string, O>>['schema'],
  };
}

export function telefon<O extends boolean | undefined = undefined>(
  b: Basis & Optional<O> & { autocomplete?: string },
): Feld<Wert<string, O>> {
  return {
    ...anzeige(b, 'telefon', b.optional),
    breite: 20,
    ...(b.autocomplete !== undefined ? { autocomplete: b.autocomplete } : {}),
    schema: mitOptional(b.optional, (roh) => parseTelefon(text(roh), b.was)) as Feld<
      Wert<string, O>
    >['schema'],
  };
}
