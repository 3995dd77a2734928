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
  formatZeitpunkt,
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
