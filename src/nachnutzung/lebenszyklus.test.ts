import { describe, expect, test } from 'vitest';
import {
  findeUebergang,
  nimmtAntraegeAn,
  pruefeUebergang,
  uebergaenge,
  zustandNamen,
  type Angaben,
  type Fakten,
} from './lebenszyklus.ts';
import { nachnutzungZustaende, type NachnutzungZustand } from './nachnutzung-tables.ts';

/** Facts under which every precondition of every transition holds. */
function erfuellt(overrides: Partial<Fakten> = {}): Fakten {
  return {
    heute: '2027-05-02',
    interessenbekundung: true,
    aktuelleBedingungen: 2,
    akzeptierteBedingungen: 2,
    unterlagen: { bestaetigungen: 1, anbindungsunterlagen: 1, unbestaetigt: 0 },
    verbindungFehler: [],
    testBestanden: true,
    wirksamZum: '2027-04-30',
    ...overrides,
  };
}
const angaben: Angaben = { grund: 'Umstellung des Fachverfahrens', datum: '2027-05-01' };

// The lifecycle as the seed describes it (the Nachnutzungskonzept's lifecycle): exactly these ten transitions are legal.
const erwartet: [NachnutzungZustand, NachnutzungZustand][] = [
  ['nicht_angebunden', 'interesse_bekundet'],
  ['interesse_bekundet', 'bedingungen_akzeptiert'],
  ['bedingungen_akzeptiert', 'unterlagen_bereitgestellt'],
  ['unterlagen_bereitgestellt', 'technisch_angebunden'],
  ['technisch_angebunden', 'test_erfolgreich'],
  ['test_erfolgreich', 'produktiv'],
  ['produktiv', 'voruebergehend_abgemeldet'],
  ['voruebergehend_abgemeldet', 'produktiv'],
  ['produktiv', 'kuendigung_angekuendigt'],
  ['kuendigung_angekuendigt', 'abgemeldet'],
];
const istLegal = (von: NachnutzungZustand, nach: NachnutzungZustand) =>
  erwartet.some(([v, n]) => v === von && n === nach);

const matrix = nachnutzungZustaende.flatMap((von) =>
  nachnutzungZustaende.map((nach) => [von, nach] as const),
);
const legal = matrix.filter(([v, n]) => istLegal(v, n));
const illegal = matrix.filter(([v, n]) => !istLegal(v, n));

test('the transition table is exactly the lifecycle of the seed', () => {
  expect(uebergaenge.map((u) => [u.von, u.nach])).toEqual(erwartet);
  expect(legal).toHaveLength(10);
  expect(illegal).toHaveLength(90);
});

describe('every legal transition passes when its preconditions hold', () => {
  test.each(legal)('%s → %s', (von, nach) => {
    const ergebnis = pruefeUebergang(von, nach, erfuellt(), angaben);
    expect(ergebnis).toMatchObject({ ok: true, uebergang: { von, nach } });
  });
});

describe('every illegal transition is refused with a German message naming both states', () => {
  test.each(illegal)('%s → %s', (von, nach) => {
    const ergebnis = pruefeUebergang(von, nach, erfuellt(), angaben);
    expect(ergebnis.ok).toBe(false);
    if (ergebnis.ok) return;
    expect(ergebnis.fehler).toHaveLength(1);
    const [meldung] = ergebnis.fehler;
    if (von === nach) {
      expect(meldung).toBe(`Der Zustand ist bereits „${zustandNamen[von]}“.`);
    } else {
      expect(meldung).toContain(`von „${zustandNamen[von]}“ zu „${zustandNamen[nach]}“ ist nicht zulässig`);
      if (von === 'abgemeldet') expect(meldung).toContain('führt kein weiterer Schritt');
      else expect(meldung).toMatch(/ist nur möglich: „/);
    }
  });
});

