import { expect, test } from 'vitest';
import { datumAus, identitaetAusAttributen, niveauAus, OID, strasseTrennen } from './attribute.ts';
import { anzeigename, reichtAus } from './identitaet.ts';

test.each([
  ['Kröpeliner Straße 12', { strasse: 'Kröpeliner Straße', hausnummer: '12' }],
  ['Am Packhof 3a', { strasse: 'Am Packhof', hausnummer: '3a' }],
  ['Doberaner Straße 7 b', { strasse: 'Doberaner Straße', hausnummer: '7b' }],
  ['Lange Str. 10-12', { strasse: 'Lange Str.', hausnummer: '10-12' }],
  ['Weg 7/1', { strasse: 'Weg', hausnummer: '7/1' }],
  ['Straße des 17. Juni 135', { strasse: 'Straße des 17. Juni', hausnummer: '135' }],
  ['  Am   Markt   1  ', { strasse: 'Am Markt', hausnummer: '1' }],
  ['Hof Mühlenbeck', { strasse: 'Hof Mühlenbeck' }],
  ['', {}],
])('strasseTrennen(%j)', (zeile, erwartet) => {
  expect(strasseTrennen(zeile)).toEqual(erwartet);
});

test.each([
  ['STORK-QAA-Level-1', 'basis'],
  ['STORK-QAA-Level-2', 'basis'],
  ['STORK-QAA-Level-3', 'substantiell'],
  ['stork-qaa-level-4', 'hoch'],
  ['SUBSTANTIELL', 'substantiell'],
  ['HOCH', 'hoch'],
  ['NORMAL', 'basis'],
  ['http://eidas.europa.eu/LoA/high', 'hoch'],
  ['STORK-QAA-Level-9', undefined],
  ['irgendwas', undefined],
  [undefined, undefined],
])('niveauAus(%j) = %j', (wert, niveau) => {
  expect(niveauAus(wert)).toBe(niveau);
});

test('dates in the forms BundID may send; impossible dates are dropped', () => {
  expect(datumAus('1964-08-12')).toBe('1964-08-12');
  expect(datumAus('19640812')).toBe('1964-08-12');
  expect(datumAus('12.08.1964')).toBe('1964-08-12');
  expect(datumAus('1964-08-00')).toBeUndefined();
  expect(datumAus('1964-02-30')).toBeUndefined();
  expect(datumAus('1964')).toBeUndefined();
});

test('a full record maps to the identity', () => {
  const abbildung = identitaetAusAttributen({
    [OID.bpk2]: 'bpk2:x',
    [OID.vertrauensniveau]: 'STORK-QAA-Level-4',
    [OID.vorname]: ' Erika ',
    [OID.familienname]: 'Mustermann',
    [OID.geburtsname]: 'Gabler',
    [OID.geburtsdatum]: '1964-08-12',
    [OID.geburtsort]: 'Rostock',
    [OID.strasseHausnummer]: 'Kröpeliner Straße 12',
    [OID.plz]: '18055',
    [OID.ort]: 'Rostock',
    [OID.land]: 'D',
    [OID.staatsangehoerigkeit]: 'D',
    [OID.geschlecht]: '2',
    [OID.email]: ['erika@example.org', 'zweite@example.org'],
    [OID.postfach]: 'a6a91120',
    [OID.doktorgrad]: 'Dr.',
    [OID.anmeldeart]: 'eID',
  });
  expect(abbildung).toEqual({
    ok: true,
    identitaet: {
      pseudonym: 'bpk2:x',
      vertrauensniveau: 'hoch',
      vorname: 'Erika',
      familienname: 'Mustermann',
      geburtsname: 'Gabler',
      geburtsdatum: '1964-08-12',
      geburtsort: 'Rostock',
      anschrift: { strasse: 'Kröpeliner Straße', hausnummer: '12', plz: '18055', ort: 'Rostock', land: 'D' },
      staatsangehoerigkeit: 'deutsch',
      email: 'erika@example.org',
      postfach: 'a6a91120',
      geschlecht: 'weiblich',
      doktorgrad: 'Dr.',
      anmeldeart: 'eID',
    },
  });
  if (abbildung.ok) expect(anzeigename(abbildung.identitaet)).toBe('Dr. Erika Mustermann');
});

test('missing optional attributes are fine; the level may come from the AuthnContext', () => {
  expect(identitaetAusAttributen({ [OID.bpk2]: 'p' }, 'STORK-QAA-Level-3')).toEqual({
    ok: true,
    identitaet: { pseudonym: 'p', vertrauensniveau: 'substantiell' },
  });
  const nurOrt = identitaetAusAttributen(
    { [OID.bpk2]: 'p', [OID.ort]: 'Wismar', [OID.geschlecht]: '9' },
    'HOCH',
  );
  expect(nurOrt).toEqual({
    ok: true,
    identitaet: { pseudonym: 'p', vertrauensniveau: 'hoch', anschrift: { ort: 'Wismar' } },
  });
  if (nurOrt.ok) expect(anzeigename(nurOrt.identitaet)).toBe('BundID-Konto');
});

test('the attribute wins over the AuthnContext for the level', () => {
  const a = identitaetAusAttributen(
    { [OID.bpk2]: 'p', [OID.vertrauensniveau]: 'STORK-QAA-Level-1' },
    'STORK-QAA-Level-4',
  );
  expect(a.ok && a.identitaet.vertrauensniveau).toBe('basis');
});

test('a missing pseudonym or level is an error', () => {
  expect(identitaetAusAttributen({ [OID.vorname]: 'Erika' }, 'STORK-QAA-Level-4')).toEqual({
    ok: false,
    grund: 'pseudonym_fehlt',
  });
  expect(identitaetAusAttributen({ [OID.bpk2]: '  ' }, 'STORK-QAA-Level-4')).toEqual({
    ok: false,
    grund: 'pseudonym_fehlt',
  });
  expect(identitaetAusAttributen({ [OID.bpk2]: 'p' })).toEqual({ ok: false, grund: 'niveau_fehlt' });
});

test('trust levels are ordered basis < substantiell < hoch', () => {
  expect(reichtAus('hoch', 'substantiell')).toBe(true);
  expect(reichtAus('substantiell', 'substantiell')).toBe(true);
  expect(reichtAus('basis', 'substantiell')).toBe(false);
  expect(reichtAus('substantiell', 'hoch')).toBe(false);
});
