import { expect, test } from 'vitest';
import * as fristen from './index.ts';

test('the public API of fristen/', () => {
  expect(fristen.schonfristEnde('2026-01-15')).toBe('2026-03-16');
  expect(fristen.schonfristVorlaeufig('2026-01-15')).toBe('2026-03-16');
  expect(fristen.dauerhafteAbmeldungWirksamZum('2026-01-15')).toBe('2026-04-30');
  expect(fristen.feiertageMV(2026)).toHaveLength(11);
  expect(fristen.istFeiertagMV('2026-10-31')).toBe(true);
  expect(fristen.istArbeitstag('2026-10-30')).toBe(true);
  expect(fristen.naechsterArbeitstag('2026-10-31')).toBe('2026-11-02');
  expect(fristen.tageBis('2026-03-16', '2026-03-01')).toBe(15);
  expect(fristen.dringlichkeit('2026-03-16', '2026-03-01')).toBe('dringend');
});

test('results do not depend on the process time zone', () => {
  const vorher = process.env.TZ;
  try {
    for (const tz of ['Pacific/Kiritimati', 'America/Anchorage', 'UTC', 'Europe/Berlin']) {
      process.env.TZ = tz;
      expect(fristen.schonfristEnde('2026-03-28')).toBe('2026-05-28');
      expect(fristen.plusTage('2026-03-28', 1)).toBe('2026-03-29');
      expect(fristen.wochentag('2026-10-25')).toBe(0);
      expect(fristen.dauerhafteAbmeldungWirksamZum('2027-11-30')).toBe('2028-02-29');
    }
  } finally {
    process.env.TZ = vorher;
  }
});
