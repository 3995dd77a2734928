import { infoSchritt } from './schritt.ts';

// Section R: the documents. Which ones are required follows from the answers (see flow.ts, benoetigteUnterlagen).

export const unterlagen = infoSchritt({
  id: 'unterlagen',
  slug: 'unterlagen',
  titel: 'Unterlagen hochladen',
  abschnitt: 'unterlagen',
  ansicht: 'unterlagen',
});

export const UNTERLAGEN_ARTEN = [
  {
    id: 'mietvertrag',
    titel: 'Mietvertrag',
    hinweis: 'Mit allen Nachträgen, oder eine Mietbescheinigung Ihres Vermieters.',
  },
  {
    id: 'forderung',
    titel: 'Aufstellung der Mietschulden',
    hinweis: 'Aktuelle Forderungsaufstellung oder Mietkontoauszug Ihres Vermieters.',
  },
  { id: 'mahnung', titel: 'Mahnung', hinweis: 'Die Mahnungen Ihres Vermieters.' },
  { id: 'kuendigung', titel: 'Kündigung', hinweis: 'Das Kündigungsschreiben Ihres Vermieters.' },
  {
    id: 'raeumungsklage',
    titel: 'Räumungsklage',
    hinweis: 'Die Klageschrift mit dem gelben Umschlag oder der Zustellungsurkunde.',
  },
  {
    id: 'raeumungsurteil',
    titel: 'Räumungsurteil oder Räumungsmitteilung',
    hinweis: 'Urteil, Vergleich oder die Mitteilung der Gerichtsvollzieherin oder des Gerichtsvollziehers.',
  },
  {
    id: 'nebenkosten',
    titel: 'Nebenkostenabrechnung',
    hinweis: 'Die letzte Abrechnung der Neben- und Heizkosten.',
  },
  {
    id: 'mieterhoehung',
    titel: 'Letzte Mieterhöhung',
    hinweis: 'Oder die letzte Anpassung der Vorauszahlungen.',
  },
  {
    id: 'einkommen',
    titel: 'Einkommensnachweise',
    hinweis:
      'Für alle Personen im Haushalt mit Einkommen, aus den letzten 3 Monaten: Lohnabrechnungen oder Bescheide (Rente, Jobcenter, Wohngeld, Kindergeld, Unterhalt).',
  },
  {
    id: 'kontoauszuege',
    titel: 'Kontoauszüge',
    hinweis:
      'Von allen Konten, aus den letzten 3 Monaten. Bei Ausgaben dürfen Sie Empfänger und Verwendungszweck schwärzen, wenn sie etwas über Gesundheit, Religion, Politik oder Gewerkschaft verraten. Beträge dürfen Sie nicht schwärzen.',
  },
  {
    id: 'vermoegen',
    titel: 'Vermögensnachweise',
    hinweis: 'Zum Beispiel Sparbuch, Bausparvertrag, Versicherung oder Fahrzeugschein.',
  },
  {
    id: 'schulden',
    titel: 'Nachweise weiterer Schulden',
    hinweis: 'Zum Beispiel Kreditverträge oder Ratenvereinbarungen.',
  },
  {
    id: 'vermietererklaerung',
    titel: 'Erklärung Ihres Vermieters',
    hinweis:
      'Die schriftliche Erklärung, das Mietverhältnis fortzusetzen, oder seine Antwort auf Ihr Angebot einer Ratenzahlung.',
  },
  { id: 'aufenthaltstitel', titel: 'Aufenthaltstitel', hinweis: 'Vorder- und Rückseite.' },
  {
    id: 'vollmacht',
    titel: 'Vollmacht oder Betreuerausweis',
    hinweis: 'Der Nachweis, dass Sie die antragstellende Person vertreten dürfen.',
  },
  {
    id: 'energie',
    titel: 'Unterlagen des Energieversorgers',
    hinweis: 'Sperrandrohung und Kundenkontoauszug.',
  },
  {
    id: 'ausweis',
    titel: 'Personalausweis',
    hinweis: 'Nicht nötig, wenn Sie sich mit dem Online-Ausweis angemeldet haben.',
  },
] as const;

export type UnterlagenArt = (typeof UNTERLAGEN_ARTEN)[number]['id'];

export function unterlagenArt(id: string): (typeof UNTERLAGEN_ARTEN)[number] | undefined {
  return UNTERLAGEN_ARTEN.find((a) => a.id === id);
}
