import { expect, test } from 'vitest';
import type { BuergerIdentitaet } from '../../bundid/index.ts';
import type { AntragDaten } from '../flow.ts';
import { uebernommeneFelder } from './einreichung.ts';

const identitaet = {
  vertrauensniveau: 'hoch',
  vorname: 'Erika',
  familienname: 'Mustermann',
  geburtsdatum: '1964-08-12',
  anschrift: { strasse: 'Heidestraße', hausnummer: '17', plz: '18055', ort: 'Rostock' },
} as BuergerIdentitaet;

const basis = {
  personen: [],
  einkommen: [],
  'persoenliche-daten': { vorname: 'Erika', familienname: 'Mustermann', geburtsdatum: '1964-08-12' },
  anschrift: { strasse: 'Heidestraße', hausnummer: '17', plz: '18055', ort: 'Rostock' },
} as unknown as AntragDaten;

test('filing for oneself: the answers equal to the BundID identity are listed as taken over', () => {
  const d = { ...basis, 'fuer-wen': { antragFuer: 'selbst' } } as AntragDaten;
  expect(uebernommeneFelder(d, identitaet)).toEqual([
    'persoenlicheDaten.vorname',
    'persoenlicheDaten.familienname',
    'persoenlicheDaten.geburtsdatum',
    'anschrift.strasse',
    'anschrift.hausnummer',
    'anschrift.plz',
    'anschrift.ort',
  ]);
});

test('a suggestion the citizen changed is not listed; filing for someone else lists none of their answers', () => {
  const geaendert = {
    ...basis,
    'fuer-wen': { antragFuer: 'selbst' },
    anschrift: { strasse: 'Lange Straße', hausnummer: '3', plz: '18055', ort: 'Rostock' },
  } as AntragDaten;
  expect(uebernommeneFelder(geaendert, identitaet)).not.toContain('anschrift.strasse');
  expect(uebernommeneFelder(geaendert, identitaet)).toContain('anschrift.plz');
  const fuerAndere = { ...basis, 'fuer-wen': { antragFuer: 'andere' } } as AntragDaten;
  expect(uebernommeneFelder(fuerAndere, identitaet)).toEqual([]);
});
