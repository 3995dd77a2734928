import { describe, expect, test } from 'vitest';
import { formatEuro as formatGeld } from '../../shared/format.ts';
import {
  formatIban,
  ibanPruefsummeStimmt,
  monateZwischen,
  parseDatum,
  parseDezimal,
  parseEmail,
  parseGanzzahl,
  parseGeld,
  parseIban,
  subjekt,
  parseMonat,
  parsePlz,
  parseTelefon,
} from './werte.ts';

const fehlerVon = (e: { ok: boolean; fehler?: string }) => (e.ok ? undefined : e.fehler);

describe('money as integer cents', () => {
  test.each([
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1234', 123400],
    ['1234,5', 123450],
    ['0', 0],
    ['12.50', 1250],
    ['1.000.000', 100000000],
    [' 1 234,56 € ', 123456],
    ['EUR 99,99', 9999],
    ['450,00 Euro', 45000],
  ])('"%s" → %i cents', (roh, cent) => {
    expect(parseGeld(roh, 'die Miete')).toEqual({ ok: true, wert: cent });
  });

  test.each([
    ['', 'Geben Sie die Miete an'],
    ['abc', 'Geben Sie die Miete als Betrag in Euro an, zum Beispiel 1.234,56'],
    ['12,345,00', 'Geben Sie die Miete als Betrag in Euro an, zum Beispiel 1.234,56'],
    ['1.23,00', 'Geben Sie die Miete als Betrag in Euro an, zum Beispiel 1.234,56'],
    ['1,234', 'Die Miete darf höchstens 2 Stellen nach dem Komma haben'],
    ['-5', 'Die Miete darf nicht negativ sein'],
    ['100000000', 'Die Miete ist zu hoch. Bitte prüfen Sie den Betrag'],
  ])('"%s" is refused: %s', (roh, text) => {
    expect(fehlerVon(parseGeld(roh, 'die Miete'))).toBe(text);
  });

  test('formatting', () => {
    expect(formatGeld(123456)).toBe('1.234,56 €');
    expect(formatGeld(5)).toBe('0,05 €');
    expect(formatGeld(100000000)).toBe('1.000.000,00 €');
  });
});

describe('real, plausible dates from three fields', () => {
  const d = (tag: string, monat: string, jahr: string) => ({ tag, monat, jahr });
  test('valid dates, including 29 February in a leap year', () => {
    expect(parseDatum(d('29', '2', '2024'), 'das Datum')).toEqual({ ok: true, wert: '2024-02-29' });
    expect(parseDatum(d('1', '12', '2026'), 'das Datum')).toEqual({ ok: true, wert: '2026-12-01' });
    expect(parseDatum(d(' 09 ', '03', '2026'), 'das Datum')).toEqual({ ok: true, wert: '2026-03-09' });
  });
  test.each([
    [d('', '', ''), 'Geben Sie das Datum an'],
    [d('', '3', '2026'), 'Das Datum muss einen Tag enthalten'],
    [d('', '', '2026'), 'Das Datum muss einen Tag und einen Monat enthalten'],
    [d('1', '3', ''), 'Das Datum muss ein Jahr enthalten'],
    [d('29', '2', '2026'), 'Das Datum muss ein echtes Datum sein'],
    [d('31', '4', '2026'), 'Das Datum muss ein echtes Datum sein'],
    [d('1', '13', '2026'), 'Das Datum muss ein echtes Datum sein'],
    [d('0', '1', '2026'), 'Das Datum muss ein echtes Datum sein'],
    [d('a', '1', '2026'), 'Das Datum muss ein echtes Datum sein, zum Beispiel 27 3 2026'],
    [d('1', '1', '26'), 'Das Jahr muss 4 Ziffern haben, zum Beispiel 2026'],
    [d('1', '1', '1899'), 'Das Datum ist zu weit in der Vergangenheit'],
  ])('%o: %s', (teile, text) => {
    expect(fehlerVon(parseDatum(teile, 'das Datum'))).toBe(text);
  });
  test('limits: not in the future, not before a given day', () => {
    const grenzen = {
      ab: '2000-01-01',
      bis: '2026-11-29',
      bisText: 'Das Datum darf nicht in der Zukunft liegen',
    };
    expect(fehlerVon(parseDatum(d('30', '11', '2026'), 'das Datum', grenzen))).toBe(
      'Das Datum darf nicht in der Zukunft liegen',
    );
    expect(parseDatum(d('29', '11', '2026'), 'das Datum', grenzen).ok).toBe(true);
    expect(fehlerVon(parseDatum(d('31', '12', '1999'), 'das Datum', grenzen))).toBe(
      'Das Datum ist zu weit in der Vergangenheit',
    );
  });
});

