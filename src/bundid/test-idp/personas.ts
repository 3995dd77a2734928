import type { Vertrauensniveau } from '../identitaet.ts';

// Test persons of the built-in BundID stand-in. Values are what BundID would send (raw attribute strings).

export type PersonaDaten = {
  bpk2: string;
  niveau: Vertrauensniveau;
  /** AssertionProvedBy: eID, Elster, Benutzername … */
  anmeldeart: string;
  vorname: string;
  familienname: string;
  geburtsname: string;
  /** YYYY-MM-DD */
  geburtsdatum: string;
  geburtsort: string;
  /** Street and house number in one line, as in urn:oid:2.5.4.16 */
  strasse: string;
  plz: string;
  ort: string;
  land: string;
  staatsangehoerigkeit: string;
  /** "1" male, "2" female */
  geschlecht: string;
  email: string;
  postfach: string;
};

export type Persona = { schluessel: string; titel: string; beschreibung: string; daten: PersonaDaten };

export const personas: Persona[] = [
  {
    schluessel: 'rostock',
    titel: 'Erika Mustermann, Mieterin in Rostock',
    beschreibung: 'Online-Ausweis (Vertrauensniveau hoch), alle Angaben aus dem Personalausweis.',
    daten: {
      bpk2: 'bpk2:test-erika-mustermann',
      niveau: 'hoch',
      anmeldeart: 'eID',
      vorname: 'Erika',
      familienname: 'Mustermann',
      geburtsname: 'Gabler',
      geburtsdatum: '1964-08-12',
      geburtsort: 'Rostock',
      strasse: 'Kröpeliner Straße 12',
      plz: '18055',
      ort: 'Rostock',
      land: 'D',
      staatsangehoerigkeit: 'D',
      geschlecht: '2',
      email: 'erika.mustermann@example.org',
      postfach: 'a6a91120-dfb2-4afc-ba2e-c9a5543fc36b',
    },
  },
  {
    schluessel: 'schwerin',
    titel: 'Gerhard Lehmann, Rentner in Schwerin',
    beschreibung: 'ELSTER-Zertifikat (Vertrauensniveau substantiell), ohne E-Mail-Adresse.',
    daten: {
      bpk2: 'bpk2:test-gerhard-lehmann',
      niveau: 'substantiell',
      anmeldeart: 'Elster',
      vorname: 'Gerhard',
      familienname: 'Lehmann',
      geburtsname: '',
      geburtsdatum: '1951-03-02',
      geburtsort: 'Schwerin',
      strasse: 'Am Packhof 3a',
      plz: '19053',
      ort: 'Schwerin',
      land: 'D',
      staatsangehoerigkeit: 'D',
      geschlecht: '1',
      email: '',
      postfach: '0d3f6f9e-5a3c-4b71-9f0e-2c8f1b6e7d42',
    },
  },
  {
    schluessel: 'benutzername',
    titel: 'Kevin Beispiel, nur Benutzername und Passwort',
    beschreibung:
      'Basisregistrierung (Vertrauensniveau basis), selbst eingegebene Angaben. Der Antrag lehnt diese Anmeldung ab.',
    daten: {
      bpk2: 'bpk2:test-kevin-beispiel',
      niveau: 'basis',
      anmeldeart: 'Benutzername',
      vorname: 'Kevin',
      familienname: 'Beispiel',
      geburtsname: '',
      geburtsdatum: '',
      geburtsort: '',
      strasse: 'Lange Straße 5',
      plz: '17489',
      ort: 'Greifswald',
      land: 'D',
      staatsangehoerigkeit: '',
      geschlecht: '',
      email: 'kevin.beispiel@example.org',
      postfach: '5b0c2f7e-8d1a-4e3b-a6c9-7f2e1d0b9a84',
    },
  },
  {
    schluessel: 'hamburg',
    titel: 'Ayşe Yılmaz, wohnt in Hamburg',
    beschreibung: 'Online-Ausweis des elektronischen Aufenthaltstitels (hoch), Wohnort außerhalb von M-V.',
    daten: {
      bpk2: 'bpk2:test-ayse-yilmaz',
      niveau: 'hoch',
      anmeldeart: 'eID',
      vorname: 'Ayşe',
      familienname: 'Yılmaz',
      geburtsname: 'Demir',
      geburtsdatum: '1988-11-23',
      geburtsort: 'Izmir',
      strasse: 'Wandsbeker Chaussee 100',
      plz: '22089',
      ort: 'Hamburg',
      land: 'D',
      staatsangehoerigkeit: 'TUR',
      geschlecht: '2',
      email: 'ayse.yilmaz@example.org',
      postfach: '9c4e1a2b-3d5f-4a6b-8c7d-0e1f2a3b4c5d',
    },
  },
];

export function findePersona(schluessel: string): Persona | undefined {
  return personas.find((p) => p.schluessel === schluessel);
}
