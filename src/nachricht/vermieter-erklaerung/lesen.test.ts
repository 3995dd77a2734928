import { expect, test } from 'vitest';
import { beispielVorgang } from '../beispiel.ts';
import { leseNachricht } from '../lesen.ts';
import { baueUndValidiereNachricht } from '../senden.ts';
import type { VermieterErklaerung } from './modell.ts';

const ERKLAERUNG: VermieterErklaerung = {
  vorgangsnummer: 'MR-2026-ABC123',
  referenzUUID: '039178b8-d6f2-4095-8051-0ee1dfe37d2e',
  abgegebenAm: new Date('2026-12-03T10:15:00.000Z'),
  erklaerende: { art: 'unternehmen', name: 'WIRO & Söhne <Wohnen>', email: 'miete@example.org' },
  rueckstand: {
    stand: '2026-12-01',
    monate: [
      { monat: '2026-10', offenCent: 65000 },
      { monat: '2026-11', offenCent: 70000 },
    ],
    kostenCent: 12050,
  },
  miete: { grundmieteCent: 50000, betriebskostenCent: 10000, heizkostenCent: 5000 },
  fortsetzung: true,
  kuendigung: 'wirdZurueckgenommen',
  raeumungsklage: 'ruhendGestellt',
  zahlungBis: '2026-12-20',
  bank: { kontoinhaber: 'WIRO', iban: 'DE02120300000000202051', verwendungszweck: 'Mieter 4711' },
};

test('the declaration is typed data in the message, valid against the XSDs, and reads back as entered', async () => {
  const gebaut = await baueUndValidiereNachricht(beispielVorgang({ vermieterErklaerung: ERKLAERUNG }));
  if (!gebaut.ok) throw new Error(JSON.stringify(gebaut.fehler));
  const gelesen = leseNachricht(gebaut.wert);
  if (!gelesen.ok) throw new Error(gelesen.fehler);
  // Optional values not given read back as absent; everything given reads back unchanged.
  expect(gelesen.nachricht.vermieterErklaerung).toEqual(
    JSON.parse(JSON.stringify(ERKLAERUNG), (k, v: unknown) =>
      k === 'abgegebenAm' ? new Date(v as string) : v,
    ),
  );
});

test('a message without a declaration has none', async () => {
  const gebaut = await baueUndValidiereNachricht(beispielVorgang());
  if (!gebaut.ok) throw new Error(JSON.stringify(gebaut.fehler));
  const gelesen = leseNachricht(gebaut.wert);
  expect(gelesen.ok && gelesen.nachricht.vermieterErklaerung).toBeUndefined();
});

test('a declaration that breaks its schema is refused with the message', async () => {
  const falsch = { ...ERKLAERUNG, bank: { ...ERKLAERUNG.bank, iban: 'keine IBAN' } };
  const gebaut = await baueUndValidiereNachricht(beispielVorgang({ vermieterErklaerung: falsch }));
  expect(gebaut.ok).toBe(false);
});
