import { describe, expect, test } from 'vitest';
import {
  feiertageMV,
  feiertagMV,
  istArbeitstag,
  istFeiertagMV,
  naechsterArbeitstag,
  ostersonntag,
} from './feiertage.ts';

describe('Ostersonntag (Gauss/Meeus)', () => {
  test.each([
    [1954, '1954-04-18'],
    [1981, '1981-04-19'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2049, '2049-04-18'],
    [2285, '2285-03-22'],
  ])('%i → %s', (jahr, datum) => {
    expect(ostersonntag(jahr)).toBe(datum);
  });
});

test('all public holidays of Mecklenburg-Vorpommern in 2026, in date order', () => {
  expect(feiertageMV(2026)).toEqual([
    { datum: '2026-01-01', name: 'Neujahr' },
    { datum: '2026-03-08', name: 'Internationaler Frauentag' },
    { datum: '2026-04-03', name: 'Karfreitag' },
    { datum: '2026-04-06', name: 'Ostermontag' },
    { datum: '2026-05-01', name: 'Tag der Arbeit' },
    { datum: '2026-05-14', name: 'Christi Himmelfahrt' },
    { datum: '2026-05-25', name: 'Pfingstmontag' },
    { datum: '2026-10-03', name: 'Tag der Deutschen Einheit' },
    { datum: '2026-10-31', name: 'Reformationstag' },
    { datum: '2026-12-25', name: '1. Weihnachtstag' },
    { datum: '2026-12-26', name: '2. Weihnachtstag' },
  ]);
});

test('Easter-dependent holidays follow Easter (2027: early Easter, 2038: late Easter)', () => {
  const namen = (jahr: number) => Object.fromEntries(feiertageMV(jahr).map((f) => [f.name, f.datum]));
  expect(namen(2027)).toMatchObject({
    Karfreitag: '2027-03-26',
    Ostermontag: '2027-03-29',
    'Christi Himmelfahrt': '2027-05-06',
    Pfingstmontag: '2027-05-17',
  });
  expect(namen(2038)).toMatchObject({
    Karfreitag: '2038-04-23',
    Ostermontag: '2038-04-26',
    'Christi Himmelfahrt': '2038-06-03',
    Pfingstmontag: '2038-06-14',
  });
});

test('the Internationaler Frauentag is a holiday from 2023 on only', () => {
  expect(istFeiertagMV('2022-03-08')).toBe(false);
  expect(feiertageMV(2022)).toHaveLength(10);
  expect(istFeiertagMV('2023-03-08')).toBe(true);
  expect(feiertageMV(2023)).toHaveLength(11);
  expect(feiertagMV('2027-03-08')).toBe('Internationaler Frauentag');
});

test('holidays of other Länder are ordinary days in M-V', () => {
  expect(istFeiertagMV('2026-01-06')).toBe(false); // Heilige Drei Könige (BW, BY, ST)
  expect(istFeiertagMV('2026-06-04')).toBe(false); // Fronleichnam
  expect(istFeiertagMV('2026-11-01')).toBe(false); // Allerheiligen
  expect(istFeiertagMV('2026-11-18')).toBe(false); // Buß- und Bettag (SN)
  expect(istFeiertagMV('2026-09-20')).toBe(false); // Weltkindertag (TH)
  expect(istFeiertagMV('2026-12-24')).toBe(false); // Heiligabend
  expect(istFeiertagMV('2026-12-31')).toBe(false); // Silvester
});

test('Arbeitstage: weekdays that are no holiday', () => {
  expect(istArbeitstag('2026-03-09')).toBe(true); // Monday
  expect(istArbeitstag('2026-03-14')).toBe(false); // Saturday
  expect(istArbeitstag('2026-03-15')).toBe(false); // Sunday
  expect(istArbeitstag('2026-04-03')).toBe(false); // Karfreitag
  expect(istArbeitstag('2026-12-24')).toBe(true);
});

test('naechsterArbeitstag keeps a working day and skips weekends and holiday chains', () => {
  expect(naechsterArbeitstag('2026-03-09')).toBe('2026-03-09');
  expect(naechsterArbeitstag('2026-03-14')).toBe('2026-03-16');
  expect(naechsterArbeitstag('2026-04-03')).toBe('2026-04-07'); // Karfreitag, Sa, Ostersonntag, Ostermontag
  expect(naechsterArbeitstag('2026-12-25')).toBe('2026-12-28'); // 1./2. Weihnachtstag, Sunday
  expect(naechsterArbeitstag('2027-12-25')).toBe('2027-12-27');
  expect(naechsterArbeitstag('2027-12-31')).toBe('2027-12-31'); // Silvester is a Friday and a working day
  expect(naechsterArbeitstag('2028-01-01')).toBe('2028-01-03'); // Neujahr is a Saturday
});

test('invalid years and dates are refused', () => {
  expect(() => feiertageMV(2026.5)).toThrow(RangeError);
  expect(() => istFeiertagMV('2026-02-30')).toThrow(RangeError);
});
