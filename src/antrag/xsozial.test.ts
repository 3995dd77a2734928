import { INHALT } from './inhalt/definition.ts';
import { describe, expect, test } from 'vitest';
import { eingabe, kuerzesterWeg, type EingabeSchritt } from '../../test/antrag-eingaben.ts';
import { BEISPIEL_PDF, BEISPIEL_PNG } from '../nachricht/beispiel.ts';
import { baueUndValidiereNachricht, leseNachricht } from '../nachricht/index.ts';
import { auswerten, leererEntwurf, type AntragDaten, type FlowKontext } from './flow.ts';
import type { RohEingabe } from './schritte/felder.ts';
import {
  anlagenAus,
  antragstellerAus,
  haushaltsmitgliederAus,
  leistungenAus,
  nameAlsPerson,
  vermieterAus,
  vertretungAus,
  xsozialVorgang,
  type NachrichtKopf,
} from './xsozial.ts';

const k: FlowKontext = { heute: '2026-11-29', onlineAemter: ['13003', '13004'] };
const basisVon = (key: string) => key.split('/')[0] as EingabeSchritt;

/** The typed data of the shortest path, with overrides per step key (extra keys add branch steps). */
function daten(aenderungen: Record<string, RohEingabe> = {}): AntragDaten {
  const inhalt = leererEntwurf();
  for (const key of kuerzesterWeg) inhalt.eingaben[key] = eingabe(basisVon(key));
  for (const [key, roh] of Object.entries(aenderungen)) {
    inhalt.eingaben[key] = { ...(inhalt.eingaben[key] ?? {}), ...roh };
  }
  return auswerten(inhalt, k).daten;
}

const kopf: NachrichtKopf = {
  nachrichtUUID: '0b4c5a51-8f6e-4d8a-9a44-2a1f0c7d9e11',
  erstellt: new Date('2026-11-29T23:30:00Z'),
  leser: { kennung: 'sozialamt:130030000000', name: 'Hansestadt Rostock, Amt für Soziales' },
  autor: { kennung: 'efa-mv:130000000000', name: 'EfA-Dienst Übernahme von Mietrückständen M-V' },
  dvdvDienstkennung: 'urn:test:dienst',
  vorgangsID: 'abcdefghijklmnop',
};

test('applicant: name, birth, sex, German citizenship as Destatis key, address, contact', () => {
  expect(antragstellerAus(daten())).toEqual({
    personID: 'Person_1',
    rolle: 'antragsteller',
    vorname: 'Erika',
    familienname: 'Mustermann',
    geburtsname: 'Gabler',
    geburtsdatum: '1964-08-12',
    geschlecht: 'weiblich',
    staatsangehoerigkeit: '000',
    anschrift: { strasse: 'Kröpeliner Straße', hausnummer: '12', plz: '18055', ort: 'Rostock' },
    kommunikation: [
      { kanal: 'email', kennung: 'erika.mustermann@example.org' },
      { kanal: 'telefon', kennung: '0381 123456' },
    ],
  });
  // Every citizenship travels as its Destatis key (163 = Türkei), not only "deutsch".
  const tr = antragstellerAus(
    daten({ staatsangehoerigkeit: { staat: '163' }, aufenthaltstitel: eingabe('aufenthaltstitel') }),
  );
  expect(tr.staatsangehoerigkeit).toBe('163');
});

test('household members: numbered after the applicant, relation mapped', () => {
  const d = daten();
  expect(
    haushaltsmitgliederAus([
      {
        ...d.personen[0],
        id: 'p1',
        vorname: 'Max',
        familienname: 'Mustermann',
        geburtsdatum: '1962-05-03',
        beziehung: 'partner',
        mitmieter: true,
        hatEinkommen: true,
      },
      {
        id: 'p2',
        vorname: 'Lea',
        familienname: 'Mustermann',
        geburtsdatum: '2012-01-02',
        beziehung: 'kind',
        mitmieter: false,
        hatEinkommen: false,
      },
    ] as AntragDaten['personen']),
  ).toEqual([
    {
      personID: 'Person_2',
      rolle: 'haushaltsmitglied',
      beziehung: 'ehepartner',
      vorname: 'Max',
      familienname: 'Mustermann',
      geburtsdatum: '1962-05-03',
    },
    {
      personID: 'Person_3',
      rolle: 'haushaltsmitglied',
      beziehung: 'kind',
      vorname: 'Lea',
      familienname: 'Mustermann',
      geburtsdatum: '2012-01-02',
    },
  ]);
});

test('representative: only when filing for someone else; receives the letters', () => {
  expect(vertretungAus(daten())).toBeUndefined();
  const d = daten({
    'fuer-wen': { antragFuer: 'andere' },
    vertretung: { art: 'beratungsstelle', stelle: 'Schuldnerberatung Rostock' },
    'vertretung-kontakt': eingabe('vertretung-kontakt'),
  });
  expect(vertretungAus(d)).toEqual({
    dritteID: 'Vertretung',
    art: 'vertretung',
    organisation: 'Schuldnerberatung Rostock',
    ansprechpartner: { vorname: 'Bernd', familienname: 'Betreuer' },
    anschrift: { strasse: 'Lange Straße', hausnummer: '3', plz: '18055', ort: 'Rostock' },
    kommunikation: [{ kanal: 'telefon', kennung: '0381 4455' }],
    schriftgutempfaenger: true,
  });
});

