// Builders with valid defaults for PDF inputs (tests and measurements). A typical application: every section
// of the field list (A–R) filled, two household members, about four pages.
import type {
  AntragPdfEingabe,
  EingangsbestaetigungPdfEingabe,
  PdfAbschnitt,
  PdfBehoerde,
  PdfZusammenfassung,
} from './typen.ts';

export function baueBehoerde(teil: Partial<PdfBehoerde> = {}): PdfBehoerde {
  return {
    name: 'Hanse- und Universitätsstadt Rostock',
    amt: 'Amt für Soziales und Teilhabe, Abteilung Sozialhilfe',
    strasse: 'St.-Georg-Straße 109',
    plz: '18055',
    ort: 'Rostock',
    telefon: '+49 381 381-2547',
    email: 'sozialamt@rostock.example',
    webseite: 'https://rathaus.rostock.de',
    sprechzeiten: 'Dienstag 9 bis 12 Uhr und 13:30 bis 18 Uhr',
    ...teil,
  };
}

const abschnitte: PdfAbschnitt[] = [
  {
    id: 'antragsteller',
    titel: 'A. Antragstellende Person',
    felder: [
      { label: 'Vorname', wert: 'Jürgen' },
      { label: 'Familienname', wert: 'Größmann-Öztürk' },
      { label: 'Geburtsdatum', wert: '14.03.1979' },
      { label: 'Staatsangehörigkeit', wert: 'deutsch' },
      { label: 'Familienstand', wert: 'getrennt lebend' },
      { label: 'Anschrift', wert: 'Lange Straße 12\n18055 Rostock' },
      { label: 'Telefon', wert: '0381 1234567' },
      { label: 'E-Mail', wert: 'j.groessmann@example.org' },
    ],
  },
  {
    id: 'vertretung',
    titel: 'B. Vertretung',
    felder: [{ label: 'Wird der Antrag von einer Vertretung gestellt?', wert: 'Nein' }],
  },
  {
    id: 'haushalt',
    titel: 'C. Haushalt',
    felder: [{ label: 'Weitere Personen im Haushalt', wert: '2' }],
    gruppen: [
      {
        titel: 'Person 1: Maria Größmann',
        felder: [
          { label: 'Geburtsdatum', wert: '02.07.2009' },
          { label: 'Beziehung zur antragstellenden Person', wert: 'Kind' },
          { label: 'Im Mietvertrag genannt', wert: 'Nein' },
          { label: 'Hat eigenes Einkommen', wert: 'Ja' },
        ],
      },
      {
        titel: 'Person 2: Ömer Größmann',
        felder: [
          { label: 'Geburtsdatum', wert: '30.11.2013' },
          { label: 'Beziehung zur antragstellenden Person', wert: 'Kind' },
          { label: 'Im Mietvertrag genannt', wert: 'Nein' },
          { label: 'Hat eigenes Einkommen', wert: 'Nein' },
        ],
      },
    ],
  },
  {
    id: 'leistungen',
    titel: 'D. Aktueller Sozialleistungsbezug',
    felder: [
      { label: 'Bürgergeld (SGB II)', wert: 'Nein' },
      { label: 'Leistungen nach dem SGB XII', wert: 'keine' },
      { label: 'Wohngeld', wert: 'Ja, Bescheid vom 01.02.2026' },
      { label: 'Weitere Leistungen', wert: 'Kindergeld, Unterhaltsvorschuss' },
    ],
  },
  {
    id: 'wohnung',
    titel: 'E. Wohnung',
    felder: [
      { label: 'Wohnung weicht von der Meldeanschrift ab', wert: 'Nein' },
      { label: 'Mietverhältnis seit', wert: '01.08.2015' },
      { label: 'Wohnfläche', wert: '68,5 m²' },
      { label: 'Zimmer', wert: '3' },
      { label: 'Personen in der Wohnung', wert: '3' },
      { label: 'Art der Unterkunft', wert: 'Mietwohnung' },
      { label: 'Hauptmieter', wert: 'Antragstellende Person' },
      { label: 'Ich möchte die Wohnung langfristig behalten', wert: 'Ja' },
    ],
  },
  {
    id: 'miete',
    titel: 'F. Monatliche Miete',
    felder: [
      { label: 'Grundmiete (Kaltmiete)', wert: '512,00 €' },
      { label: 'Betriebskosten-Vorauszahlung', wert: '148,50 €' },
      { label: 'Heizkosten-Vorauszahlung', wert: '96,00 €' },
      { label: 'Gesamtmiete', wert: '756,50 €' },
      { label: 'Die Miete wird gezahlt durch', wert: 'selbst' },
      { label: 'Einverständnis mit künftiger Direktzahlung an die Vermieterin', wert: 'Ja' },
    ],
  },
  {
    id: 'vermieter',
    titel: 'G. Vermieter / Hausverwaltung',
    felder: [
      { label: 'Art', wert: 'Wohnungsunternehmen' },
      { label: 'Name oder Firma', wert: 'WIRO Wohnen in Rostock Wohnungsgesellschaft mbH' },
      { label: 'Anschrift', wert: 'Lange Straße 38\n18055 Rostock' },
      { label: 'Mieternummer', wert: '4711-0815-23' },
      { label: 'Kontoinhaber', wert: 'WIRO Wohnen in Rostock' },
      { label: 'IBAN', wert: 'DE89 3704 0044 0532 0130 00' },
      { label: 'Verwendungszweck', wert: 'Mietkonto 4711-0815-23 Größmann' },
    ],
  },
  {
    id: 'rueckstand',
    titel: 'H. Mietrückstand',
    felder: [
      { label: 'Rückstand gesamt', wert: '2.269,50 €' },
      { label: 'Stand der Forderung', wert: '15.11.2026' },
      { label: 'Zeitraum', wert: '09/2026 bis 11/2026' },
      {
        label: 'Rückstand je Monat',
        wert: '09/2026: 756,50 € offen\n10/2026: 756,50 € offen\n11/2026: 756,50 € offen',
      },
      { label: 'Frühere Übernahme von Mietschulden', wert: 'Nein' },
      { label: 'Schonfristzahlung in den letzten 2 Jahren', wert: 'Nein' },
    ],
  },
  {
    id: 'energie',
    titel: 'I. Energieschulden',
    felder: [{ label: 'Energieschulden vorhanden', wert: 'Nein' }],
  },
  {
    id: 'kuendigung',
    titel: 'J. Kündigung und Räumungsverfahren',
    felder: [
      { label: 'Mahnung erhalten', wert: 'Ja, am 05.10.2026' },
      { label: 'Kündigung erhalten', wert: 'Ja' },
      { label: 'Datum der Kündigung', wert: '20.10.2026' },
      { label: 'Kündigung zugegangen am', wert: '22.10.2026' },
      { label: 'Art der Kündigung', wert: 'fristlos (§ 543 BGB), hilfsweise ordentlich (§ 573 BGB)' },
      { label: 'Räumungsklage erhoben', wert: 'Ja' },
      { label: 'Gericht und Aktenzeichen', wert: 'Amtsgericht Rostock, 47 C 1234/26' },
      { label: 'Klage zugestellt am', wert: '03.11.2026' },
      { label: 'Vermieterin bereit, das Mietverhältnis fortzusetzen', wert: 'unbekannt' },
    ],
  },
  {
    id: 'ursachen',
    titel: 'K. Ursachen und Zukunft',
    felder: [
      { label: 'Ursachen', wert: 'Einkommensverlust/Arbeitslosigkeit, verspätete Sozialleistung' },
      {
        label: 'Beschreibung',
        wert:
          'Im August habe ich meine Stelle als Lagerarbeiter verloren. Das Arbeitslosengeld wurde erst ' +
          'Ende Oktober bewilligt und rückwirkend gezahlt; in der Zwischenzeit konnte ich die Miete für ' +
          'September bis November nicht zahlen. Aus dieser finanziellen Lage finde ich allein nicht heraus.\n\nSeit dem 1. Dezember habe ich eine neue Stelle in Teilzeit ' +
          '(beruflicher Neuanfang) und kann die laufende Miete wieder vollständig selbst zahlen.',
      },
      {
        label: 'Was ändert sich künftig?',
        wert: 'Neue Arbeitsstelle ab 01.12.2026, Dauerauftrag für die Miete.',
      },
      { label: 'Einverstanden mit Schuldnerberatung', wert: 'Ja' },
    ],
  },
  {
    id: 'selbsthilfe',
    titel: 'L. Selbsthilfe',
    felder: [
      { label: 'Ratenzahlung mit der Vermieterin versucht', wert: 'ja, abgelehnt' },
      { label: 'Eigene Teilzahlung möglich', wert: '150,00 €' },
    ],
  },
  {
    id: 'einkommen',
    titel: 'M. Einkommen',
    felder: [],
    gruppen: [
      {
        titel: 'Jürgen Größmann-Öztürk',
        felder: [
          { label: 'Arbeitslosengeld I', wert: '1.184,20 € netto monatlich' },
          { label: 'Lohn/Gehalt (ab 12/2026)', wert: '1.420,00 € netto monatlich' },
        ],
      },
      { titel: 'Maria Größmann', felder: [{ label: 'Minijob', wert: '250,00 € netto monatlich' }] },
    ],
  },
  {
    id: 'vermoegen',
    titel: 'N. Vermögen',
    felder: [
      { label: 'Vermögen vorhanden', wert: 'Ja' },
      { label: 'Girokonto-Guthaben', wert: '84,12 €' },
      { label: 'Sparbuch/Tagesgeld', wert: '310,00 €' },
      { label: 'Vermögensübertragung in den letzten 10 Jahren', wert: 'Nein' },
    ],
  },
  {
    id: 'ausgaben',
    titel: 'O. Ausgaben und weitere Schulden',
    felder: [
      { label: 'Strom', wert: '62,00 € monatlich' },
      { label: 'Telefon und Internet', wert: '34,99 € monatlich' },
      { label: 'Weitere Schulden', wert: 'Ratenkredit Sparkasse, Restschuld 1.850,00 €, Rate 75,00 €' },
    ],
  },
  {
    id: 'leistungswunsch',
    titel: 'P. Beantragte Hilfe',
    felder: [
      { label: 'Beantragter Betrag', wert: '2.269,50 €' },
      { label: 'Gewünschte Form', wert: 'Darlehen' },
      { label: 'Vorgeschlagene monatliche Rückzahlung', wert: '50,00 €' },
    ],
  },
  {
    id: 'erklaerungen',
    titel: 'Q. Erklärungen',
    felder: [
      { label: 'Angaben vollständig und richtig, Änderungen teile ich mit (§ 60 SGB I)', wert: 'Ja' },
      { label: 'Einwilligung: Kontakt mit der Vermieterin', wert: 'Ja' },
      { label: 'Einwilligung: Kontakt mit dem Gericht', wert: 'Ja' },
      { label: 'Einwilligung: Kontakt mit Jobcenter und Wohngeldstelle', wert: 'Ja' },
      { label: 'Einwilligung: Kontakt mit der Schuldnerberatung', wert: 'Nein' },
      { label: 'Datenschutzhinweise zur Kenntnis genommen', wert: 'Ja' },
      { label: 'Bescheid elektronisch über das BundID-Postfach', wert: 'Ja' },
    ],
  },
];

