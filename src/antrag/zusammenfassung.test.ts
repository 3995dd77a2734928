import { expect, test } from 'vitest';
import { eingabe, kuerzesterWeg, vollerWeg, type EingabeSchritt } from '../../test/antrag-eingaben.ts';
import { auswerten, leererEntwurf, type AntragDaten, type EntwurfInhalt } from './flow.ts';
import {
  abschnittAntragsteller,
  abschnittAusgaben,
  abschnittEinkommen,
  abschnittEnergie,
  abschnittErklaerungen,
  abschnittHaushalt,
  abschnittKuendigung,
  abschnittLeistungen,
  abschnittLeistungswunsch,
  abschnittMiete,
  abschnittRueckstand,
  abschnittUrsachen,
  abschnittVermieter,
  abschnittVermoegen,
  abschnittVertretung,
  abschnittWohnung,
  zusammenfassen,
  type Abschnitt,
} from './zusammenfassung.ts';

// One mapper per section; each is checked on the data of the full journey (every branch taken).

const k = { heute: '2026-11-29', onlineAemter: ['13003'] };

function vollerAntrag(): AntragDaten {
  const inhalt: EntwurfInhalt = leererEntwurf();
  // Replay the full journey's inputs under stable person ids.
  let person = 0;
  let einkommen = 0;
  for (const { schritt, eingabe: roh } of vollerWeg) {
    if (schritt === 'haushalt-person') {
      person += 1;
      inhalt.personen.push(`p${person}`);
      inhalt.eingaben[`haushalt-person/p${person}`] = roh;
    } else if (schritt === 'einkommen') {
      inhalt.eingaben[`einkommen/${einkommen === 0 ? 'antragsteller' : 'p1'}`] = roh;
      einkommen += 1;
    } else {
      inhalt.eingaben[schritt] = roh;
    }
  }
  const a = auswerten(inhalt, k);
  expect(a.vollstaendig).toBe(true);
  return {
    ...a.daten,
    erklaerungen: {
      richtig: true,
      mitwirkung: true,
      datenschutz: true,
      vermieter: true,
      gericht: false,
      jobcenter: false,
      versorger: true,
      schuldnerberatung: false,
      elektronisch: true,
      darlehen: false,
    },
  };
}

const d = vollerAntrag();
const wert = (a: Abschnitt | undefined, label: string) => a?.felder.find((f) => f.label === label)?.wert;

test('A: applicant, with nationality name and one address line', () => {
  const a = abschnittAntragsteller(d);
  expect(wert(a, 'Antrag für')).toBe('Für eine andere Person, die ich vertrete');
  expect(wert(a, 'Vorname')).toBe('Ayşe');
  expect(wert(a, 'Geburtsdatum')).toBe('3. März 1958');
  expect(wert(a, 'Staatsangehörigkeit')).toBe('Türkei');
  expect(wert(a, 'Aufenthaltstitel')).toBe('Niederlassungserlaubnis');
  expect(wert(a, 'Anschrift')).toBe('Am Vögenteich 21a, 18055 Rostock');
  expect(wert(a, 'Bevorzugter Kontaktweg')).toBe('Per E-Mail');
  expect(a.felder.find((f) => f.label === 'Vorname')?.schritt).toBe('persoenliche-daten');
});

test('B: representative', () => {
  const a = abschnittVertretung(d);
  expect(wert(a, 'Art der Vertretung')).toBe('Als rechtliche Betreuerin oder rechtlicher Betreuer');
  expect(wert(a, 'Name')).toBe('Bernd Betreuer');
  expect(wert(a, 'Anschrift')).toBe('Lange Straße 3, 18055 Rostock');
});

test('C: household members as groups with their own change links', () => {
  const a = abschnittHaushalt(d);
  expect(wert(a, 'Weitere Personen in der Wohnung')).toBe('Ja');
  expect(a.gruppen?.map((g) => g.titel)).toEqual(['Person 2: Mehmet Yılmaz', 'Person 3: Elif Yılmaz']);
  expect(a.gruppen?.[1]?.felder.find((f) => f.label === 'Beziehung')).toEqual({
    label: 'Beziehung',
    wert: 'Kind',
    schritt: 'haushalt-person/p2',
  });
});

