import { describe, expect, it } from 'vitest';
import {
  formatBetrag,
  formatDatum,
  formatDatumLang,
  formatDatumMitWochentag,
  formatDateigroesse,
  formatEuro,
  formatMonat,
  formatZeit,
  formatTag,
  formatTagUndUhrzeit,
  formatUhrzeit,
  formatZahl,
  formatZeitLang,
  formatZeitpunkt,
  fristInWorten,
  tagInBerlin,
} from './format.ts';

describe('format', () => {
  it('shows calendar days short, long and with the weekday', () => {
    expect(formatDatum('2027-01-04')).toBe('04.01.2027');
    expect(formatDatum('kein Datum')).toBe('kein Datum');
    expect(formatDatumLang('2027-01-04')).toBe('4. Januar 2027');
    expect(formatDatumMitWochentag('2027-01-04')).toBe('Montag, 4. Januar 2027');
    expect(formatMonat('2026-03')).toBe('März 2026');
  });

  it('shows instants in Germany, in winter and in summer, whatever the process zone', () => {
    expect(formatZeitpunkt(new Date('2026-11-29T13:05:09Z'))).toBe('29.11.2026 um 14:05:09 Uhr (MEZ)');
    expect(formatZeitpunkt(new Date('2026-07-01T08:00:00Z'))).toBe('01.07.2026 um 10:00:00 Uhr (MESZ)');
    expect(formatZeit(new Date('2026-11-29T09:00:00Z'))).toBe('29.11.2026, 10:00 Uhr');
    expect(tagInBerlin(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(tagInBerlin(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29'); // CET, UTC+1
    expect(tagInBerlin(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02'); // CEST, UTC+2
    expect(tagInBerlin(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(formatUhrzeit(new Date('2026-07-01T22:05:00Z'))).toBe('00:05');
    expect(formatTag(new Date('2026-07-01T22:05:00Z'))).toBe('02.07.2026');
    expect(formatTagUndUhrzeit(new Date('2026-11-29T09:00:00Z'))).toBe('29.11.2026, 10:00');
    expect(formatZeitLang(new Date('2027-01-04T09:05:00Z'))).toBe('4. Januar 2027 um 10:05 Uhr');
  });

  it('shows numbers in German notation', () => {
    expect(formatZahl(1234.567)).toBe('1.234,57');
    expect(formatZahl(2.44, 1)).toBe('2,4');
    expect(formatZahl(10, 1)).toBe('10');
  });

  it('shows a deadline in plain words', () => {
    expect(fristInWorten('2027-01-04', '2026-12-23')).toBe(
      'Die Frist endet am Montag, 4. Januar 2027. Das ist in 12 Tagen.',
    );
    expect(fristInWorten('2027-01-04', '2027-01-03')).toBe(
      'Die Frist endet am Montag, 4. Januar 2027. Das ist morgen.',
    );
    expect(fristInWorten('2027-01-04', '2027-01-04')).toBe(
      'Die Frist endet heute, am Montag, 4. Januar 2027.',
    );
    expect(fristInWorten('2027-01-04', '2027-02-01')).toBe(
      'Die Frist ist am Montag, 4. Januar 2027 abgelaufen.',
    );
  });

  it('shows money in whole cents with German separators', () => {
    expect(formatEuro(123456)).toBe('1.234,56 €');
    expect(formatEuro(-5)).toBe('-0,05 €');
    expect(formatBetrag(100000000)).toBe('1.000.000,00');
    expect(() => formatEuro(1.5)).toThrow(RangeError);
  });

  it('shows file sizes', () => {
    expect(formatDateigroesse(850)).toBe('850 Byte');
    expect(formatDateigroesse(12 * 1024)).toBe('12 KB');
    expect(formatDateigroesse(2.4 * 1024 * 1024)).toBe('2,4 MB');
  });
});
