import { describe, expect, test } from 'vitest';
import {
  dauerhafteAbmeldungWirksamZum,
  monatsfristEnde,
  schonfristEnde,
  schonfristVorlaeufig,
} from './bgb-fristen.ts';

describe('schonfristEnde (§ 569 Abs. 3 Nr. 2, §§ 187, 188, 193 BGB)', () => {
  test.each([
    // [served, end, why]
    ['2026-06-10', '2026-08-10', 'same day number two months later (Monday)'],
    ['2026-03-11', '2026-05-11', 'a Monday, no move'],
    ['2026-01-15', '2026-03-16', '15 March 2026 is a Sunday → Monday'],
    ['2025-12-28', '2026-03-02', '28 Feb 2026 is a Saturday → Monday; across the year change'],
    ['2026-12-31', '2027-03-01', '31 Dec → 28 Feb 2027 (no 31st, § 188 Abs. 3), a Sunday → Monday 1 March'],
    ['2025-12-31', '2026-03-02', '31 Dec → 28 Feb 2026, a Saturday → Monday 2 March'],
    ['2027-12-31', '2028-02-29', 'leap year: 31 Dec → 29 Feb 2028, a Tuesday'],
    ['2027-12-30', '2028-02-29', 'leap year: 30 Dec → 29 Feb 2028'],
    ['2027-12-29', '2028-02-29', 'leap year: 29 Dec → 29 Feb 2028'],
    ['2027-12-28', '2028-02-28', 'leap year: 28 Dec → 28 Feb 2028'],
    ['2026-08-31', '2026-11-02', '31 Oct 2026: Reformationstag and a Saturday → Monday'],
    ['2028-08-31', '2028-11-01', '31 Oct 2028: Reformationstag on a Tuesday → Wednesday'],
    ['2025-08-31', '2025-11-03', '31 Oct 2025: Reformationstag on a Friday → Monday'],
    ['2026-02-03', '2026-04-07', '3 Apr 2026: Karfreitag, weekend, Ostermontag → Tuesday'],
    ['2028-02-17', '2028-04-18', '17 Apr 2028: Ostermontag → Tuesday'],
    ['2027-01-08', '2027-03-09', '8 Mar 2027: Internationaler Frauentag (Monday) → Tuesday'],
    ['2022-01-08', '2022-03-08', '8 Mar 2022: no holiday yet (Tuesday)'],
    ['2026-03-01', '2026-05-04', '1 May 2026: Tag der Arbeit (Friday) → Monday'],
    ['2026-03-14', '2026-05-15', '14 May 2026: Christi Himmelfahrt → Friday'],
    ['2026-03-25', '2026-05-26', '25 May 2026: Pfingstmontag → Tuesday'],
    ['2028-08-03', '2028-10-04', '3 Oct 2028: Tag der Deutschen Einheit → Wednesday'],
    ['2026-10-25', '2026-12-28', '25 Dec 2026: both Weihnachtstage and Sunday → Monday'],
    ['2027-10-25', '2027-12-27', '25 Dec 2027: Saturday, 26 Sunday → Monday'],
    ['2026-11-01', '2027-01-04', '1 Jan 2027: Neujahr (Friday) and weekend → Monday, new year'],
    ['2026-10-26', '2026-12-28', '26 Dec 2026 (Saturday, 2. Weihnachtstag) → Monday'],
  ])('served %s → ends %s (%s)', (zugestellt, ende) => {
    expect(schonfristEnde(zugestellt)).toBe(ende);
  });

  test('the provisional deadline counts from the filing date and is never later than the real one', () => {
    expect(schonfristVorlaeufig('2026-01-15')).toBe('2026-03-16');
    // The suit is served after it was filed, so the real deadline can only be the same or later.
    const eingang = '2026-02-03';
    for (const zustellung of ['2026-02-03', '2026-02-10', '2026-02-20', '2026-03-02']) {
      expect(schonfristVorlaeufig(eingang) <= schonfristEnde(zustellung)).toBe(true);
    }
  });

  test('invalid dates are refused, never guessed', () => {
    expect(() => schonfristEnde('2026-02-30')).toThrow(RangeError);
    expect(() => schonfristEnde('15.01.2026')).toThrow(RangeError);
    expect(() => schonfristVorlaeufig('')).toThrow(RangeError);
  });
});

describe('monatsfristEnde (§§ 187 Abs. 1, 188 Abs. 2, 3 BGB without § 193)', () => {
  test('does not move weekend ends', () => {
    expect(monatsfristEnde('2026-01-15', 2)).toBe('2026-03-15');
    expect(monatsfristEnde('2026-01-31', 1)).toBe('2026-02-28');
    expect(monatsfristEnde('2026-01-31', 12)).toBe('2027-01-31');
  });
});

describe('dauerhafteAbmeldungWirksamZum ("3 Monate zum Monatsende" of the Nachnutzungskonzept)', () => {
  test.each([
    ['2026-01-15', '2026-04-30', 'example of the seed rules'],
    ['2026-01-31', '2026-04-30', 'example: the 31st, April has 30 days'],
    ['2026-02-01', '2026-05-31', 'example: 1 Feb → 1 May → end of May'],
    ['2027-11-30', '2028-02-29', 'example: into a leap February'],
    ['2027-11-29', '2028-02-29', 'leap year: 29 Feb exists'],
    ['2028-11-29', '2029-02-28', 'after a leap year: no 29 Feb'],
    ['2026-11-30', '2027-02-28', 'February end on a Sunday: § 193 does not apply'],
    ['2026-03-31', '2026-06-30', '31st → June has 30 days'],
    ['2026-05-31', '2026-08-31', '31st → August has 31 days'],
    ['2026-02-28', '2026-05-31', 'end of February'],
    ['2028-02-29', '2028-05-31', 'leap day'],
    ['2026-10-15', '2027-01-31', 'year change'],
    ['2026-12-31', '2027-03-31', 'received on New Year’s Eve'],
    ['2026-07-20', '2026-10-31', 'effective on Reformationstag and a Saturday: not moved'],
    ['2026-09-01', '2026-12-31', 'received on the first of a month'],
  ])('received %s → effective %s (%s)', (eingang, wirksam) => {
    expect(dauerhafteAbmeldungWirksamZum(eingang)).toBe(wirksam);
  });

  test('invalid dates are refused', () => {
    expect(() => dauerhafteAbmeldungWirksamZum('2026-04-31')).toThrow(RangeError);
  });
});
