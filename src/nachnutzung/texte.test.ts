import { expect, test } from 'vitest';
import { tagInBerlin } from '../shared/format.ts';
import { leseDatum } from './datum.ts';
import { interessenbekundungText, schriftlicherWegText, voruebergehendHinweis, type Amt } from './texte.ts';
import { alsCsv, type UebersichtsZeile } from './uebersicht.ts';

const schwerin: Amt = {
  name: 'Landeshauptstadt Schwerin',
  amt: 'Fachdienst Soziales',
  strasse: 'Am Packhof 2–6',
  plz: '19053',
  ort: 'Schwerin',
  telefon: '+49 385 545-0',
  email: null,
};

test('the declaration of interest is the seed template word for word, placeholders filled', () => {
  expect(
    interessenbekundungText({
      stelle: 'Landeshauptstadt Schwerin',
      dienst: 'Übernahme von Mietrückständen',
      startDatum: '2027-03-01',
      kontakt: { name: 'Sven Sachbearbeiter', email: 'sven@schwerin.example' },
      signatur: '  Sven Sachbearbeiter\nFachdienst Soziales  ',
    }),
  ).toBe(
    [
      'Lieber eGO MV,',
      '',
      'hiermit informiere ich Sie, dass Landeshauptstadt Schwerin den EfA-Onlinedienst Übernahme von Mietrückständen ab dem 01.03.2027 nachnutzen möchte. Ich bestätige außerdem, dass wir die Nachnutzungsbedingungen für EfA-Onlinediensten in MV akzeptieren. Ich bitte Sie daher uns die Unterlagen zur Anbindung zur Verfügung zu stellen.',
      '',
      'Im weiteren Verlauf der Anbindung wird Sven Sachbearbeiter (sven@schwerin.example) als Ansprechperson verantwortlich sein.',
      '',
      'Mit freundlichen Grüßen,',
      'Sven Sachbearbeiter\nFachdienst Soziales',
    ].join('\n'),
  );
});

test('the temporary notice names the office, the resumption and the written way', () => {
  const offen = voruebergehendHinweis(schwerin, 'Übernahme von Mietrückständen', null);
  expect(offen).toContain(
    '„Übernahme von Mietrückständen“ ist für Anträge an Landeshauptstadt Schwerin vorübergehend nicht verfügbar.',
  );
  expect(offen).toContain('Wann er wieder verfügbar ist, steht noch nicht fest.');
  expect(offen).toContain(
    'schriftlich oder persönlich: Landeshauptstadt Schwerin, Fachdienst Soziales, Am Packhof 2–6, 19053 Schwerin, Telefon +49 385 545-0.',
  );
  expect(voruebergehendHinweis(schwerin, 'X', '2027-01-04')).toContain(
    'voraussichtlich ab dem 04.01.2027 wieder verfügbar',
  );
  expect(schriftlicherWegText(schwerin, 'X')).toBe(
    'Für Landeshauptstadt Schwerin können Sie „X“ nicht online beantragen. Bitte stellen Sie Ihren Antrag schriftlich oder persönlich: Landeshauptstadt Schwerin, Fachdienst Soziales, Am Packhof 2–6, 19053 Schwerin, Telefon +49 385 545-0.',
  );
});

test('the calendar day is the one in M-V, across midnight and daylight saving time', () => {
  expect(tagInBerlin(new Date('2027-04-29T22:00:00Z'))).toBe('2027-04-30');
  expect(tagInBerlin(new Date('2027-04-29T21:59:59Z'))).toBe('2027-04-29');
  expect(tagInBerlin(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  expect(tagInBerlin(new Date('2027-03-28T00:30:00Z'))).toBe('2027-03-28');
});

test('dates are read as typed (TT.MM.JJJJ) or as ISO; impossible days are refused', () => {
  expect(leseDatum('1.3.2027')).toBe('2027-03-01');
  expect(leseDatum(' 29.02.2028 ')).toBe('2028-02-29');
  expect(leseDatum('2027-04-30')).toBe('2027-04-30');
  for (const falsch of ['29.02.2027', '31.04.2027', '2027-13-01', '01/03/2027', '', 'morgen']) {
    expect(leseDatum(falsch), falsch).toBeNull();
  }
});

test('CSV: BOM, semicolons, CRLF, every field quoted, quotes doubled, formulas defused', () => {
  const zeile = (o: Partial<UebersichtsZeile>): UebersichtsZeile => ({
    ags: '13004',
    behoerde: 'Landeshauptstadt Schwerin',
    dienstId: 'd',
    dienst: 'Übernahme von Mietrückständen',
    zustand: 'kuendigung_angekuendigt',
    naechsteFrist: { datum: '2027-04-30', text: 'Abmeldung wirksam' },
    aufgaben: ['Abmeldung wirksam zum 30.04.2027', 'Entkopplung: 6 von 7 Punkten offen'],
    ...o,
  });
  const csv = alsCsv([
    zeile({}),
    zeile({ behoerde: 'Amt "Nord"; Außenstelle\nZwei', aufgaben: ['=HYPERLINK("x")'] }),
  ]);
  expect(csv.startsWith('\uFEFF"AGS";"Sozialamt";')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const zeilen = csv.slice(1).split('\r\n');
  expect(zeilen[1]).toBe(
    '"13004";"Landeshauptstadt Schwerin";"Übernahme von Mietrückständen";"Kündigung angekündigt";"30.04.2027 (Abmeldung wirksam)";"Abmeldung wirksam zum 30.04.2027; Entkopplung: 6 von 7 Punkten offen"',
  );
  expect(zeilen[2]).toBe(
    '"13004";"Amt ""Nord""; Außenstelle\nZwei";"Übernahme von Mietrückständen";"Kündigung angekündigt";"30.04.2027 (Abmeldung wirksam)";"\'=HYPERLINK(""x"")"',
  );
});
