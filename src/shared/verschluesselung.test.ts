import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { decrypt, decryptJson, encrypt, encryptJson, schluesselbund } from './verschluesselung.ts';

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

test('after a key rotation, former keys still decrypt, only the current key encrypts', () => {
  const alt = randomBytes(32);
  const aelter = randomBytes(32);
  const neu = randomBytes(32);
  const vonAlt = encrypt(alt, Buffer.from('vor dem Wechsel'), 'antrag:1');
  const vonAelter = encrypt(aelter, Buffer.from('vor zwei Wechseln'), 'antrag:2');
  const bund = schluesselbund(neu, [alt, aelter]);

  expect(decrypt(bund, vonAlt, 'antrag:1').toString()).toBe('vor dem Wechsel');
  expect(decrypt(bund, vonAelter, 'antrag:2').toString()).toBe('vor zwei Wechseln');
  const neuVersiegelt = encrypt(bund, Buffer.from('nach dem Wechsel'), 'antrag:3');
  expect(decrypt(neu, neuVersiegelt, 'antrag:3').toString()).toBe('nach dem Wechsel');
  expect(() => decrypt(alt, neuVersiegelt, 'antrag:3')).toThrow();
  // The former keys do not loosen the checks: another context or an unknown key is still refused.
  expect(() => decrypt(bund, vonAlt, 'antrag:2')).toThrow();
  expect(() => decrypt(bund, encrypt(randomBytes(32), Buffer.from('x')))).toThrow();
});

test('without former keys the key ring is the key itself', () => {
  expect(schluesselbund(key)).toBe(key);
});
