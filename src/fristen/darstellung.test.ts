import { expect, test } from 'vitest';
import { dringlichkeit, tageBis } from './darstellung.ts';

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
