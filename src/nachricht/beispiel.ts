import type { XsozialVorgang } from './modell.ts';

// A complete, valid example application message input (fictitious people), used by tests here and by the
// delivery and inbox tests. Overrides replace top-level fields.

/** The smallest valid PDF (text "Antrag"), enough to test embedding and decoding. */
export const BEISPIEL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** 1×1 PNG. */
export const BEISPIEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export function beispielVorgang(ueberschreiben: Partial<XsozialVorgang> = {}): XsozialVorgang {
  return {
    nachrichtUUID: '7f1d2c3b-4a59-4e6f-8a1b-2c3d4e5f6a7b',
    erstellt: new Date('2026-11-20T08:59:20.902Z'),
    test: false,
    leser: { kennung: 'sozialamt:130030000000', name: 'Hansestadt Rostock, Amt für Soziales' },
    autor: { kennung: 'efa-mv:130000000000', name: 'EfA-Dienst Übernahme von Mietrückständen M-V' },
    dvdvDienstkennung:
      'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0/XSoz240-MSH-BEA-SOP2MSH.wsdl',
    vorgangsID: '2ec9b669-87ec-446d-b365-26bc73bfac3f',
    antragsDatum: '2026-11-20',
    personen: [
      {
        personID: 'Person_1',
        rolle: 'antragsteller',
        vorname: 'Jürgen',
        familienname: 'Müller-Łukasiewicz',
        geburtsname: 'Müller',
        geburtsdatum: '1984-06-09',
        geschlecht: 'maennlich',
        staatsangehoerigkeit: '000',
        anschrift: {
          strasse: 'Lange Straße',
          hausnummer: '12a',
          plz: '18055',
          ort: 'Rostock',
          zusatz: '3. OG links',
        },
        kommunikation: [
          { kanal: 'email', kennung: 'juergen.mueller@example.org' },
          { kanal: 'mobil', kennung: '0171 2345678' },
        ],
      },
      {
        personID: 'Person_2',
        rolle: 'haushaltsmitglied',
        beziehung: 'kind',
        vorname: 'Ögül',
        familienname: 'Müller',
        geburtsdatum: '2015-03-01',
        geschlecht: 'weiblich',
      },
    ],
    dritte: [
      {
        dritteID: 'Vermieter',
        art: 'vermieter',
        organisation: 'WIRO Wohnen in Rostock Wohnungsgesellschaft mbH',
        ansprechpartner: { vorname: 'Anna', familienname: 'Schröder' },
        anschrift: { strasse: 'Lange Straße', hausnummer: '38', plz: '18055', ort: 'Rostock' },
        kommunikation: [
          { kanal: 'email', kennung: 'mietkonto@example.org' },
          { kanal: 'telefon', kennung: '0381 4567-0' },
        ],
        bank: {
          kontoinhaber: 'WIRO Wohnen in Rostock',
          iban: 'DE89 3704 0044 0532 0130 00',
          bic: 'COBADEFFXXX',
          verwendungszweck: 'Mieternummer 4711-0815',
        },
      },
      {
        dritteID: 'Energieversorger',
        art: 'energieversorger',
        organisation: 'Stadtwerke Rostock AG',
        anschrift: { strasse: 'Schmarler Damm', hausnummer: '5', plz: '18069', ort: 'Rostock' },
        bank: { kontoinhaber: 'Stadtwerke Rostock AG', iban: 'DE02120300000000202051' },
      },
    ],
    leistungen: [{ art: 'mietschulden' }, { art: 'energieschulden' }],
    postfach: { postfachID: 'a6a91120-dfb2-4afc-ba2e-c9a5543fc36b', provider: 'nkb' },
    antragPdf: BEISPIEL_PDF,
    anlagen: [
      { art: 'mietvertrag', dateiname: 'Mietvertrag.pdf', mimeType: 'application/pdf', inhalt: BEISPIEL_PDF },
      { art: 'kuendigung', dateiname: 'Kündigung Seite 1.png', mimeType: 'image/png', inhalt: BEISPIEL_PNG },
    ],
    jobcenterHinweis: false,
    ...ueberschreiben,
  };
}
