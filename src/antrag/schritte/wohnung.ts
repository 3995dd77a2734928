import { auswahl, datum, dezimal, ganzzahl, geld, jaNein, plz, textfeld } from './felder.ts';
import { formSchritt, infoSchritt } from './schritt.ts';
import { formatEuro } from '../../shared/index.ts';

// Sections E (flat) and F (monthly rent).

export const wohnungLage = formSchritt({
  id: 'wohnung',
  slug: 'wohnung',
  titel: 'Die Wohnung',
  abschnitt: 'wohnung',
  felder: {
    gleicheAnschrift: jaNein({
      label: 'Geht es um die Wohnung unter der Anschrift der antragstellenden Person?',
      kurz: 'Wohnung unter der Meldeanschrift',
      was: 'es um die Wohnung unter dieser Anschrift geht',
    }),
  },
});

export const wohnungAnschrift = formSchritt({
  id: 'wohnung-anschrift',
  slug: 'wohnung/anschrift',
  titel: 'Anschrift der Wohnung',
  abschnitt: 'wohnung',
  felder: {
    strasse: textfeld({ label: 'Straße', was: 'die Straße', autocomplete: 'address-line1' }),
    hausnummer: textfeld({ label: 'Hausnummer', was: 'die Hausnummer', breite: 5, maxLength: 10 }),
    adresszusatz: textfeld({ label: 'Adresszusatz', was: 'den Adresszusatz', optional: true }),
    plz: plz({ label: 'Postleitzahl', was: 'die Postleitzahl', autocomplete: 'postal-code' }),
    ort: textfeld({ label: 'Ort', was: 'den Ort', autocomplete: 'address-level2' }),
  },
});

/** Terminal page when the responsible office does not take the application online yet. */
export const nichtOnline = infoSchritt({
  id: 'nicht-online',
  slug: 'wohnung/schriftlicher-antrag',
  titel: 'Dieses Sozialamt nimmt den Antrag noch nicht online an',
  abschnitt: 'wohnung',
  ansicht: 'info',
});

export const wohnungAngaben = formSchritt({
  id: 'wohnung-angaben',
  slug: 'wohnung/angaben',
  titel: 'Angaben zur Wohnung',
  abschnitt: 'wohnung',
  felder: {
    einzug: datum({
      label: 'Seit wann wohnen Sie in der Wohnung?',
      kurz: 'Mietverhältnis seit',
      hinweis: 'Das Datum aus dem Mietvertrag. Zum Beispiel 1 4 2019',
      was: 'das Datum des Einzugs',
      zeit: 'vergangenheit',
    }),
    flaeche: dezimal({
      label: 'Wohnfläche in Quadratmetern',
      kurz: 'Wohnfläche (m²)',
      hinweis: 'Steht im Mietvertrag. Zum Beispiel 54,5',
      was: 'die Wohnfläche',
      min: 5,
      max: 500,
    }),
    zimmer: dezimal({
      label: 'Anzahl der Zimmer',
      hinweis: 'Ohne Küche und Bad. Halbe Zimmer als 0,5.',
      was: 'die Anzahl der Zimmer',
      optional: true,
      min: 0.5,
      max: 20,
    }),
    personen: ganzzahl({
      label: 'Wie viele Personen wohnen insgesamt in der Wohnung?',
      kurz: 'Personen in der Wohnung',
      hinweis: 'Einschließlich der antragstellenden Person.',
      was: 'die Anzahl der Personen',
      min: 1,
      max: 30,
    }),
    art: auswahl({
      label: 'Um welche Art von Wohnung handelt es sich?',
      kurz: 'Art der Unterkunft',
      was: 'die Art der Wohnung',
      optionen: [
        { wert: 'mietwohnung', label: 'Mietwohnung oder gemietetes Haus' },
        { wert: 'genossenschaft', label: 'Genossenschaftswohnung' },
        { wert: 'untermiete', label: 'Zimmer oder Wohnung zur Untermiete' },
        { wert: 'wohnheim', label: 'Zimmer in einem Wohnheim' },
        {
          wert: 'eigentum',
          label: 'Eigene Wohnung oder eigenes Haus',
          hinweis:
            'Dann geht es um Schulden wie Hausgeld oder Kreditraten. Das Sozialamt prüft das gesondert.',
        },
      ],
    }),
    hauptmieter: auswahl({
      label: 'Wer hat den Mietvertrag unterschrieben?',
      kurz: 'Hauptmieter',
      was: 'aus, wer den Mietvertrag unterschrieben hat',
      fehlertext: 'Wählen Sie aus, wer den Mietvertrag unterschrieben hat',
      optionen: [
        { wert: 'antragsteller', label: 'Die antragstellende Person allein' },
        { wert: 'gemeinsam', label: 'Die antragstellende Person gemeinsam mit anderen' },
        { wert: 'andere', label: 'Eine andere Person' },
      ],
    }),
    wbs: jaNein({
      label: 'Ist es eine Sozialwohnung (mit Wohnberechtigungsschein)?',
      kurz: 'Sozialwohnung',
      was: 'es eine Sozialwohnung ist',
      optional: true,
    }),
  },
});

export const wohnungVerbleib = formSchritt({
  id: 'wohnung-verbleib',
  slug: 'wohnung/verbleib',
  titel: 'Möchten Sie in der Wohnung bleiben?',
  abschnitt: 'wohnung',
  felder: {
    bleiben: jaNein({
      label: 'Möchten Sie dauerhaft in der Wohnung bleiben?',
      kurz: 'Möchte dauerhaft in der Wohnung bleiben',
      hinweis:
        'Das Sozialamt übernimmt Mietschulden nur, wenn die Wohnung dadurch erhalten bleibt. Wenn Sie ausziehen möchten, kann das Sozialamt Sie anders unterstützen, zum Beispiel bei der Suche nach einer Wohnung.',
      was: 'Sie dauerhaft in der Wohnung bleiben möchten',
    }),
  },
});

