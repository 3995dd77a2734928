import { parseOptions } from '@node-rs/argon2';
import { describe, expect, test } from 'vitest';
import {
  ARGON2_PARAMETER,
  brauchtNeuenHash,
  MINDESTLAENGE,
  passwortErzeugen,
  passwortHashen,
  passwortPruefen,
  passwortRegelVerletzt,
} from './passwort.ts';

describe('password rules (length and not guessable, no composition rules)', () => {
  test.each([
    ['a sentence of four words', 'Tee trinken im Hafen'],
    ['lower case letters only, long', 'hafenkranwarnemuende'],
    ['digits only, but random', '749201836455'],
    ['umlauts and spaces', 'Grüße aus Güstrow!'],
    ['a generated password', passwortErzeugen()],
  ])('accepts %s', (_name, passwort) => {
    expect(passwortRegelVerletzt(passwort, { login: 'sb.rostock' })).toBeUndefined();
  });

  test(`refuses fewer than ${MINDESTLAENGE} characters, counting characters, not bytes`, () => {
    expect(passwortRegelVerletzt('Kurz&Bündig')).toMatch(/mindestens 12 Zeichen/);
    // 12 characters, 14 bytes in UTF-8
    expect(passwortRegelVerletzt('Öl für Güter')).toBeUndefined();
    expect(passwortRegelVerletzt('')).toBe('Geben Sie ein Passwort ein.');
    expect(passwortRegelVerletzt('x'.repeat(257) + 'abc')).toMatch(/höchstens 256/);
  });

  test.each([
    'passwort1234',
    'Passwort2026!',
    'PASSWORT-2026',
    '123456789012',
    'qwertzuiop12',
    '1q2w3e4r5t6z',
    'HalloHalloHallo',
    'ichliebedich!!',
    '!!Sommer2026!!',
    'hansarostock1965',
  ])('refuses the common password %s', (passwort) => {
    expect(passwortRegelVerletzt(passwort)).toMatch(
      /häufig benutzter|zu wenigen verschiedenen|einfachen Folge/,
    );
  });

  test('refuses sequences and too few different characters', () => {
    expect(passwortRegelVerletzt('aaaaaaaaaaaaaa')).toMatch(/zu wenigen verschiedenen/);
    expect(passwortRegelVerletzt('abababababab')).toMatch(/zu wenigen verschiedenen/);
    expect(passwortRegelVerletzt('abcdefghijklmn')).toMatch(/einfachen Folge/);
    expect(passwortRegelVerletzt('987654321098')).toMatch(/einfachen Folge/);
  });

  test('refuses the login name inside the password, also reversed or without dots', () => {
    for (const p of ['sb.rostock-2026!', 'meinSB.ROSTOCKpw', 'kcotsor.bs-zzzzz', 'sbrostock und mehr'])
      expect(passwortRegelVerletzt(p, { login: 'sb.rostock' })).toBe(
        'Das Passwort darf den Anmeldenamen nicht enthalten.',
      );
    expect(passwortRegelVerletzt('Hafen im Nebel 7', { login: 'sb.rostock' })).toBeUndefined();
  });

  test('refuses the own name alone, and the current password as the new one', () => {
    expect(passwortRegelVerletzt('Mustermann2026!', { anzeigename: 'Erika Mustermann' })).toMatch(/Namen/);
    expect(passwortRegelVerletzt('Tee trinken im Hafen', { bisherigerHashPasst: true })).toMatch(
      /vom bisherigen unterscheiden/,
    );
  });
});

describe('hashing', () => {
  test('argon2id with the RFC 9106 parameters, a random salt, and a check that accepts only the right password', async () => {
    const hash = await passwortHashen('Tee trinken im Hafen');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=4\$/);
    const p = parseOptions(hash);
    expect(p).toMatchObject({ memoryCost: 65536, timeCost: 3, parallelism: 4, outputLen: 32, saltLen: 16 });
    expect(p.algorithm as number).toBe(ARGON2_PARAMETER.algorithm);
    expect(await passwortHashen('Tee trinken im Hafen')).not.toBe(hash);
    expect(await passwortPruefen(hash, 'Tee trinken im Hafen')).toBe(true);
    expect(await passwortPruefen(hash, 'Tee trinken im hafen')).toBe(false);
    expect(await passwortPruefen('kein hash', 'Tee trinken im Hafen')).toBe(false);
  });

  test('the same passphrase in another Unicode normal form checks out (NFKC)', async () => {
    const zusammengesetzt = 'Grüße aus Güstrow';
    const zerlegt = zusammengesetzt.normalize('NFD');
    expect(zerlegt).not.toBe(zusammengesetzt);
    expect(await passwortPruefen(await passwortHashen(zusammengesetzt), zerlegt)).toBe(true);
  });

  test('hashes with other parameters are marked for renewal', async () => {
    expect(brauchtNeuenHash(await passwortHashen('Tee trinken im Hafen'))).toBe(false);
    expect(
      brauchtNeuenHash(
        '$argon2id$v=19$m=19456,t=2,p=1$gH+QGTJuRtvYsmGNN+lHRw$I3ODZQdvAhgKd1g4ck+ldgI5hQEgCRBI4ncYRCtEjk0',
      ),
    ).toBe(true);
    expect(brauchtNeuenHash('unsinn')).toBe(true);
  });

  test('generated passwords: 4 groups of 5 unambiguous characters, all different', () => {
    const viele = Array.from({ length: 200 }, () => passwortErzeugen());
    for (const p of viele) expect(p).toMatch(/^[a-km-np-z2-9]{5}(-[a-km-np-z2-9]{5}){3}$/);
    expect(new Set(viele).size).toBe(200);
  });
});
