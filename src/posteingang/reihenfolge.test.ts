import { expect, test } from 'vitest';
import { eilstufe, nachDringlichkeit, naechsterTermin, type Sortierbar } from './reihenfolge.ts';

const HEUTE = '2026-11-29';

function fall(nummer: string, overrides: Partial<Sortierbar> = {}): Sortierbar {
  return {
    status: 'eingegangen',
    schonfrist: null,
    termine: {},
    eingereichtAm: new Date('2026-11-20T10:00:00Z'),
    vorgangsnummer: nummer,
    ...overrides,
  };
}

test('Schonfrist first (earliest end first), then hearing or eviction dates, then age, closed cases last', () => {
  const faelle = [
    fall('alt', { eingereichtAm: new Date('2026-10-01T10:00:00Z') }),
    fall('neu', { eingereichtAm: new Date('2026-11-28T10:00:00Z') }),
    fall('termin-spaet', { termine: { verhandlung: '2027-02-01' } }),
    fall('termin-frueh', { termine: { raeumungstermin: '2026-12-10', verhandlung: '2027-03-01' } }),
    fall('termin-vorbei', {
      termine: { verhandlung: '2026-11-01' },
      eingereichtAm: new Date('2026-11-25T10:00:00Z'),
    }),
    fall('frist-spaet', { schonfrist: { ende: '2027-01-20', vorlaeufig: false } }),
    fall('frist-frueh', { schonfrist: { ende: '2026-12-21', vorlaeufig: true } }),
    fall('entschieden-frist', {
      status: 'entschieden',
      schonfrist: { ende: '2026-12-01', vorlaeufig: false },
    }),
    fall('abgeschlossen', { status: 'abgeschlossen', eingereichtAm: new Date('2026-01-01T10:00:00Z') }),
  ];
  expect(nachDringlichkeit(faelle, HEUTE).map((f) => f.vorgangsnummer)).toEqual([
    'frist-frueh',
    'frist-spaet',
    'termin-frueh',
    'termin-spaet',
    'alt',
    'termin-vorbei',
    'neu',
    'entschieden-frist',
    'abgeschlossen',
  ]);
});

test('the order does not depend on the input order', () => {
  const faelle = [
    fall('b', { schonfrist: { ende: '2026-12-21', vorlaeufig: false } }),
    fall('a', { schonfrist: { ende: '2026-12-21', vorlaeufig: false } }),
    fall('c'),
  ];
  const eins = nachDringlichkeit(faelle, HEUTE).map((f) => f.vorgangsnummer);
  const zwei = nachDringlichkeit([...faelle].reverse(), HEUTE).map((f) => f.vorgangsnummer);
  expect(eins).toEqual(['a', 'b', 'c']);
  expect(zwei).toEqual(eins);
});

test('the next date ignores past dates and takes the earliest', () => {
  expect(
    naechsterTermin(
      { verhandlung: '2026-11-28', raeumungsfrist: '2027-01-10', raeumungstermin: '2026-12-30' },
      HEUTE,
    ),
  ).toEqual({
    art: 'raeumungstermin',
    datum: '2026-12-30',
  });
  expect(naechsterTermin({ verhandlung: '2026-11-28' }, HEUTE)).toBeNull();
  expect(naechsterTermin({ verhandlung: HEUTE }, HEUTE)).toEqual({ art: 'verhandlung', datum: HEUTE });
});

test('urgent: Schonfrist with fewer than 21 days left or expired, or a date within 21 days; only open cases', () => {
  expect(eilstufe(fall('x', { schonfrist: { ende: '2026-12-19', vorlaeufig: false } }), HEUTE).dringend).toBe(
    true,
  );
  expect(eilstufe(fall('x', { schonfrist: { ende: '2026-12-20', vorlaeufig: false } }), HEUTE).dringend).toBe(
    false,
  );
  expect(eilstufe(fall('x', { schonfrist: { ende: '2026-11-01', vorlaeufig: false } }), HEUTE)).toMatchObject(
    {
      schonfrist: 'abgelaufen',
      dringend: true,
    },
  );
  expect(eilstufe(fall('x', { termine: { verhandlung: '2026-12-19' } }), HEUTE).dringend).toBe(true);
  expect(eilstufe(fall('x', { termine: { verhandlung: '2026-12-20' } }), HEUTE).dringend).toBe(false);
  expect(
    eilstufe(
      fall('x', { status: 'entschieden', schonfrist: { ende: '2026-12-01', vorlaeufig: false } }),
      HEUTE,
    ).dringend,
  ).toBe(false);
});
