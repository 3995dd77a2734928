import { randomBytes, randomInt } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { EntwurfInhalt } from './flow.ts';

// What the repositories of the application path share: the row types, ids and case numbers.

export type Trx = Transaction<Database>;

export type Entwurf = {
  id: string;
  inhalt: EntwurfInhalt;
  absendeSchluessel: string;
  erstelltAm: Date;
  geaendertAm: Date;
};

export type DateiInfo = {
  id: string;
  art: string;
  groesse: number;
  dateiname: string;
  mime: string;
  hochgeladenAm: Date;
};

const ID_MUSTER = /^[A-Za-z0-9_-]{16}$/;
export const istId = (id: string): boolean => ID_MUSTER.test(id);
// Hex, not base64url: the id travels as the xSozial vorgangsID, which must not start with '-' or '_'.
export const neueId = (): string => randomBytes(8).toString('hex');

/** Crockford base32 without 0/1/I/L/O/U: easy to read aloud and to type. */
const ZEICHEN = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export function neueVorgangsnummer(jahr: number): string {
  let teil = '';
  for (let i = 0; i < 6; i++) teil += ZEICHEN.charAt(randomInt(ZEICHEN.length));
  return `MR-${jahr}-${teil}`;
}

export const VORGANGSNUMMER_MUSTER = /^MR-\d{4}-[2-9A-HJKMNP-TV-Z]{6}$/;
