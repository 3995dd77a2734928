import { expect, test } from 'vitest';
import {
  berlinerKalendertag,
  formatDateigroesse,
  formatDatum,
  formatEuro,
  formatZeitpunkt,
  schonfristSatz,
} from './format.ts';
import { bereinige, bereinigeTitel, ERSATZZEICHEN } from './schrift.ts';

test('formatEuro: integer cents, German grouping, plain space before €', () => {
  expect(formatEuro(0)).toBe('0,00 €');
  expect(formatEuro(5)).toBe('0,05 €');
  expect(formatEuro(226_950)).toBe('2.269,50 €');
  expect(formatEuro(123_456_789)).toBe('1.234.567,89 €');
  expect(formatEuro(-1050)).toBe('-10,50 €');
  expect(() => formatEuro(12.5)).toThrow(RangeError);
});

test('formatZeitpunkt and berlinerKalendertag use Europe/Berlin, winter and summer time', () => {
  expect(formatZeitpunkt(new Date('2026-11-29T13:05:09Z'))).toBe('29.11.2026 um 14:05:09 Uhr (MEZ)');
  expect(formatZeitpunkt(new Date('2026-07-01T22:00:01Z'))).toBe('02.07.2026 um 00:00:01 Uhr (MESZ)');
  expect(berlinerKalendertag(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
});

test('formatDatum, formatDateigroesse', () => {
  expect(formatDatum('2027-01-04')).toBe('04.01.2027');
  expect(formatDatum('kein Datum')).toBe('kein Datum');
  expect(formatDateigroesse(900)).toBe('900 Byte');
  expect(formatDateigroesse(95_120)).toBe('93 KB');
  expect(formatDateigroesse(2_512_000)).toBe('2,4 MB');
});

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
