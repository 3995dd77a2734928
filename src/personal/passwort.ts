import { randomInt } from 'node:crypto';
import { hash, parseOptions, verify } from '@node-rs/argon2';
import { haeufigePasswoerter } from './haeufige-passwoerter.ts';

// Password rules and hashing for local staff accounts. The reasoning (BSI IT-Grundschutz ORP.4.A8, A22, A23;
// RFC 9106) is in docs/adr/0004-personal-konten-und-anmeldung.md.

export const MINDESTLAENGE = 12;
export const HOECHSTLAENGE = 256;

/**
 * argon2id with the second recommended option of RFC 9106 § 4 (64 MiB, 3 passes, 4 lanes). @node-rs/argon2's
 * `Algorithm` is a const enum that isolatedModules cannot inline: 2 is Argon2id.
 */
export const ARGON2_PARAMETER = {
  algorithm: 2,
  memoryCost: 65536,
  timeCost: 3,
  parallelism: 4,
  outputLen: 32,
} as const;

/** Unicode normalisation: the same passphrase typed on another system must hash the same. */
export function normalisiere(passwort: string): string {
  return passwort.normalize('NFKC');
}

export function passwortHashen(passwort: string): Promise<string> {
  return hash(normalisiere(passwort), ARGON2_PARAMETER);
}

export async function passwortPruefen(passwortHash: string, passwort: string): Promise<boolean> {
  try {
    return await verify(passwortHash, normalisiere(passwort));
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker or other parameters than today's and should be renewed. */
export function brauchtNeuenHash(passwortHash: string): boolean {
  try {
    const p = parseOptions(passwortHash);
    return (
      (p.algorithm as number) !== ARGON2_PARAMETER.algorithm ||
      p.memoryCost !== ARGON2_PARAMETER.memoryCost ||
      p.timeCost !== ARGON2_PARAMETER.timeCost ||
      p.parallelism !== ARGON2_PARAMETER.parallelism
    );
  } catch {
    return true;
  }
}

let attrappe: Promise<string> | undefined;

/**
 * A hash of a random value with today's parameters. Unknown login names are checked against it, so that a
 * failed login costs the same time whether the account exists or not.
 */
export function attrappenHash(): Promise<string> {
  attrappe ??= passwortHashen(`attrappe-${String(randomInt(2 ** 47))}-${String(Date.now())}`);
  return attrappe;
}

const haeufig = new Set(haeufigePasswoerter);

/**
 * Checks a password someone chose. Returns a German message for the field, or undefined when it is fine.
 * No composition rules (upper case, digits, special characters): length, and not guessable.
 */
export function passwortRegelVerletzt(
  passwort: string,
  kontext: { login?: string; anzeigename?: string; bisherigerHashPasst?: boolean } = {},
): string | undefined {
  const p = normalisiere(passwort);
  const laenge = Array.from(p).length;
  if (laenge === 0) return 'Geben Sie ein Passwort ein.';
  if (laenge < MINDESTLAENGE)
    return `Das Passwort ist zu kurz: Es muss mindestens ${MINDESTLAENGE} Zeichen lang sein. Ein Satz aus mehreren Wörtern ist leicht zu merken und sicher.`;
  if (laenge > HOECHSTLAENGE) return `Das Passwort darf höchstens ${HOECHSTLAENGE} Zeichen lang sein.`;

  const klein = p.toLowerCase();
  if (istHaeufig(klein))
    return 'Dieses Passwort steht in Listen häufig benutzter Passwörter und ist leicht zu erraten. Wählen Sie ein anderes.';
  if (new Set(klein).size < 4 || istFolge(klein))
    return 'Das Passwort besteht aus zu wenigen verschiedenen Zeichen oder einer einfachen Folge. Wählen Sie ein anderes.';

  const login = kontext.login?.toLowerCase();
  if (login !== undefined && login.length >= 3) {
    const ohneTrenner = login.replace(/[._-]/g, '');
    if (
      klein.includes(login) ||
      klein.includes(Array.from(login).reverse().join('')) ||
      (ohneTrenner.length >= 3 && klein.replace(/[._\s-]/g, '').includes(ohneTrenner))
    )
      return 'Das Passwort darf den Anmeldenamen nicht enthalten.';
  }
  const namensteile = (kontext.anzeigename ?? '')
    .toLowerCase()
    .split(/[\s.,-]+/)
    .filter((t) => t.length >= 4);
  if (namensteile.some((t) => klein.replace(/[\d\W_]+/g, '') === t))
    return 'Das Passwort darf nicht nur aus Ihrem Namen bestehen.';
  if (kontext.bisherigerHashPasst === true)
    return 'Das neue Passwort muss sich vom bisherigen unterscheiden.';
  return undefined;
}

/** A listed password, also with digits or punctuation added before or after ("Passwort2026!"). */
function istHaeufig(klein: string): boolean {
  if (haeufig.has(klein)) return true;
  const kern = klein.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (kern.length >= 3 && haeufig.has(kern)) return true;
  // The same listed word repeated ("hallohallohallo").
  for (let n = 3; n <= klein.length / 2; n++) {
    const teil = klein.slice(0, n);
    if (klein === teil.repeat(klein.length / n) && haeufig.has(teil)) return true;
  }
  return false;
}

/** Runs of consecutive code points up or down ("123456789012", "abcdefghijkl", "987654321098"). */
function istFolge(klein: string): boolean {
  const codes = Array.from(klein).map((c) => c.codePointAt(0) ?? 0);
  let gleichmaessig = 0;
  for (let i = 1; i < codes.length; i++) {
    const d = (codes[i] ?? 0) - (codes[i - 1] ?? 0);
    if (d === 1 || d === -1 || d === -9 || d === 9) gleichmaessig++;
  }
  return gleichmaessig >= codes.length - 2;
}

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * A random password for a new account or a reset: 4 groups of 5 characters from 32 unambiguous symbols
 * (100 bits). Shown once; the holder must choose their own at the first login.
 */
export function passwortErzeugen(): string {
  const gruppen: string[] = [];
  for (let g = 0; g < 4; g++) {
    let s = '';
    for (let i = 0; i < 5; i++) s += ALPHABET.charAt(randomInt(ALPHABET.length));
    gruppen.push(s);
  }
  return gruppen.join('-');
}