test('landlord: company as organisation, bank account with the tenant number as reference', () => {
  const v = vermieterAus(daten());
  expect(v).toMatchObject({
    dritteID: 'Vermieter',
    art: 'vermieter',
    anschrift: { plz: expect.stringMatching(/^\d{5}$/) },
  });
  expect(v?.bank).toEqual({
    kontoinhaber: 'WIRO Wohnen in Rostock',
    iban: 'DE02120300000000202051',
    verwendungszweck: 'M-4711',
  });
  const privat = vermieterAus(daten({ vermieter: { typ: 'privat', name: 'Anna Maria Schröder' } }));
  expect(privat?.organisation).toBeUndefined();
  expect(privat?.ansprechpartner).toEqual({ vorname: 'Anna Maria', familienname: 'Schröder' });
  expect(vermieterAus(daten({ vermieter: { typ: 'verwaltung' } }))?.art).toBe('hausverwaltung');
  expect(nameAlsPerson('Schröder')).toEqual({ vorname: '-', familienname: 'Schröder' });
});

test('energy supplier: typed in the content, no free-text notes; energy debts requested only with them', () => {
  const d = daten({ energie: { vorhanden: 'ja' }, 'energie-angaben': eingabe('energie-angaben') });
  const v = xsozialVorgang(kopf, d, {}, BEISPIEL_PDF, []);
  expect(v.zusatzangaben).toBeUndefined();
  expect(v.antragsangaben?.werte.energieAngaben).toMatchObject({
    versorger: 'Stadtwerke Rostock',
    kundennummer: 'K-123',
    art: 'strom',
    gesperrt: false,
  });
  expect(leistungenAus(daten())).toEqual([{ art: 'mietschulden' }]);
  expect(leistungenAus(d)).toEqual([{ art: 'mietschulden' }, { art: 'energieschulden' }]);
});

test('documents: wizard types mapped, file names made DIN 91379-safe, other MIME types refused', () => {
  expect(
    anlagenAus([
      { art: 'forderung', dateiname: 'Forderung Ω.pdf', mime: 'application/pdf', inhalt: BEISPIEL_PDF },
      { art: 'kontoauszuege', dateiname: 'Konto.png', mime: 'image/png', inhalt: BEISPIEL_PNG },
      { art: 'mieterhoehung', dateiname: 'Erhöhung.jpg', mime: 'image/jpeg', inhalt: BEISPIEL_PNG },
    ]),
  ).toEqual([
    {
      art: 'forderungsaufstellung',
      dateiname: 'Forderung _.pdf',
      mimeType: 'application/pdf',
      inhalt: BEISPIEL_PDF,
    },
    { art: 'kontoauszug', dateiname: 'Konto.png', mimeType: 'image/png', inhalt: BEISPIEL_PNG },
    { art: 'sonstiges', dateiname: 'Erhöhung.jpg', mimeType: 'image/jpeg', inhalt: BEISPIEL_PNG },
  ]);
  expect(() =>
    anlagenAus([{ art: 'x', dateiname: 'a.gif', mime: 'image/gif', inhalt: Buffer.alloc(1) }]),
  ).toThrow();
});

describe('the whole message', () => {
  test('header from the connection, Berlin date, BundID mailbox, Bürgergeld typed; builds and validates', async () => {
    const d = daten({ buergergeld: { bezieht: 'ja' }, 'jobcenter-hinweis': {} });
    const v = xsozialVorgang(kopf, d, { postfach: 'a6a91120-dfb2-4afc-ba2e-c9a5543fc36b' }, BEISPIEL_PDF, [
      { art: 'mietvertrag', dateiname: 'Mietvertrag.pdf', mime: 'application/pdf', inhalt: BEISPIEL_PDF },
    ]);
    // 23:30 UTC on 29 November is already 30 November in Berlin.
    expect(v.antragsDatum).toBe('2026-11-30');
    expect(v.postfach).toEqual({ postfachID: 'a6a91120-dfb2-4afc-ba2e-c9a5543fc36b', provider: 'nkb' });
    expect(v.antragsangaben?.werte.buergergeld).toEqual({ bezieht: true });
    const n = await baueUndValidiereNachricht(v);
    if (!n.ok) throw new Error(JSON.stringify(n.fehler));
    expect(n.wert).toContain('<ma:bezieht>true</ma:bezieht>');
    expect(n.wert).not.toContain('zusatzangabe');
    const gelesen = leseNachricht(n.wert, INHALT);
    if (!gelesen.ok) throw new Error(gelesen.fehler);
    expect(gelesen.nachricht.vorgangsID).toBe('abcdefghijklmnop');
    expect(gelesen.nachricht.dokumente.map((x) => x.dateiname)).toEqual(['Antrag.pdf', 'Mietvertrag.pdf']);
    expect(gelesen.nachricht.antragsangaben).toEqual(v.antragsangaben?.werte);
  });

  test('without a BundID mailbox there is no postfach', () => {
    expect(xsozialVorgang(kopf, daten(), {}, BEISPIEL_PDF, []).postfach).toBeUndefined();
  });
});
