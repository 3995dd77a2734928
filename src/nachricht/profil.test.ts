import { expect, test } from 'vitest';
import { platzhalterListe } from './profil.ts';
import { profilFuerVersion, STANDARD_PROFIL, xsozial220, xsozial240 } from './profile/index.ts';
import { datumMitBerlinerOffset, zeitpunktMitOffset } from './zeit.ts';

test('2.4.0 is the default; versions are found with or without patch level', () => {
  expect(STANDARD_PROFIL).toBe(xsozial240);
  expect(profilFuerVersion('2.4.0')).toBe(xsozial240);
  expect(profilFuerVersion('2.4')).toBe(xsozial240);
  expect(profilFuerVersion(' 2.2 ')).toBe(xsozial220);
  expect(profilFuerVersion('2.5.0')).toBeUndefined();
});

test('values evidenced by the real message are not placeholders; the Mietschulden codes are', () => {
  const liste = platzhalterListe(xsozial240);
  const pfade = liste.map((p) => p.pfad);
  for (const belegt of [
    'nachrichtentyp',
    'verzeichnisdienst',
    'dokumentTyp.antrag',
    'kanal.email',
    'kanal.telefon',
    'postfachTyp',
  ]) {
    expect(pfade).not.toContain(belegt);
  }
  for (const offen of [
    'vorgangsTyp',
    'personentyp.antragsteller',
    'drittetyp.vermieter',
    'drittetyp.energieversorger',
    'leistungArt.mietschulden',
    'dokumentTyp.mietvertrag',
    'erweiterungen.bankverbindung',
  ]) {
    expect(pfade).toContain(offen);
  }
  expect(liste.every((p) => p.hinweis !== undefined && p.hinweis.length > 0)).toBe(true);
});

test('in 2.2.0 everything is unconfirmed, the namespace included', () => {
  const pfade = platzhalterListe(xsozial220).map((p) => p.pfad);
  expect(pfade[0]).toBe('namespace');
  expect(pfade).toContain('dokumentTyp.antrag');
  expect(pfade).toContain('kanal.email');
});

test('timestamps and dates in German time', () => {
  expect(zeitpunktMitOffset(new Date('2025-11-20T08:59:20.902Z'))).toBe('2025-11-20T09:59:20.902+01:00');
  expect(zeitpunktMitOffset(new Date('2026-10-25T00:30:00.000Z'))).toBe('2026-10-25T02:30:00.000+02:00');
  expect(zeitpunktMitOffset(new Date('2026-10-25T01:30:00.000Z'))).toBe('2026-10-25T02:30:00.000+01:00');
  expect(() => zeitpunktMitOffset(new Date('x'))).toThrow(RangeError);
  expect(datumMitBerlinerOffset('2025-11-20')).toBe('2025-11-20+01:00');
  expect(datumMitBerlinerOffset('2026-08-01')).toBe('2026-08-01+02:00');
});
