import { expect, test } from 'vitest';
import { entwurfsAdresse } from '../antrag/entwurfsquelle.ts';
import { entwurfsmitteilungText, type Entwurfsmitteilung } from './entwurfsmitteilung-text.ts';

const schwerin: Entwurfsmitteilung['amt'] = {
  name: 'Landeshauptstadt Schwerin',
  amt: 'Fachdienst Soziales',
  strasse: 'Am Packhof 2–6',
  plz: '19053',
  ort: 'Schwerin',
  telefon: '+49 385 545-0',
  email: null,
  sprechzeiten: null,
};
const basis = {
  amt: schwerin,
  dienst: 'Übernahme von Mietrückständen',
  link: 'https://mr.example/antrag/0123456789abcdef',
  loeschdatum: '2027-03-30',
};

test('permanent: the written way with the office’s contact, data kept, login link, why the mail comes', () => {
  const m = entwurfsmitteilungText({ ...basis, anlass: { art: 'dauerhaft', seit: '2027-02-28' } });
  expect(m.betreff).toBe('Ihr Antrag: Landeshauptstadt Schwerin nimmt ihn nicht mehr online an');
  for (const teil of [
    'Seit dem 28.02.2027 nimmt Landeshauptstadt Schwerin diesen Antrag nicht mehr online an.',
    'So stellen Sie den Antrag schriftlich:',
    'Fachdienst Soziales\nAm Packhof 2–6, 19053 Schwerin\nTelefon: +49 385 545-0\n',
    'Ihre bisherigen Angaben bleiben gespeichert.',
    'Anmeldung mit Ihrem BundID-Konto',
    'https://mr.example/antrag/0123456789abcdef',
    'wird er am 30.03.2027 gelöscht',
    'weil Sie in Ihrem Antragsentwurf „Per E-Mail“ als Kontaktweg gewählt haben',
  ])
    expect(m.text).toContain(teil);
  expect(m.text).not.toContain('E-Mail: ');
  expect(m.text).not.toContain('Sprechzeiten');
});

test('temporary: expected resumption or open, the office’s own notice only when it has one', () => {
  const mitEnde = entwurfsmitteilungText({
    ...basis,
    anlass: { art: 'voruebergehend', seit: '2026-11-29', bis: '2026-12-15', hinweis: null },
  });
  expect(mitEnde.betreff).toBe('Ihr Antrag: zurzeit nicht online möglich bei Landeshauptstadt Schwerin');
  expect(mitEnde.text).toContain('Er ist voraussichtlich ab dem 15.12.2026 wieder verfügbar.');
  expect(mitEnde.text).toContain('fortsetzen und absenden');
  expect(mitEnde.text).not.toContain('Hinweis des Sozialamts');
  const offen = entwurfsmitteilungText({
    ...basis,
    anlass: { art: 'voruebergehend', seit: '2026-11-29', bis: null, hinweis: 'Bitte per Fax: 0385 1.' },
  });
  expect(offen.text).toContain('Wann er wieder verfügbar ist, steht noch nicht fest.');
  expect(offen.text).toContain('Hinweis des Sozialamts:\nBitte per Fax: 0385 1.');
});

test('only drafts for this office whose owner chose contact by e-mail', () => {
  const entwurf = (ags: string, kontakt: Record<string, string>) => ({
    personen: [],
    eingaben: { 'wohnung-sozialamt': { ags }, kontakt },
  });
  expect(entwurfsAdresse(entwurf('13004', { kontaktweg: 'email', email: ' a@b.de ' }), '13004')).toBe(
    'a@b.de',
  );
  expect(
    entwurfsAdresse(entwurf('13003', { kontaktweg: 'email', email: 'a@b.de' }), '13004'),
  ).toBeUndefined();
  expect(
    entwurfsAdresse(entwurf('13004', { kontaktweg: 'telefon', email: 'a@b.de' }), '13004'),
  ).toBeUndefined();
  expect(entwurfsAdresse(entwurf('13004', { kontaktweg: 'email', email: '' }), '13004')).toBeUndefined();
  expect(entwurfsAdresse({ personen: [], eingaben: {} }, '13004')).toBeUndefined();
});
