import { expect, test } from 'vitest';
import { baueNachricht, type NachrichtErgebnis } from './bauen.ts';
import { beispielVorgang } from './beispiel.ts';
import type { XsozialVorgang } from './modell.ts';
import { istIbanGueltig } from './pruefung.ts';

function fehler(v: XsozialVorgang): { feld: string; meldung: string; zeichen?: string[] }[] {
  const e: NachrichtErgebnis = baueNachricht(v);
  if (e.ok) throw new Error('unerwartet gebaut');
  return e.fehler;
}

function felder(v: XsozialVorgang): string[] {
  return fehler(v).map((f) => f.feld);
}

const basis = beispielVorgang();

test('the example builds', () => {
  expect(baueNachricht(basis).ok).toBe(true);
});

test('characters outside DIN 91379 are refused, naming the field and the characters', () => {
  const v = beispielVorgang({
    personen: basis.personen.map((p, i) =>
      i === 0 ? { ...p, vorname: 'Ωmega', familienname: 'Test\u0000' } : p,
    ),
    anlagen: [{ ...basis.anlagen[0]!, dateiname: 'Scan 😀.pdf' }],
    dritte: [{ ...basis.dritte[0]!, anschrift: { ...basis.dritte[0]!.anschrift, strasse: 'Улица' } }],
    leser: { kennung: 'a:1', name: 'Amt „Soziales“' },
  });
  expect(fehler(v)).toEqual([
    { feld: 'leser.name', meldung: expect.stringContaining('U+201E „„“'), zeichen: ['„', '“'] },
    { feld: 'personen[0].familienname', meldung: expect.stringContaining('U+0000'), zeichen: ['\u0000'] },
    { feld: 'personen[0].vorname', meldung: expect.stringContaining('U+03A9 „Ω“'), zeichen: ['Ω'] },
    { feld: 'dritte[0].anschrift.strasse', meldung: expect.any(String), zeichen: ['У', 'л', 'и', 'ц', 'а'] },
    { feld: 'anlagen[0].name', meldung: expect.any(String), zeichen: ['😀'] },
    { feld: 'anlagen[0].dateiname', meldung: expect.any(String), zeichen: ['😀'] },
  ]);
  expect(fehler(v)[0]!.meldung).toMatch(/^Enthält Zeichen, die nicht übermittelt werden können: /);
});

test('decomposed umlauts are normalised (NFC), not refused', () => {
  const v = beispielVorgang({
    personen: basis.personen.map((p, i) => (i === 0 ? { ...p, vorname: 'Ju\u0308rgen' } : p)),
  });
  const e = baueNachricht(v);
  expect(e.ok && e.wert.includes('<xsb:name>Jürgen</xsb:name>')).toBe(true);
});

test('header identifiers and dates are checked', () => {
  expect(
    felder({
      ...basis,
      nachrichtUUID: 'keine-uuid',
      referenzUUID: '123',
      erstellt: new Date('kaputt'),
      antragsDatum: '2026-02-30',
      vorgangsID: 'mit Leerzeichen',
      dvdvDienstkennung: ' ',
      leser: { kennung: '', name: 'x' },
    }),
  ).toEqual([
    'nachrichtUUID',
    'referenzUUID',
    'erstellt',
    'leser.kennung',
    'dvdvDienstkennung',
    'vorgangsID',
    'antragsDatum',
  ]);
});

test('exactly one applicant, unique ids, benefits for known persons', () => {
  const [a, b] = basis.personen;
  expect(felder({ ...basis, personen: [{ ...b!, personID: 'Person_1' }] })).toEqual(['personen']);
  expect(felder({ ...basis, personen: [a!, { ...a!, personID: 'Person_9' }] })).toEqual(['personen']);
  expect(felder({ ...basis, personen: [a!, { ...b!, personID: 'Person_1' }] })).toEqual(['personen[1]']);
  expect(felder({ ...basis, dritte: [basis.dritte[0]!, basis.dritte[0]!] })).toEqual(['dritte[1]']);
  expect(felder({ ...basis, leistungen: [] })).toEqual(['leistungen']);
  expect(felder({ ...basis, leistungen: [{ art: 'mietschulden', personID: 'Person_7' }] })).toEqual([
    'leistungen[0].personID',
  ]);
});

test('persons and third parties need names, valid dates and keys', () => {
  const [a] = basis.personen;
  expect(
    felder({
      ...basis,
      personen: [
        { ...a!, vorname: ' ', familienname: '', geburtsdatum: '09.06.1984', staatsangehoerigkeit: 'DE' },
      ],
    }),
  ).toEqual([
    'personen[0].vorname',
    'personen[0].familienname',
    'personen[0].geburtsdatum',
    'personen[0].staatsangehoerigkeit',
  ]);
  const d = basis.dritte[0]!;
  const { organisation: _o, ansprechpartner: _a, ...ohneName } = d;
  expect(felder({ ...basis, dritte: [ohneName] })).toEqual(['dritte[0]']);
});

test('addresses: postcode with five digits, street and town required', () => {
  const d = basis.dritte[0]!;
  expect(felder({ ...basis, dritte: [{ ...d, anschrift: { strasse: '', plz: '1805', ort: '' } }] })).toEqual([
    'dritte[0].anschrift.strasse',
    'dritte[0].anschrift.ort',
    'dritte[0].anschrift.plz',
  ]);
});

test('bank details: IBAN checksum and BIC form', () => {
  const d = basis.dritte[0]!;
  expect(
    felder({
      ...basis,
      dritte: [{ ...d, bank: { kontoinhaber: '', iban: 'DE89370400440532013001', bic: 'XYZ' } }],
    }),
  ).toEqual(['dritte[0].bank.kontoinhaber', 'dritte[0].bank.iban', 'dritte[0].bank.bic']);
  expect(istIbanGueltig('DE89 3704 0044 0532 0130 00')).toBe(true);
  expect(istIbanGueltig('de89370400440532013000')).toBe(true);
  expect(istIbanGueltig('GB82WEST12345698765432')).toBe(true);
  expect(istIbanGueltig('DE89370400440532013001')).toBe(false);
  expect(istIbanGueltig('DE8937040044')).toBe(false);
});

test('documents: the application PDF and every attachment must have content and an allowed type', () => {
  const anlage = basis.anlagen[0]!;
  expect(
    felder({
      ...basis,
      antragPdf: Buffer.alloc(0),
      anlagen: [
        { ...anlage, mimeType: 'text/html' as 'application/pdf' },
        { ...anlage, inhalt: Buffer.alloc(0), dateiname: '' },
        { ...anlage, dokumentID: 'Dok_ID_Antrag' },
        { ...anlage, dokumentID: 'Doppelt' },
        { ...anlage, dokumentID: 'Doppelt' },
      ],
    }),
  ).toEqual([
    'antragPdf',
    'anlagen[0].mimeType',
    'anlagen[1].dateiname',
    'anlagen[1].inhalt',
    'anlagen[2].dokumentID',
    'anlagen[4]',
  ]);
});

test('at most one recipient of letters', () => {
  expect(
    felder({
      ...basis,
      personen: basis.personen.map((p) => ({ ...p, schriftgutempfaenger: true })),
    }),
  ).toEqual(['schriftgutempfaenger']);
});
