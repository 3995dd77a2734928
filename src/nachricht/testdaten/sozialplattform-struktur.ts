// The structure of a real xSozial-basis 2.4.0 message of the Sozialplattform (BuT test case, vorgang.transportieren
// .1000001), written down once as facts: root, element paths, the order of siblings and the code list attributes.
// The message itself is not part of the repository (it was published without a licence); none of its values
// (names, identifiers, dates, the PDF) are kept here, only the shape that our message is compared with.
//
// Paths: "xsb:" marks an element in the xSozial namespace, a bare name one without namespace (XÖV header, XInneres).

export const SOZIALPLATTFORM_WURZEL = {
  namespace: 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0',
  name: 'vorgang.transportieren.1000001',
  /** Attribute names of the root, namespace declarations included. */
  attribute: ['xmlns:xsb', 'produkt', 'produkthersteller', 'produktversion', 'standard', 'version'],
  standard: 'XSozial-basis',
  version: '2.4.0',
} as const;

/** Every element path of the message, in document order. */
export const SOZIALPLATTFORM_PFADE: readonly string[] = [
  'nachrichtenkopf.g2g',
  'nachrichtenkopf.g2g/identifikation.nachricht',
  'nachrichtenkopf.g2g/identifikation.nachricht/nachrichtenUUID',
  'nachrichtenkopf.g2g/identifikation.nachricht/nachrichtentyp',
  'nachrichtenkopf.g2g/identifikation.nachricht/nachrichtentyp/code',
  'nachrichtenkopf.g2g/identifikation.nachricht/erstellungszeitpunkt',
  'nachrichtenkopf.g2g/leser',
  'nachrichtenkopf.g2g/leser/verzeichnisdienst',
  'nachrichtenkopf.g2g/leser/verzeichnisdienst/code',
  'nachrichtenkopf.g2g/leser/kennung',
  'nachrichtenkopf.g2g/leser/name',
  'nachrichtenkopf.g2g/autor',
  'nachrichtenkopf.g2g/autor/verzeichnisdienst',
  'nachrichtenkopf.g2g/autor/verzeichnisdienst/code',
  'nachrichtenkopf.g2g/autor/kennung',
  'nachrichtenkopf.g2g/autor/name',
  'nachrichtenkopf.g2g/dvdvDienstkennung',
  'xsb:xsozial',
  'xsb:xsozial/xsb:identifikationVorgang',
  'xsb:xsozial/xsb:identifikationVorgang/xsb:vorgangsID',
  'xsb:xsozial/xsb:vorgang',
  'xsb:xsozial/xsb:vorgang/xsb:vorgangsTyp',
  'xsb:xsozial/xsb:vorgang/xsb:vorgangsTyp/code',
  'xsb:xsozial/xsb:vorgang/xsb:antragsDatum',
  'xsb:xsozial/xsb:vorgang/xsb:person',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:personID',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:typ',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:typ/code',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:antragsteller',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:schriftgutempfaenger',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:nameNatuerlichePerson',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:nameNatuerlichePerson/xsb:familienname',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:nameNatuerlichePerson/xsb:familienname/xsb:name',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:nameNatuerlichePerson/xsb:vorname',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:nameNatuerlichePerson/xsb:vorname/xsb:name',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:geburt',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:geburt/xsb:datum',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:geschlecht',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:geschlecht/xsb:geschlecht',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:geschlecht/xsb:geschlecht/code',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:beantragteLeistung',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:beantragteLeistung/xsb:beantragteLeistungID',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:beantragteLeistung/xsb:leistungArt',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:beantragteLeistung/xsb:leistungArt/code',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung/xsb:ausbildungID',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung/xsb:ausbildungsart',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung/xsb:ausbildungsart/code',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung/xsb:einrichtung',
  'xsb:xsozial/xsb:vorgang/xsb:dritte',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:dritteID',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:dritteTyp',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:dritteTyp/code',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift/xsb:anschriftInland',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift/xsb:anschriftInland/gebaeude',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift/xsb:anschriftInland/gebaeude/postleitzahl',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift/xsb:anschriftInland/gebaeude/strasse',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift/xsb:anschriftInland/gebaeude/teilnummerDerHausnummer',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift/xsb:anschriftInland/gebaeude/wohnort',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift/xsb:anschriftInland/gebaeude/zusatzangaben',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:kommunikation',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:kommunikation/xsb:kanal',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:kommunikation/xsb:kanal/code',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:kommunikation/xsb:kennung',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:nameNatuerlichePerson',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:nameNatuerlichePerson/xsb:titel',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:nameNatuerlichePerson/xsb:familienname',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:nameNatuerlichePerson/xsb:familienname/xsb:name',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:nameNatuerlichePerson/xsb:vorname',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:nameNatuerlichePerson/xsb:vorname/xsb:name',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:geburt',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:geburt/xsb:datum',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:staatsangehoerigkeit',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:staatsangehoerigkeit/xsb:staatsangehoerigkeit',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:staatsangehoerigkeit/xsb:staatsangehoerigkeit/code',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:schriftgutempfaenger',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:postfach',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:postfach/xsb:postfachID',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:postfach/xsb:postfachTyp',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:postfach/xsb:postfachTyp/code',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:postfach/xsb:provider',
  'xsb:xsozial/xsb:dokument',
  'xsb:xsozial/xsb:dokument/xsb:dokumentID',
  'xsb:xsozial/xsb:dokument/xsb:name',
  'xsb:xsozial/xsb:dokument/xsb:dokumentRepraesentation',
  'xsb:xsozial/xsb:dokument/xsb:dokumentRepraesentation/xsb:dokumentRepraesentationID',
  'xsb:xsozial/xsb:dokument/xsb:dokumentRepraesentation/xsb:mimeType',
  'xsb:xsozial/xsb:dokument/xsb:dokumentRepraesentation/xsb:inhalt',
  'xsb:xsozial/xsb:dokument/xsb:dokumentRepraesentation/xsb:dateiname',
  'xsb:xsozial/xsb:dokument/xsb:dokumentRepraesentation/xsb:inhaltTyp',
  'xsb:xsozial/xsb:dokument/xsb:dokumentTyp',
  'xsb:xsozial/xsb:dokument/xsb:dokumentTyp/code',
];

