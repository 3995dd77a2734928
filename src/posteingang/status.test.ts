import { describe, expect, test } from 'vitest';
import {
  erlaubteUebergaenge,
  fallstatus,
  leseEuro,
  pruefeAenderung,
  type Aenderung,
  type Fallstatus,
} from './status.ts';

const HEUTE = '2026-11-29';
const entscheidung: Aenderung['entscheidung'] = { art: 'darlehen', betragCent: 125_000 };
const aenderung = (nach: Fallstatus): Aenderung =>
  nach === 'entschieden' ? { nach, entscheidung } : { nach };

const legal: [Fallstatus, Fallstatus][] = [
  ['eingegangen', 'in_bearbeitung'],
  ['in_bearbeitung', 'unterlagen_nachgefordert'],
  ['in_bearbeitung', 'entschieden'],
  ['unterlagen_nachgefordert', 'in_bearbeitung'],
  ['unterlagen_nachgefordert', 'entschieden'],
  ['entschieden', 'abgeschlossen'],
];
const alle = fallstatus.flatMap((von) => fallstatus.map((nach) => [von, nach] as [Fallstatus, Fallstatus]));
const illegal = alle.filter(([v, n]) => !legal.some(([a, b]) => a === v && b === n));

test('the table of allowed transitions is exactly the documented one', () => {
  expect(Object.entries(erlaubteUebergaenge).flatMap(([von, nach]) => nach.map((n) => [von, n]))).toEqual(
    legal,
  );
  expect(alle).toHaveLength(25);
  expect(illegal).toHaveLength(19);
});

describe('every legal transition is accepted', () => {
  test.each(legal)('%s → %s', (von, nach) => {
    expect(pruefeAenderung(von, aenderung(nach), HEUTE)).toEqual({ ok: true });
  });
});

describe('every illegal transition is refused with a message naming both states', () => {
  test.each(illegal)('%s → %s', (von, nach) => {
    const r = pruefeAenderung(von, aenderung(nach), HEUTE);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.feld).toBe('status');
    if (von === nach) expect(r.meldung).toMatch(/hat den Status „.+“ bereits/);
    else {
      expect(r.meldung).toContain('kann nicht auf');
      expect(r.meldung).toMatch(von === 'abgeschlossen' ? /nicht mehr geändert/ : /Möglich ist nur/);
    }
  });
});

describe('a decision must carry what it needs', () => {
  test('without a decision', () => {
    expect(pruefeAenderung('in_bearbeitung', { nach: 'entschieden' }, HEUTE)).toMatchObject({
      ok: false,
      feld: 'entscheidung',
    });
  });
  test.each([0, -5, 12.5, 10_000_001])('an amount of %s cents is refused', (betragCent) => {
    expect(
      pruefeAenderung(
        'in_bearbeitung',
        { nach: 'entschieden', entscheidung: { art: 'beihilfe', betragCent } },
        HEUTE,
      ),
    ).toMatchObject({ ok: false, feld: 'betrag' });
  });
  test.each(['', '2026-02-30', '29.11.2026', '2026-11-30'])('a forwarding date %s is refused', (tag) => {
    expect(
      pruefeAenderung(
        'in_bearbeitung',
        { nach: 'entschieden', entscheidung: { art: 'jobcenter', weitergeleitetAm: tag } },
        HEUTE,
      ),
    ).toMatchObject({ ok: false, feld: 'weitergeleitetAm' });
  });
  test('refusal and forwarding today are fine', () => {
    expect(
      pruefeAenderung(
        'unterlagen_nachgefordert',
        { nach: 'entschieden', entscheidung: { art: 'abgelehnt' } },
        HEUTE,
      ),
    ).toEqual({ ok: true });
    expect(
      pruefeAenderung(
        'in_bearbeitung',
        { nach: 'entschieden', entscheidung: { art: 'jobcenter', weitergeleitetAm: HEUTE } },
        HEUTE,
      ),
    ).toEqual({ ok: true });
  });
  test('a decision on another status is refused', () => {
    expect(pruefeAenderung('entschieden', { nach: 'abgeschlossen', entscheidung }, HEUTE)).toMatchObject({
      ok: false,
      feld: 'entscheidung',
    });
  });
});

test.each([
  ['1.250,00', 125_000],
  ['1250', 125_000],
  ['1250,5', 125_050],
  ['1.250 €', 125_000],
  ['0,99', 99],
])('reads the amount %s', (text, cent) => {
  expect(leseEuro(text)).toBe(cent);
});

test.each(['', 'viel', '1,2,3', '12.34', '1.25,00', '-5'])('refuses the amount %s', (text) => {
  expect(leseEuro(text)).toBeUndefined();
});