describe('months', () => {
  test('valid and invalid', () => {
    expect(parseMonat({ monat: '3', jahr: '2026' }, 'der Monat')).toEqual({ ok: true, wert: '2026-03' });
    expect(fehlerVon(parseMonat({ monat: '13', jahr: '2026' }, 'der Monat'))).toBe(
      'Der Monat muss ein echter Monat sein, zum Beispiel 3 2026',
    );
    expect(fehlerVon(parseMonat({ monat: '', jahr: '2026' }, 'der Monat'))).toBe(
      'Der Monat muss einen Monat enthalten',
    );
    expect(fehlerVon(parseMonat({ monat: '12', jahr: '2026' }, 'der Monat', { bis: '2026-11-29' }))).toBe(
      'Der Monat liegt in der Zukunft',
    );
  });
  test('every month of a period, across the year end, bounded', () => {
    expect(monateZwischen('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monateZwischen('2026-11', '2026-10')).toEqual([]);
    expect(monateZwischen('2000-01', '2026-12', 36)).toHaveLength(36);
  });
});

describe('IBAN (ISO 13616 mod 97)', () => {
  test.each([
    'DE02120300000000202051',
    'DE89370400440532013000',
    'AT611904300234573201',
    'NL91ABNA0417164300',
  ])('%s is valid', (iban) => {
    expect(ibanPruefsummeStimmt(iban)).toBe(true);
    expect(parseIban(iban)).toEqual({ ok: true, wert: iban });
  });
  test('spaces and lower case are accepted, the stored form is normalised', () => {
    expect(parseIban(' de02 1203 0000 0000 2020 51 ')).toEqual({ ok: true, wert: 'DE02120300000000202051' });
    expect(formatIban('DE02120300000000202051')).toBe('DE02 1203 0000 0000 2020 51');
  });
  test.each([
    ['', 'Geben Sie die IBAN an'],
    ['1234', 'Die IBAN muss mit dem Ländercode beginnen, zum Beispiel DE'],
    [
      'DE02 1203 0000 0000 2020 5!',
      'Die IBAN darf nur Buchstaben und Ziffern enthalten, zum Beispiel DE02 1203 0000 0000 2020 51',
    ],
    ['US12345678901234567890', 'Die IBAN muss von einer Bank im SEPA-Raum sein'],
    ['DE0212030000000020205', 'Die IBAN muss 22 Zeichen haben (Sie haben 21 eingegeben)'],
    ['DE02120300000000202052', 'Die IBAN ist nicht gültig. Bitte prüfen Sie sie auf Tippfehler'],
    ['DE20120300000000202051', 'Die IBAN ist nicht gültig. Bitte prüfen Sie sie auf Tippfehler'],
  ])('"%s": %s', (roh, text) => {
    expect(fehlerVon(parseIban(roh))).toBe(text);
  });
});

describe('other values', () => {
  test('PLZ: exactly 5 digits', () => {
    expect(parsePlz('18055')).toEqual({ ok: true, wert: '18055' });
    expect(parsePlz('18 055')).toEqual({ ok: true, wert: '18055' });
    for (const roh of ['1805', '180555', 'abcde']) {
      expect(fehlerVon(parsePlz(roh))).toBe(
        'Die Postleitzahl muss aus 5 Ziffern bestehen, zum Beispiel 18055',
      );
    }
  });
  test('e-mail, phone, decimals, integers', () => {
    expect(parseEmail('a@b.de').ok).toBe(true);
    expect(parseEmail('a.b.de').ok).toBe(false);
    expect(parseTelefon('+49 381 123-456').ok).toBe(true);
    expect(parseTelefon('0381 / 12 34 56').ok).toBe(true);
    expect(parseTelefon('ruf mich an').ok).toBe(false);
    expect(parseDezimal('54,5', 'die Fläche', { min: 5, max: 500 })).toEqual({ ok: true, wert: 54.5 });
    expect(fehlerVon(parseDezimal('4', 'die Fläche', { min: 5, max: 500 }))).toBe(
      'Die Fläche muss mindestens 5 sein',
    );
    expect(parseGanzzahl('3', 'die Anzahl', { min: 1, max: 30 })).toEqual({ ok: true, wert: 3 });
    expect(fehlerVon(parseGanzzahl('2,5', 'die Anzahl', { min: 1, max: 30 }))).toBe(
      'Geben Sie die Anzahl als ganze Zahl an, zum Beispiel 2',
    );
  });
});

test('error messages use the field as the subject in the nominative', () => {
  expect(parseGeld('-5', 'den eigenen Beitrag')).toEqual({
    ok: false,
    fehler: 'Der eigene Beitrag darf nicht negativ sein',
  });
  expect(subjekt('den ersten Monat mit Mietschulden')).toBe('Der erste Monat mit Mietschulden');
  expect(subjekt('den Namen des Versorgers')).toBe('Der Name des Versorgers');
  expect(subjekt('den Vornamen')).toBe('Der Vorname');
  expect(subjekt('die Miete')).toBe('Die Miete');
  expect(subjekt('das Datum der Mahnung')).toBe('Das Datum der Mahnung');
});
