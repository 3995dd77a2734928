import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { decrypt, decryptJson, encrypt, encryptJson } from './verschluesselung.ts';

const key = randomBytes(32);

test('round trip, with a fresh IV each time', () => {
  const a = encrypt(key, Buffer.from('Mietrückstand 1.234,56 €'), 'antrag:1');
  const b = encrypt(key, Buffer.from('Mietrückstand 1.234,56 €'), 'antrag:1');
  expect(a.equals(b)).toBe(false);
  expect(decrypt(key, a, 'antrag:1').toString()).toBe('Mietrückstand 1.234,56 €');
  expect(decryptJson(key, encryptJson(key, { iban: 'DE89' }))).toEqual({ iban: 'DE89' });
});

test('a changed byte, another key or another context is refused', () => {
  const sealed = encrypt(key, Buffer.from('geheim'), 'antrag:1');
  const flipped = Buffer.from(sealed);
  flipped[flipped.length - 1]! ^= 1;
  expect(() => decrypt(key, flipped, 'antrag:1')).toThrow();
  expect(() => decrypt(randomBytes(32), sealed, 'antrag:1')).toThrow();
  expect(() => decrypt(key, sealed, 'antrag:2')).toThrow();
  expect(() => decrypt(key, Buffer.from([9, 1, 2]))).toThrow(/format/i);
});