export const miete = formSchritt({
  id: 'miete',
  slug: 'miete',
  titel: 'Ihre monatliche Miete',
  abschnitt: 'wohnung',
  einleitung:
    'Geben Sie die Beträge an, die Sie zurzeit jeden Monat zahlen müssen. Sie stehen im Mietvertrag oder in der letzten Mieterhöhung.',
  felder: {
    grundmiete: geld({
      label: 'Grundmiete (Kaltmiete) in Euro',
      kurz: 'Grundmiete',
      hinweis: 'Zum Beispiel 450,00',
      was: 'die Grundmiete',
    }),
    betriebskosten: geld({
      label: 'Vorauszahlung für Betriebskosten (kalte Nebenkosten) in Euro',
      kurz: 'Betriebskosten',
      hinweis: 'Geben Sie 0 an, wenn es keine gibt.',
      was: 'die Vorauszahlung für Betriebskosten',
    }),
    heizkosten: geld({
      label: 'Vorauszahlung für Heizkosten in Euro',
      kurz: 'Heizkosten',
      hinweis: 'Geben Sie 0 an, wenn Sie die Heizung direkt beim Versorger zahlen.',
      was: 'die Vorauszahlung für Heizkosten',
    }),
    warmwasser: geld({
      label: 'Vorauszahlung für Warmwasser in Euro',
      kurz: 'Warmwasser',
      hinweis: 'Nur wenn es im Mietvertrag extra steht.',
      was: 'die Vorauszahlung für Warmwasser',
      optional: true,
    }),
    sonstiges: geld({
      label: 'Sonstige Beträge in Euro',
      kurz: 'Sonstiges',
      hinweis: 'Zum Beispiel Stellplatz, Garage, Küche oder Möblierung.',
      was: 'die sonstigen Beträge',
      optional: true,
    }),
    sonstigesBezeichnung: textfeld({
      label: 'Wofür sind die sonstigen Beträge?',
      kurz: 'Sonstiges für',
      was: 'an, wofür die sonstigen Beträge sind',
      optional: true,
      maxLength: 100,
    }),
    gesamtmiete: geld({
      label: 'Gesamtmiete im Monat in Euro',
      kurz: 'Gesamtmiete',
      hinweis: 'Die Summe aller Beträge oben, so wie Sie sie an Ihren Vermieter überweisen.',
      was: 'die Gesamtmiete',
    }),
    heizung: auswahl({
      label: 'Wie wird die Wohnung beheizt?',
      kurz: 'Heizung',
      was: 'die Heizungsart',
      optional: true,
      optionen: [
        { wert: 'zentral', label: 'Zentralheizung oder Fernwärme über den Vermieter' },
        { wert: 'gasetage', label: 'Gasetagenheizung (Vertrag mit dem Gasversorger)' },
        { wert: 'strom', label: 'Nachtspeicher oder andere Stromheizung' },
        { wert: 'ofen', label: 'Ofen (Kohle, Holz, Öl)' },
      ],
    }),
  },
  regeln(d, fehler) {
    const summe = d.grundmiete + d.betriebskosten + d.heizkosten + (d.warmwasser ?? 0) + (d.sonstiges ?? 0);
    if (summe !== d.gesamtmiete) {
      fehler(
        'gesamtmiete',
        `Die Gesamtmiete (${formatEuro(d.gesamtmiete)}) muss die Summe der einzelnen Beträge sein. Die Summe ist ${formatEuro(summe)}`,
      );
    }
    if (d.sonstiges !== undefined && d.sonstiges > 0 && d.sonstigesBezeichnung === undefined) {
      fehler('sonstigesBezeichnung', 'Geben Sie an, wofür die sonstigen Beträge sind');
    }
    if (d.grundmiete === 0) fehler('grundmiete', 'Die Grundmiete muss größer als 0 sein');
  },
});

export const mieteZahlung = formSchritt({
  id: 'miete-zahlung',
  slug: 'miete/zahlung',
  titel: 'Wie wird die Miete gezahlt?',
  abschnitt: 'wohnung',
  felder: {
    gezahltDurch: auswahl({
      label: 'Wer zahlt die Miete zurzeit an den Vermieter?',
      kurz: 'Miete wird gezahlt durch',
      was: 'aus, wer die Miete zahlt',
      fehlertext: 'Wählen Sie aus, wer die Miete zahlt',
      optionen: [
        { wert: 'selbst', label: 'Die antragstellende Person selbst' },
        { wert: 'jobcenter', label: 'Das Jobcenter direkt' },
        { wert: 'sozialamt', label: 'Das Sozialamt direkt' },
        { wert: 'dritte', label: 'Eine andere Person oder Stelle' },
      ],
    }),
    direktzahlung: jaNein({
      label: 'Sind Sie einverstanden, dass das Amt die Miete künftig direkt an den Vermieter zahlt?',
      kurz: 'Einverstanden mit Direktzahlung der Miete',
      hinweis:
        'Das Sozialamt übernimmt Mietschulden meist nur, wenn die künftige Miete sicher gezahlt wird. Die Direktzahlung ist dafür ein üblicher Weg.',
      was: 'Sie mit der Direktzahlung einverstanden sind',
    }),
  },
});