/** For every parent path: the distinct sequences of child names of its instances ('' = the root). */
export const SOZIALPLATTFORM_GESCHWISTER: Readonly<Record<string, string[][]>> = {
  '': [['nachrichtenkopf.g2g', 'xsb:xsozial']],
  'nachrichtenkopf.g2g': [['identifikation.nachricht', 'leser', 'autor', 'dvdvDienstkennung']],
  'nachrichtenkopf.g2g/identifikation.nachricht': [
    ['nachrichtenUUID', 'nachrichtentyp', 'erstellungszeitpunkt'],
  ],
  'nachrichtenkopf.g2g/identifikation.nachricht/nachrichtentyp': [['code']],
  'nachrichtenkopf.g2g/leser': [['verzeichnisdienst', 'kennung', 'name']],
  'nachrichtenkopf.g2g/leser/verzeichnisdienst': [['code']],
  'nachrichtenkopf.g2g/autor': [['verzeichnisdienst', 'kennung', 'name']],
  'nachrichtenkopf.g2g/autor/verzeichnisdienst': [['code']],
  'xsb:xsozial': [['xsb:identifikationVorgang', 'xsb:vorgang', 'xsb:dokument']],
  'xsb:xsozial/xsb:identifikationVorgang': [['xsb:vorgangsID']],
  'xsb:xsozial/xsb:vorgang': [
    ['xsb:vorgangsTyp', 'xsb:antragsDatum', 'xsb:person', 'xsb:person', 'xsb:dritte'],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:vorgangsTyp': [['code']],
  'xsb:xsozial/xsb:vorgang/xsb:person': [
    [
      'xsb:personID',
      'xsb:typ',
      'xsb:antragsteller',
      'xsb:schriftgutempfaenger',
      'xsb:allgemein',
      'xsb:beantragteLeistung',
      'xsb:ausbildung',
    ],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:typ': [['code']],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein': [
    ['xsb:nameNatuerlichePerson', 'xsb:geburt', 'xsb:geschlecht'],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:nameNatuerlichePerson': [
    ['xsb:familienname', 'xsb:vorname'],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:nameNatuerlichePerson/xsb:familienname': [
    ['xsb:name'],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:nameNatuerlichePerson/xsb:vorname': [['xsb:name']],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:geburt': [['xsb:datum']],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:geschlecht': [['xsb:geschlecht']],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:geschlecht/xsb:geschlecht': [['code']],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:beantragteLeistung': [
    ['xsb:beantragteLeistungID', 'xsb:leistungArt'],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:beantragteLeistung/xsb:leistungArt': [['code']],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung': [
    ['xsb:ausbildungID', 'xsb:ausbildungsart', 'xsb:einrichtung'],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung/xsb:ausbildungsart': [['code']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte': [
    ['xsb:dritteID', 'xsb:dritteTyp', 'xsb:drittePerson', 'xsb:schriftgutempfaenger', 'xsb:postfach'],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:dritteTyp': [['code']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson': [['xsb:nichtNatuerlichePerson']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson': [
    ['xsb:anschrift', 'xsb:kommunikation', 'xsb:kommunikation', 'xsb:ansprechpartner'],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift': [
    ['xsb:anschriftInland'],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift/xsb:anschriftInland':
    [['gebaeude']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift/xsb:anschriftInland/gebaeude':
    [['postleitzahl', 'strasse', 'teilnummerDerHausnummer', 'wohnort', 'zusatzangaben']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:kommunikation': [
    ['xsb:kanal', 'xsb:kennung'],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:kommunikation/xsb:kanal':
    [['code']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner': [
    ['xsb:nameNatuerlichePerson', 'xsb:geburt', 'xsb:staatsangehoerigkeit'],
  ],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:nameNatuerlichePerson':
    [['xsb:titel', 'xsb:familienname', 'xsb:vorname']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:nameNatuerlichePerson/xsb:familienname':
    [['xsb:name']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:nameNatuerlichePerson/xsb:vorname':
    [['xsb:name']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:geburt':
    [['xsb:datum']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:staatsangehoerigkeit':
    [['xsb:staatsangehoerigkeit']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:staatsangehoerigkeit/xsb:staatsangehoerigkeit':
    [['code']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:postfach': [['xsb:postfachID', 'xsb:postfachTyp', 'xsb:provider']],
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:postfach/xsb:postfachTyp': [['code']],
  'xsb:xsozial/xsb:dokument': [
    ['xsb:dokumentID', 'xsb:name', 'xsb:dokumentRepraesentation', 'xsb:dokumentTyp'],
  ],
  'xsb:xsozial/xsb:dokument/xsb:dokumentRepraesentation': [
    ['xsb:dokumentRepraesentationID', 'xsb:mimeType', 'xsb:inhalt', 'xsb:dateiname', 'xsb:inhaltTyp'],
  ],
  'xsb:xsozial/xsb:dokument/xsb:dokumentTyp': [['code']],
};

/** Elements with a code list: path → "listURI listVersionID". */
export const SOZIALPLATTFORM_CODELISTEN: Readonly<Record<string, string>> = {
  'nachrichtenkopf.g2g/leser/verzeichnisdienst': 'urn:xoev-de:kosit:codeliste:verzeichnisdienst 3',
  'nachrichtenkopf.g2g/autor/verzeichnisdienst': 'urn:xoev-de:kosit:codeliste:verzeichnisdienst 3',
  'xsb:xsozial/xsb:vorgang/xsb:vorgangsTyp': 'urn:xoev-de:d-nrw:codeliste:vorgangscodes 10',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:typ': 'urn:xoev-de:d-nrw:codeliste:personentyp 2',
  'xsb:xsozial/xsb:vorgang/xsb:person/xsb:allgemein/xsb:geschlecht/xsb:geschlecht':
    'urn:xoev-de:xinneres:codeliste:geschlecht 1',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:dritteTyp': 'urn:xoev-de:d-nrw:codeliste:drittetyp 3',
  'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:ansprechpartner/xsb:staatsangehoerigkeit/xsb:staatsangehoerigkeit':
    'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit 2019-04-01',
};
