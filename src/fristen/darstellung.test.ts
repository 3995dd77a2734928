import { expect, test } from 'vitest';
import {
  dringlichkeit,
  formatDatum,
  formatDatumKurz,
  formatDatumMitWochentag,
  fristInWorten,
  tageBis,
} from './darstellung.ts';

test('dates in German', () => {
  expect(formatDatum('2027-01-04')).toBe('4. Januar 2027');
  expect(formatDatum('2026-03-15')).toBe('15. März 2026');
  expect(formatDatumKurz('2027-01-04')).toBe('04.01.2027');
  expect(formatDatumKurz('2026-12-31')).toBe('31.12.2026');
  expect(formatDatumMitWochentag('2027-01-04')).toBe('Montag, 4. Januar 2027');
  expect(formatDatumMitWochentag('2026-10-31')).toBe('Samstag, 31. Oktober 2026');
});

test('days until the deadline', () => {
  expect(tageBis('2027-01-04', '2026-12-23')).toBe(12);
  expect(tageBis('2027-01-04', '2027-01-04')).toBe(0);
  expect(tageBis('2027-01-04', '2027-01-05')).toBe(-1);
  expect(tageBis('2026-04-01', '2026-03-25')).toBe(7); // across the DST change
});

test('urgency: passed after the last day, urgent under the threshold, normal otherwise', () => {
  expect(dringlichkeit('2027-01-04', '2027-01-05')).toBe('abgelaufen');
  expect(dringlichkeit('2027-01-04', '2027-01-04')).toBe('dringend');
  expect(dringlichkeit('2027-01-04', '2026-12-15')).toBe('dringend'); // 20 days
  expect(dringlichkeit('2027-01-04', '2026-12-14')).toBe('normal'); // 21 days = three weeks
  expect(dringlichkeit('2027-01-04', '2026-12-14', 30)).toBe('dringend');
  expect(dringlichkeit('2027-01-04', '2026-12-24', 7)).toBe('normal');
});

test('the deadline in plain words', () => {
  expect(fristInWorten('2027-01-04', '2026-12-23')).toBe(
    'Die Frist endet am Montag, 4. Januar 2027. Das ist in 12 Tagen.',
  );
  expect(fristInWorten('2027-01-04', '2027-01-03')).toBe(
    'Die Frist endet am Montag, 4. Januar 2027. Das ist morgen.',
  );
  expect(fristInWorten('2027-01-04', '2027-01-04')).toBe('Die Frist endet heute, am Montag, 4. Januar 2027.');
  expect(fristInWorten('2027-01-04', '2027-02-01')).toBe(
    'Die Frist ist am Montag, 4. Januar 2027 abgelaufen.',
  );
});
