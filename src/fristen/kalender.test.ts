import { expect, test } from 'vitest';
import {
  gleicherTagNachMonaten,
  istIsoDatum,
  istSchaltjahr,
  monatsende,
  parseDatum,
  plusTage,
  tageImMonat,
  tageZwischen,
  wochentag,
} from './kalender.ts';

test('leap years follow the Gregorian rule', () => {
  expect(istSchaltjahr(2028)).toBe(true);
  expect(istSchaltjahr(2026)).toBe(false);
  expect(istSchaltjahr(2100)).toBe(false);
  expect(istSchaltjahr(2000)).toBe(true);
  expect(tageImMonat(2028, 2)).toBe(29);
  expect(tageImMonat(2027, 2)).toBe(28);
  expect(tageImMonat(2027, 4)).toBe(30);
  expect(tageImMonat(2027, 12)).toBe(31);
});

test('only real dates in the form YYYY-MM-DD are accepted', () => {
  expect(istIsoDatum('2028-02-29')).toBe(true);
  for (const falsch of [
    '2027-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '05.01.2026',
    '',
    '2026-01-05T00:00',
  ]) {
    expect(istIsoDatum(falsch)).toBe(false);
    expect(() => parseDatum(falsch)).toThrow(RangeError);
  }
});

test('day arithmetic across month, year and daylight-saving changes', () => {
  expect(plusTage('2026-12-31', 1)).toBe('2027-01-01');
  expect(plusTage('2028-02-28', 1)).toBe('2028-02-29');
  expect(plusTage('2026-03-28', 2)).toBe('2026-03-30'); // DST starts 29 March 2026
  expect(plusTage('2026-10-24', 2)).toBe('2026-10-26'); // DST ends 25 October 2026
  expect(plusTage('2026-01-01', -1)).toBe('2025-12-31');
  expect(tageZwischen('2026-03-01', '2026-04-01')).toBe(31);
  expect(tageZwischen('2026-04-01', '2026-03-01')).toBe(-31);
  expect(tageZwischen('2026-01-01', '2027-01-01')).toBe(365);
  expect(tageZwischen('2028-01-01', '2029-01-01')).toBe(366);
  expect(wochentag('2027-01-04')).toBe(1);
  expect(wochentag('2026-03-15')).toBe(0);
  expect(wochentag('2026-02-28')).toBe(6);
});

test('same day a number of months later, clipped to the month’s last day', () => {
  expect(gleicherTagNachMonaten('2026-01-15', 2)).toBe('2026-03-15');
  expect(gleicherTagNachMonaten('2026-12-31', 2)).toBe('2027-02-28');
  expect(gleicherTagNachMonaten('2027-12-31', 2)).toBe('2028-02-29');
  expect(gleicherTagNachMonaten('2026-08-31', 1)).toBe('2026-09-30');
  expect(gleicherTagNachMonaten('2026-11-15', 3)).toBe('2027-02-15');
  expect(monatsende('2028-02-03')).toBe('2028-02-29');
  expect(monatsende('2026-12-01')).toBe('2026-12-31');
});