test('D–I: benefits (with the Jobcenter hint), flat, rent, landlord, arrears, energy', () => {
  expect(wert(abschnittLeistungen(d), 'Bürgergeld (SGB II) im Haushalt')).toBe('Ja');
  expect(wert(abschnittLeistungen(d), 'Hinweis')).toContain('Jobcenter');
  expect(wert(abschnittLeistungen(d), 'Andere Leistungen')).toBe('Rente');
  const w = abschnittWohnung(d);
  expect(wert(w, 'Anschrift der Wohnung')).toBe('Doberaner Straße 7, 18057 Rostock');
  expect(wert(w, 'Landkreis oder kreisfreie Stadt')).toBe('Hanse- und Universitätsstadt Rostock');
  // Routed by postal code: the municipality and the office it gives.
  const geroutet = abschnittWohnung({
    ...d,
    'wohnung-sozialamt': { ags: '13072', gemeinde: { ags: '13072121', name: 'Ziesendorf' }, plz: '18059' },
  });
  expect(wert(geroutet, 'Ort der Wohnung')).toBe('Ziesendorf');
  expect(wert(geroutet, 'Zuständiges Sozialamt')).toBe('Landkreis Rostock');
  expect(wert(geroutet, 'Landkreis oder kreisfreie Stadt')).toBeUndefined();
  expect(wert(w, 'Wohnfläche (m²)')).toBe('54,5');
  expect(wert(abschnittMiete(d), 'Gesamtmiete')).toBe('680,00 €');
  expect(wert(abschnittMiete(d), 'Sonstiges für')).toBe('Stellplatz');
  expect(wert(abschnittVermieter(d), 'IBAN')).toBe('DE02 1203 0000 0000 2020 51');
  expect(wert(abschnittVermieter(d), 'Anschrift')).toBe('Lange Straße 38, 18055 Rostock');
  const r = abschnittRueckstand(d);
  expect(wert(r, 'Mietschulden insgesamt')).toBe('1.360,00 €');
  expect(wert(r, 'Mietschulden seit')).toBe('Oktober 2026');
  expect(wert(r, 'November 2026')).toBe('Miete 680,00 €, gezahlt 0,00 €, offen 680,00 €');
  expect(wert(r, 'Hinweis')).toBeUndefined();
  expect(wert(abschnittEnergie(d), 'Höhe')).toBe('310,50 €');
});

test('J–Q: termination, suit, causes, income per person, assets, debts, request, declarations', () => {
  const k = abschnittKuendigung(d);
  expect(wert(k, 'Art der Kündigung')).toBe('Fristlose Kündigung, Hilfsweise ordentliche Kündigung');
  expect(wert(k, 'Klage zugestellt am')).toBe('20. November 2026');
  expect(wert(abschnittUrsachen(d), 'Ursachen')).toBe('Verlust von Einkommen oder Arbeit, Krankheit');
  const e = abschnittEinkommen(d);
  expect(e.gruppen?.map((g) => g.titel)).toEqual(['Antragstellende Person: Ayşe Yılmaz', 'Mehmet Yılmaz']);
  expect(e.gruppen?.[1]?.felder).toContainEqual({
    label: 'Lohn oder Gehalt (netto)',
    wert: '1.850,00 €',
    schritt: 'einkommen/p1',
  });
  expect(wert(abschnittVermoegen(d), 'Guthaben auf Girokonten')).toBe('250,00 €');
  expect(abschnittAusgaben(d).gruppen?.[0]?.felder.map((f) => f.wert)).toEqual([
    'Sparkasse',
    '2.000,00 €',
    '50,00 €',
  ]);
  expect(wert(abschnittLeistungswunsch(d), 'Beantragter Betrag')).toBe('1.670,50 €');
  expect(wert(abschnittErklaerungen(d), 'Einwilligung: Austausch mit dem Versorger')).toBe('Ja');
});

test('the whole summary is in form order and leaves out what was not asked', () => {
  expect(zusammenfassen(d).abschnitte.map((a) => a.id)).toEqual([
    'antragsteller',
    'vertretung',
    'haushalt',
    'leistungen',
    'wohnung',
    'miete',
    'vermieter',
    'rueckstand',
    'energie',
    'kuendigung',
    'ursachen',
    'einkommen',
    'vermoegen',
    'ausgaben',
    'leistungswunsch',
    'erklaerungen',
  ]);
  const inhalt = leererEntwurf();
  for (const key of kuerzesterWeg) inhalt.eingaben[key] = eingabe(key.split('/')[0] as EingabeSchritt);
  const kurz = zusammenfassen(auswerten(inhalt, k).daten);
  expect(kurz.abschnitte.map((a) => a.id)).not.toContain('vertretung');
  expect(kurz.abschnitte.find((a) => a.id === 'haushalt')?.gruppen).toEqual([]);
  for (const a of kurz.abschnitte)
    for (const f of a.felder) expect(f.wert, f.label).not.toMatch(/undefined|\[object|NaN/);
});

test('monthly arrears that do not add up are noted (a warning, not an error)', () => {
  const abweichend: AntragDaten = {
    ...d,
    'rueckstand-monate': { monate: [{ monat: '2026-10', offen: 68000 }] },
  };
  expect(wert(abschnittRueckstand(abweichend), 'Hinweis')).toBe(
    'Die Beträge je Monat ergeben 680,00 €, die Mietschulden insgesamt sind 1.360,00 €.',
  );
});
