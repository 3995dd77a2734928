import type { CodeWert, XsozialProfil } from '../profil.ts';

// xSozial-basis 2.4.0, as in the real Sozialplattform message (BuT, Hamburg test case, 2025-11).
// Plain values are evidenced by that message; `platzhalter: true` marks everything the Mietschulden message
// needs but no public source shows. Replace them from the official XRepository release and the
// Sozialplattform's data set (DSxx_OZG-RDS_…xlsx) for "Übernahme von Mietschulden".

const NS = 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0';

const PERSONENTYP = { listURI: 'urn:xoev-de:d-nrw:codeliste:personentyp', listVersionID: '2' };
const DRITTETYP = { listURI: 'urn:xoev-de:d-nrw:codeliste:drittetyp', listVersionID: '3' };

function platzhalter(code: string, hinweis: string, liste: Partial<CodeWert> = {}): CodeWert {
  return { ...liste, code, platzhalter: true, hinweis };
}

const dokumentPlatzhalter = (was: string): CodeWert =>
  platzhalter(
    `PLATZHALTER_DOKUMENT_${was.toUpperCase()}`,
    `dokumentTyp für "${was}" unbekannt; nur 1010 (Antrag) ist belegt`,
  );

export const xsozial240: XsozialProfil = {
  id: 'xsozial-2.4.0',
  version: '2.4.0',
  standard: 'XSozial-basis',
  namespace: NS,
  praefix: 'xsb',
  wurzelelement: 'vorgang.transportieren.1000001',
  xsd: 'xsozial-basis-subset.xsd',
  nachrichtentyp: { code: '1000001' },
  verzeichnisdienst: {
    code: 'DVDV',
    listURI: 'urn:xoev-de:kosit:codeliste:verzeichnisdienst',
    listVersionID: '3',
  },
  vorgangsTyp: platzhalter(
    'PLATZHALTER_VORGANG_MIETSCHULDEN',
    'Code für "Übernahme von Mietschulden" unbekannt (BuT ist 003000)',
    { listURI: 'urn:xoev-de:d-nrw:codeliste:vorgangscodes', listVersionID: '10' },
  ),
  personentyp: {
    antragsteller: platzhalter(
      '1010',
      'im Beispiel tragen die antragstellenden Personen 1010 (BuT, Kinder); Bedeutung unbestätigt',
      PERSONENTYP,
    ),
    haushaltsmitglied: platzhalter(
      'PLATZHALTER_PERSON_HAUSHALT',
      'Personentyp Haushaltsmitglied unbekannt',
      PERSONENTYP,
    ),
    ehepartner: platzhalter(
      'PLATZHALTER_PERSON_EHEPARTNER',
      'Personentyp Ehe-/Lebenspartner unbekannt',
      PERSONENTYP,
    ),
    partner: platzhalter(
      'PLATZHALTER_PERSON_PARTNER',
      'Personentyp Partner (eheähnlich) unbekannt',
      PERSONENTYP,
    ),
    kind: platzhalter('PLATZHALTER_PERSON_KIND', 'Personentyp Kind unbekannt', PERSONENTYP),
    elternteil: platzhalter('PLATZHALTER_PERSON_ELTERNTEIL', 'Personentyp Elternteil unbekannt', PERSONENTYP),
    sonstigVerwandt: platzhalter(
      'PLATZHALTER_PERSON_VERWANDT',
      'Personentyp sonstige Verwandte unbekannt',
      PERSONENTYP,
    ),
    nichtVerwandt: platzhalter(
      'PLATZHALTER_PERSON_NICHT_VERWANDT',
      'Personentyp nicht verwandt unbekannt',
      PERSONENTYP,
    ),
  },
  drittetyp: {
    vermieter: platzhalter(
      'PLATZHALTER_DRITTE_VERMIETER',
      'dritteTyp Vermieter unbekannt (1030 = Elternteil)',
      DRITTETYP,
    ),
    hausverwaltung: platzhalter(
      'PLATZHALTER_DRITTE_HAUSVERWALTUNG',
      'dritteTyp Hausverwaltung unbekannt',
      DRITTETYP,
    ),
    energieversorger: platzhalter(
      'PLATZHALTER_DRITTE_ENERGIEVERSORGER',
      'dritteTyp Energieversorger unbekannt',
      DRITTETYP,
    ),
    vertretung: platzhalter(
      'PLATZHALTER_DRITTE_VERTRETUNG',
      'dritteTyp Vertretung/Betreuung unbekannt',
      DRITTETYP,
    ),
  },
  leistungArt: {
    mietschulden: platzhalter(
      'PLATZHALTER_LEISTUNG_MIETSCHULDEN',
      'leistungArt Übernahme von Mietschulden unbekannt (BuT-Beispiel: 6070)',
    ),
    energieschulden: platzhalter(
      'PLATZHALTER_LEISTUNG_ENERGIESCHULDEN',
      'leistungArt Übernahme von Energieschulden unbekannt',
    ),
  },
  dokumentTyp: {
    antrag: { code: '1010' },
    mietvertrag: dokumentPlatzhalter('mietvertrag'),
    forderungsaufstellung: dokumentPlatzhalter('forderungsaufstellung'),
    mahnung: dokumentPlatzhalter('mahnung'),
    kuendigung: dokumentPlatzhalter('kuendigung'),
    raeumungsklage: dokumentPlatzhalter('raeumungsklage'),
    raeumungsurteil: dokumentPlatzhalter('raeumungsurteil'),
    nebenkostenabrechnung: dokumentPlatzhalter('nebenkostenabrechnung'),
    einkommensnachweis: dokumentPlatzhalter('einkommensnachweis'),
    kontoauszug: dokumentPlatzhalter('kontoauszug'),
    vermoegensnachweis: dokumentPlatzhalter('vermoegensnachweis'),
    schuldennachweis: dokumentPlatzhalter('schuldennachweis'),
    vermietererklaerung: dokumentPlatzhalter('vermietererklaerung'),
    aufenthaltstitel: dokumentPlatzhalter('aufenthaltstitel'),
    ausweis: dokumentPlatzhalter('ausweis'),
    vollmacht: dokumentPlatzhalter('vollmacht'),
    energieversorger: dokumentPlatzhalter('energieversorger'),
    sonstiges: dokumentPlatzhalter('sonstiges'),
  },
  kanal: {
    email: { code: '01' },
    telefon: { code: '02' },
    mobil: platzhalter(
      '03',
      'aus der XInneres-Liste "Erreichbarkeit" (03 = Telefon mobil), im Beispiel nicht belegt',
    ),
    fax: platzhalter('04', 'aus der XInneres-Liste "Erreichbarkeit" (04 = Fax), im Beispiel nicht belegt'),
  },
  geschlecht: {
    listURI: 'urn:xoev-de:xinneres:codeliste:geschlecht',
    listVersionID: '1',
    // w is evidenced; m, d, x follow the XInneres list.
    werte: { weiblich: 'w', maennlich: 'm', divers: 'd', ohneAngabe: 'x' },
  },
  staatsangehoerigkeit: {
    listURI: 'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit',
    listVersionID: '2019-04-01',
  },
  postfachTyp: { code: '20' },
  erweiterungen: {
    organisationsname: {
      element: 'organisationsname',
      aktiv: true,
      platzhalter: true,
      hinweis: 'Name einer nicht-natürlichen Person: Element im Beispiel nicht enthalten',
    },
    geburtsname: {
      element: 'geburtsname',
      aktiv: true,
      platzhalter: true,
      hinweis: 'Geburtsname: Element im Beispiel nicht enthalten',
    },
    personKontakt: {
      element: 'anschrift',
      aktiv: true,
      platzhalter: true,
      hinweis: 'Anschrift und Kommunikation einer Person: im Beispiel nur bei Dritten belegt',
    },
    postfachBeiPerson: {
      element: 'postfach',
      aktiv: true,
      platzhalter: true,
      hinweis: 'Postfach an einer Person: im Beispiel nur bei Dritten belegt; Position unbestätigt',
    },
    bankverbindung: {
      element: 'bankverbindung',
      aktiv: true,
      platzhalter: true,
      hinweis: 'Bankverbindung (Vermieter/Versorger): Element im Beispiel nicht enthalten',
    },
    zusatzangabe: {
      element: 'zusatzangabe',
      aktiv: true,
      platzhalter: true,
      hinweis: 'Schlüssel/Wert-Angaben (z. B. Jobcenter-Hinweis): Element im Beispiel nicht enthalten',
    },
    antragsangaben: {
      element: 'antragsangaben',
      aktiv: true,
      platzhalter: true,
      hinweis:
        'Alle Angaben des Antrags als typisierte Daten in der Erweiterung urn:de:mv:efa:mietrueckstaende:antrag:1.0 (mietrueckstaende-antrag-1.0.xsd); gilt bis zur offiziellen Fassung',
    },
  },
};
