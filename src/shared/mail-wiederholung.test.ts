import { expect, test } from 'vitest';
import { MailNichtKonfiguriert } from './mail.ts';
import { nachFehlschlag } from './mail-wiederholung.ts';

const jetzt = new Date('2026-11-29T10:00:00Z');

test('growing waits after each failed attempt, given up after the seventh', () => {
  const fehler = new Error('454 TLS not available');
  const warten = [1, 2, 3, 4, 5, 6].map((v) => {
    const f = nachFehlschlag(fehler, v, jetzt);
    if (f.art !== 'spaeter') throw new Error(f.art);
    return (f.naechsterVersuch.getTime() - jetzt.getTime()) / 60_000;
  });
  expect(warten).toEqual([1, 5, 30, 120, 480, 1440]);
  expect(nachFehlschlag(fehler, 7, jetzt)).toEqual({ art: 'aufgegeben', grund: '454 TLS not available' });
});

test('no mail server configured: the mail is dropped at once; odd errors get a short reason', () => {
  const f = nachFehlschlag(new MailNichtKonfiguriert(), 1, jetzt);
  expect(f.art).toBe('entfaellt');
  expect(nachFehlschlag('kaputt', 1, jetzt).grund).toBe('unbekannter Fehler');
  expect(nachFehlschlag(new Error('x'.repeat(900)), 1, jetzt).grund).toHaveLength(500);
});