// Each precondition of each legal transition, broken on its own, refuses the transition with its message.
const verletzungen: [NachnutzungZustand, NachnutzungZustand, string, Partial<Fakten>, Angaben, RegExp][] = [
  [
    'nicht_angebunden',
    'interesse_bekundet',
    'no declaration',
    { interessenbekundung: false },
    {},
    /keine Interessenbekundung/,
  ],
  [
    'interesse_bekundet',
    'bedingungen_akzeptiert',
    'no terms stored',
    { aktuelleBedingungen: null, akzeptierteBedingungen: null },
    {},
    /keine Nachnutzungsbedingungen hinterlegt/,
  ],
  [
    'interesse_bekundet',
    'bedingungen_akzeptiert',
    'terms not accepted',
    { akzeptierteBedingungen: null },
    {},
    /Version 2\) muss zuerst akzeptiert/,
  ],
  [
    'bedingungen_akzeptiert',
    'unterlagen_bereitgestellt',
    'no confirmation',
    { unterlagen: { bestaetigungen: 0, anbindungsunterlagen: 1, unbestaetigt: 0 } },
    {},
    /Bestätigung der Mitnutzungskoordination fehlt/,
  ],
  [
    'bedingungen_akzeptiert',
    'unterlagen_bereitgestellt',
    'no connection document',
    { unterlagen: { bestaetigungen: 1, anbindungsunterlagen: 0, unbestaetigt: 0 } },
    {},
    /keine Unterlage zur Anbindung/,
  ],
  [
    'unterlagen_bereitgestellt',
    'technisch_angebunden',
    'one receipt open',
    { unterlagen: { bestaetigungen: 1, anbindungsunterlagen: 1, unbestaetigt: 1 } },
    {},
    /Empfang einer Unterlage ist noch nicht bestätigt/,
  ],
  [
    'unterlagen_bereitgestellt',
    'technisch_angebunden',
    'two receipts open',
    { unterlagen: { bestaetigungen: 1, anbindungsunterlagen: 1, unbestaetigt: 2 } },
    {},
    /Empfang von 2 Unterlagen/,
  ],
  [
    'unterlagen_bereitgestellt',
    'technisch_angebunden',
    'no connection',
    { verbindungFehler: null },
    {},
    /noch nicht eingetragen/,
  ],
  [
    'unterlagen_bereitgestellt',
    'technisch_angebunden',
    'invalid connection',
    { verbindungFehler: ['Lämmerzahl nur über Governikus ComVibilia.'] },
    {},
    /unvollständig: Lämmerzahl/,
  ],
  [
    'technisch_angebunden',
    'test_erfolgreich',
    'no passed test',
    { testBestanden: false },
    {},
    /kein bestandener Verbindungstest/,
  ],
  [
    'test_erfolgreich',
    'produktiv',
    'new terms not accepted',
    { aktuelleBedingungen: 3 },
    angaben,
    /Version 3\) muss vor der Produktivsetzung akzeptiert/,
  ],
  [
    'test_erfolgreich',
    'produktiv',
    'no terms at all',
    { aktuelleBedingungen: null, akzeptierteBedingungen: null },
    angaben,
    /keine Nachnutzungsbedingungen/,
  ],
  [
    'test_erfolgreich',
    'produktiv',
    'test no longer valid',
    { testBestanden: false },
    angaben,
    /kein bestandener Verbindungstest/,
  ],
  [
    'test_erfolgreich',
    'produktiv',
    'no go-live date',
    {},
    { datum: undefined },
    /Datum der Produktivsetzung/,
  ],
  [
    'test_erfolgreich',
    'produktiv',
    'impossible go-live date',
    {},
    { datum: '2027-02-30' },
    /Datum der Produktivsetzung/,
  ],
  ['produktiv', 'voruebergehend_abgemeldet', 'no reason', {}, { grund: '  ' }, /Grund/],
  [
    'produktiv',
    'kuendigung_angekuendigt',
    'no reason',
    {},
    { grund: undefined, datum: '2027-01-15' },
    /Grund/,
  ],
  [
    'produktiv',
    'kuendigung_angekuendigt',
    'no receipt date',
    {},
    { grund: 'Kosten' },
    /wann die Kündigung beim MiK eingegangen/,
  ],
  [
    'produktiv',
    'kuendigung_angekuendigt',
    'receipt in the future',
    {},
    { grund: 'Kosten', datum: '2027-05-03' },
    /nicht in der Zukunft/,
  ],
  [
    'kuendigung_angekuendigt',
    'abgemeldet',
    'before the effective date',
    { heute: '2027-04-29' },
    {},
    /erst am 30\.04\.2027 wirksam/,
  ],
  [
    'kuendigung_angekuendigt',
    'abgemeldet',
    'no effective date',
    { wirksamZum: null },
    {},
    /kein Wirksamkeitsdatum/,
  ],
];

describe('every precondition refuses its transition on its own', () => {
  test.each(verletzungen)('%s → %s: %s', (von, nach, _was, fakten, eingabe, meldung) => {
    const ergebnis = pruefeUebergang(von, nach, erfuellt(fakten), eingabe);
    expect(ergebnis.ok).toBe(false);
    if (!ergebnis.ok) expect(ergebnis.fehler.join(' ')).toMatch(meldung);
  });

  test('every legal transition with preconditions has at least one refusal case above', () => {
    for (const u of uebergaenge.filter((x) => x.regeln.length > 0)) {
      expect(
        verletzungen.some(([v, n]) => v === u.von && n === u.nach),
        `${u.von} → ${u.nach}`,
      ).toBe(true);
    }
  });
});

test('the effective date itself and any later day let the deregistration take effect', () => {
  expect(pruefeUebergang('kuendigung_angekuendigt', 'abgemeldet', erfuellt({ heute: '2027-04-30' })).ok).toBe(
    true,
  );
  expect(pruefeUebergang('kuendigung_angekuendigt', 'abgemeldet', erfuellt({ heute: '2028-01-01' })).ok).toBe(
    true,
  );
});

test('all failing preconditions are reported together', () => {
  const ergebnis = pruefeUebergang(
    'test_erfolgreich',
    'produktiv',
    erfuellt({ akzeptierteBedingungen: 1, testBestanden: false }),
    {},
  );
  expect(ergebnis.ok).toBe(false);
  if (!ergebnis.ok) expect(ergebnis.fehler).toHaveLength(3);
});

test('coordination-only steps: confirming receipt, providing documents, go-live, forcing the effective date', () => {
  expect(uebergaenge.filter((u) => u.nurKoordination).map((u) => u.nach)).toEqual([
    'interesse_bekundet',
    'unterlagen_bereitgestellt',
    'produktiv',
    'abgemeldet',
  ]);
  expect(findeUebergang('voruebergehend_abgemeldet', 'produktiv')?.nurKoordination).toBe(false);
});

test('applications are taken while live and during the notice period only', () => {
  expect(nachnutzungZustaende.filter(nimmtAntraegeAn)).toEqual(['produktiv', 'kuendigung_angekuendigt']);
});
