import { expect, test } from 'vitest';
import { schonfristSatz } from './format.ts';
import { bereinige, bereinigeTitel, ERSATZZEICHEN } from './schrift.ts';

test('schonfristSatz: ends, ended (before the Berlin day of the reference time), provisional', () => {
  const am = new Date('2027-01-04T23:30:00Z'); // already 00:30 on 5 January in Berlin
  expect(schonfristSatz({ ende: '2027-01-05', vorlaeufig: false }, am)).toBe(
    'EILT: Schonfrist endet am 05.01.2027',
  );
  expect(schonfristSatz({ ende: '2027-01-04', vorlaeufig: true }, am)).toBe(
    'EILT: Schonfrist endete am 04.01.2027 (vorläufig)',
  );
});

test('bereinige: keeps German text, removes invisibles, replaces what the font cannot draw', () => {
  expect(bereinige('Größe: 5 € – „Straße“ § 36')).toBe('Größe: 5 € – „Straße“ § 36');
  expect(bereinige('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
  expect(bereinige('a\tb\u0000c\u200Bd\u202Ee\uFEFFf\u00ADg')).toBe('a bcdefg');
  expect(bereinige('Zeile 1\nZeile 2', true)).toBe('Zeile 1 Zeile 2');
  expect(bereinige('Cafe\u0301')).toBe('Café');
  expect(bereinige('ﬁnden ﬂach')).toBe('finden flach');
  expect(bereinige('① ㎡')).toBe('1 m2');
  expect(bereinige('🏠 住')).toBe(`${ERSATZZEICHEN} ${ERSATZZEICHEN}`);
  expect(bereinige('👍🏽')).toBe(`${ERSATZZEICHEN}${ERSATZZEICHEN}`);
});

test('bereinigeTitel: nothing that could break the XMP packet', () => {
  expect(bereinigeTitel('Antrag <b>A & B</b> "x"\n\'y\'')).toBe('Antrag bA und B/b x y');
});
