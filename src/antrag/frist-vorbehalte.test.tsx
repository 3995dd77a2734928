import { renderToString } from 'preact-render-to-string';
import { expect, test } from 'vitest';
import { Schonfrist } from './ansichten/schonfrist.tsx';
import type { AntragDaten } from './flow.ts';
import { schonfristHinweiseFuerAmt, schonfristVorbehalte } from './frist.ts';

// The Schonfrist's caveats: the answer about a Schonfrist payment in the last two years, and an ordentliche
// Kündigung, show where they apply and reach the office as notes (Antrag.pdf, inbox).

const daten = (arten: string[], schonfristzahlung: string): AntragDaten =>
  ({
    personen: [],
    einkommen: [],
    'kuendigung-angaben': { arten },
    'fruehere-hilfe': { schonfristzahlung },
  }) as unknown as AntragDaten;

test('the caveats follow from the answers, and only then', () => {
  expect(schonfristVorbehalte(daten(['fristlos'], 'nein'))).toEqual({
    ordentlich: false,
    wiederholung: false,
  });
  expect(schonfristVorbehalte(daten(['fristlos'], 'unbekannt'))).toEqual({
    ordentlich: false,
    wiederholung: false,
  });
  expect(schonfristVorbehalte(daten(['fristlos', 'hilfsweise-ordentlich'], 'ja'))).toEqual({
    ordentlich: true,
    wiederholung: true,
  });
  expect(schonfristHinweiseFuerAmt(daten(['fristlos'], 'nein'))).toEqual([]);
  const hinweise = schonfristHinweiseFuerAmt(daten(['ordentlich'], 'ja'));
  expect(hinweise).toHaveLength(2);
  expect(hinweise[0]).toContain('§ 569 Abs. 3 Nr. 2 Satz 2 BGB');
  expect(hinweise[1]).toContain('heilt nur die fristlose Kündigung');
});

test('the Schonfrist page shows each caveat where it applies', () => {
  const gemeinsam = {
    rahmen: { name: 'Erika', csrf: 'x', sitzungsende: new Date('2026-11-29T10:30:00Z') },
    aktion: '/a',
    zurueck: undefined,
    uebersicht: '/a',
    ruecksprung: undefined,
  };
  const mit = renderToString(
    <Schonfrist {...gemeinsam} frist={null} vorbehalte={{ ordentlich: true, wiederholung: true }} />,
  );
  expect(mit).toContain('Die Schonfrist hilft Ihnen diesmal wahrscheinlich nicht');
  expect(mit).toContain('Die ordentliche Kündigung bleibt bestehen');
  const ohne = renderToString(
    <Schonfrist {...gemeinsam} frist={null} vorbehalte={{ ordentlich: false, wiederholung: false }} />,
  );
  expect(ohne).not.toContain('Die Schonfrist hilft Ihnen diesmal wahrscheinlich nicht');
  expect(ohne).not.toContain('Die ordentliche Kündigung bleibt bestehen');
});
