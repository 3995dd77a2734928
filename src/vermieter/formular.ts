import {
  auswahl,
  bankverbindungFelder,
  bestaetigung,
  datum,
  email,
  formSchritt,
  geld,
  jaNein,
  monat,
  telefon,
  textfeld,
} from '../antrag/index.ts';

// The landlord's declaration as a form of the wizard's fields (same parsing, messages and rendering). The
// arrears per month are empty rows (never prefilled with the tenant's figures); sections group the fields.

export const MONATSZEILEN = 12;

const monatsfelder = Object.fromEntries(
  Array.from({ length: MONATSZEILEN }, (_, i) => [
    [
      `monat${i + 1}`,
      monat({
        label: `Monat ${i + 1}`,
        was: `den Monat in Zeile ${i + 1}`,
        optional: true,
      }),
    ],
    [
      `betrag${i + 1}`,
      geld({
        label: `Offener Betrag für Monat ${i + 1} in Euro`,
        was: `den offenen Betrag in Zeile ${i + 1}`,
        optional: true,
      }),
    ],
  ]).flat(),
) as Record<string, ReturnType<typeof monat<true>> | ReturnType<typeof geld<true>>>;

export const erklaerung = formSchritt({
  id: 'vermieter-erklaerung',
  slug: 'erklaerung',
  titel: 'Erklärung des Vermieters',
  abschnitt: 'vermieter',
  felder: {
    art: auswahl({
      label: 'Wer gibt die Erklärung ab?',
      was: 'aus, wer die Erklärung abgibt',
      fehlertext: 'Wählen Sie aus, wer die Erklärung abgibt',
      optionen: [
        { wert: 'privat', label: 'Eine Privatperson (Vermieterin oder Vermieter)' },
        { wert: 'unternehmen', label: 'Ein Wohnungsunternehmen' },
        { wert: 'genossenschaft', label: 'Eine Wohnungsgenossenschaft' },
        { wert: 'verwaltung', label: 'Eine Hausverwaltung im Auftrag des Eigentümers' },
      ],
    }),
    name: textfeld({
      label: 'Name oder Firma',
      was: 'den Namen oder die Firma',
      autocomplete: 'organization',
    }),
    ansprechperson: textfeld({
      label: 'Ansprechperson',
      was: 'die Ansprechperson',
      optional: true,
      autocomplete: 'name',
    }),
    telefon: telefon({
      label: 'Telefonnummer',
      was: 'die Telefonnummer',
      optional: true,
      autocomplete: 'tel',
    }),
    email: email({
      label: 'E-Mail-Adresse',
      was: 'die E-Mail-Adresse',
      optional: true,
      autocomplete: 'email',
    }),
    stand: datum({
      label: 'Stand des Mietkontos',
      hinweis: 'Das Datum, zu dem Sie die Beträge angeben. Zum Beispiel 1 12 2026',
      was: 'das Datum des Kontostands',
      zeit: 'vergangenheit',
      ab: '2000-01-01',
    }),
    ...monatsfelder,
    nutzungsentschaedigung: geld({
      label: 'Davon Nutzungsentschädigung in Euro',
      was: 'die Nutzungsentschädigung',
      optional: true,
    }),
    kosten: geld({
      label: 'Mahn-, Anwalts- oder Gerichtskosten in Euro',
      hinweis: 'Nicht in den Monatsbeträgen enthalten.',
      was: 'die Mahn-, Anwalts- oder Gerichtskosten',
      optional: true,
    }),
    grundmiete: geld({ label: 'Grundmiete (Kaltmiete) in Euro', was: 'die Grundmiete' }),
    betriebskosten: geld({ label: 'Vorauszahlung Betriebskosten in Euro', was: 'die Betriebskosten' }),
    heizkosten: geld({ label: 'Vorauszahlung Heizkosten in Euro', was: 'die Heizkosten' }),
    sonstiges: geld({
      label: 'Sonstiges in Euro',
      hinweis: 'Zum Beispiel Stellplatz oder Möblierung.',
      was: 'die sonstigen Bestandteile der Miete',
      optional: true,
    }),
    fortsetzung: jaNein({
      label: 'Setzen Sie das Mietverhältnis fort, wenn die Rückstände bezahlt sind?',
      was: 'Sie das Mietverhältnis fortsetzen',
      fehlertext: 'Wählen Sie aus, ob Sie das Mietverhältnis fortsetzen',
    }),
    kuendigung: auswahl({
      label: 'Was geschieht mit einer Kündigung, wenn die Rückstände bezahlt sind?',
      was: 'aus, was mit der Kündigung geschieht',
      fehlertext: 'Wählen Sie aus, was mit der Kündigung geschieht',
      optionen: [
        { wert: 'keine', label: 'Es gibt keine Kündigung' },
        { wert: 'wirdZurueckgenommen', label: 'Ich nehme die Kündigung zurück' },
        { wert: 'bleibtBestehen', label: 'Die Kündigung bleibt bestehen' },
      ],
    }),
    raeumungsklage: auswahl({
      label: 'Was geschieht mit einer Räumungsklage, wenn die Rückstände bezahlt sind?',
      was: 'aus, was mit der Räumungsklage geschieht',
      fehlertext: 'Wählen Sie aus, was mit der Räumungsklage geschieht',
      optionen: [
        { wert: 'keine', label: 'Es gibt keine Räumungsklage' },
        { wert: 'wirdZurueckgenommen', label: 'Ich nehme die Klage zurück' },
        { wert: 'ruhendGestellt', label: 'Ich lasse das Verfahren ruhen' },
        { wert: 'erledigtErklaert', label: 'Ich erkläre den Rechtsstreit für erledigt' },
        { wert: 'bleibtBestehen', label: 'Die Klage bleibt bestehen' },
      ],
    }),
    zahlungBis: datum({
      label: 'Bis wann muss das Geld bei Ihnen eingehen?',
      hinweis: 'Nur wenn Sie eine Frist gesetzt haben. Zum Beispiel 31 12 2026',
      was: 'die Zahlungsfrist',
      zeit: 'zukunft',
      optional: true,
    }),
    raeumungstermin: datum({
      label: 'Termin der Räumung',
      hinweis: 'Nur wenn ein Termin feststeht.',
      was: 'den Termin der Räumung',
      zeit: 'zukunft',
      optional: true,
    }),
    ...bankverbindungFelder,
    verwendungszweck: textfeld({
      label: 'Verwendungszweck für die Zahlung',
      hinweis: 'Zum Beispiel die Mieternummer.',
      was: 'den Verwendungszweck',
      maxLength: 140,
      autocomplete: 'off',
    }),
    richtig: bestaetigung({
      label: 'Ich versichere, dass die Angaben mit dem Mietkonto übereinstimmen.',
      was: 'dass die Angaben mit dem Mietkonto übereinstimmen',
    }),
  },
  regeln(d, melde) {
    // The month rows are built in a loop, so their names are not in the step's key type.
    const fehler = melde as (feld: string, text: string) => void;
    const roh = d as unknown as Record<string, string | number | undefined>;
    let leer = true;
    const gesehen = new Set<string>();
    for (let i = 1; i <= MONATSZEILEN; i++) {
      const m = roh[`monat${i}`];
      const b = roh[`betrag${i}`];
      if (m === undefined && b === undefined) continue;
      leer = false;
      if (m === undefined) fehler(`monat${i}`, `Geben Sie den Monat in Zeile ${i} an`);
      else if (b === undefined) fehler(`betrag${i}`, `Geben Sie den offenen Betrag in Zeile ${i} an`);
      else if (gesehen.has(String(m))) fehler(`monat${i}`, `Der Monat in Zeile ${i} steht schon weiter oben`);
      else gesehen.add(String(m));
    }
    if (leer) fehler('monat1', 'Geben Sie mindestens einen Monat mit offenem Betrag an');
    if (d.bic !== undefined && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(d.bic.toUpperCase()))
      fehler('bic', 'Die BIC muss 8 oder 11 Zeichen haben, zum Beispiel BYLADEM1001');
  },
});

/** The sections of the page: title and the fields in it (the month rows are rendered as a table). */
export const ABSCHNITTE = [
  { titel: 'Wer gibt die Erklärung ab?', felder: ['art', 'name', 'ansprechperson', 'telefon', 'email'] },
  {
    titel: 'Rückstand laut Mietkonto',
    felder: ['stand'],
    monate: true,
    danach: ['nutzungsentschaedigung', 'kosten'],
  },
  { titel: 'Aktuelle monatliche Miete', felder: ['grundmiete', 'betriebskosten', 'heizkosten', 'sonstiges'] },
  {
    titel: 'Fortsetzung des Mietverhältnisses',
    felder: ['fortsetzung', 'kuendigung', 'raeumungsklage', 'zahlungBis', 'raeumungstermin'],
  },
  { titel: 'Bankverbindung für die Zahlung', felder: ['kontoinhaber', 'iban', 'bic', 'verwendungszweck'] },
] as const;