export function baueZusammenfassung(teil: Partial<PdfZusammenfassung> = {}): PdfZusammenfassung {
  return { abschnitte: structuredClone(abschnitte), ...teil };
}

export function baueAntragPdfEingabe(teil: Partial<AntragPdfEingabe> = {}): AntragPdfEingabe {
  return {
    vorgangsnummer: 'MR-2026-4K7P-Q9XD',
    eingereichtAm: new Date('2026-11-29T13:05:09.000Z'),
    behoerde: baueBehoerde(),
    antragsteller: 'Jürgen Größmann-Öztürk',
    schonfrist: { ende: '2027-01-04', vorlaeufig: false },
    zusammenfassung: baueZusammenfassung(),
    anlagen: [
      { bezeichnung: 'Mietvertrag', dateiname: 'mietvertrag.pdf', bytes: 812_345 },
      {
        bezeichnung: 'Forderungsaufstellung der Vermieterin',
        dateiname: 'mietkonto-2026-11.pdf',
        bytes: 95_120,
      },
      { bezeichnung: 'Kündigungsschreiben', dateiname: 'kuendigung.jpg', bytes: 2_512_000 },
    ],
    fehlendeNachweise: [
      { bezeichnung: 'Räumungsklage mit Zustellungsnachweis' },
      {
        bezeichnung: 'Kontoauszüge der letzten 3 Monate',
        hinweis: 'bitte innerhalb von 2 Wochen nachreichen',
      },
    ],
    ...teil,
  };
}

export function baueEingangsbestaetigungEingabe(
  teil: Partial<EingangsbestaetigungPdfEingabe> = {},
): EingangsbestaetigungPdfEingabe {
  const antrag = baueAntragPdfEingabe();
  return {
    vorgangsnummer: antrag.vorgangsnummer,
    eingereichtAm: antrag.eingereichtAm,
    behoerde: antrag.behoerde,
    antragsteller: antrag.antragsteller,
    wohnungsanschrift: 'Lange Straße 12, 18055 Rostock',
    rueckstandGesamtCent: 226_950,
    beantragterBetragCent: 226_950,
    schonfrist: antrag.schonfrist ?? null,
    anlagen: antrag.anlagen,
    fehlendeNachweise: antrag.fehlendeNachweise,
    ...teil,
  };
}
