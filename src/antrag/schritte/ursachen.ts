import { auswahl, geld, jaNein, mehrfach, textbereich } from './felder.ts';
import { formSchritt } from './schritt.ts';

// Sections K (causes and outlook) and L (self-help), P (requested help).

export const ursachen = formSchritt({
  id: 'ursachen',
  slug: 'ursachen',
  titel: 'Wie sind die Mietschulden entstanden?',
  abschnitt: 'ursachen',
  felder: {
    gruende: mehrfach({
      label: 'Was hat zu den Mietschulden geführt?',
      kurz: 'Ursachen',
      hinweis: 'Wählen Sie alle aus, die zutreffen.',
      was: 'einen Grund',
      mindestens: 1,
      fehlertext: 'Wählen Sie mindestens einen Grund aus',
      optionen: [
        { wert: 'einkommensverlust', label: 'Verlust von Einkommen oder Arbeit' },
        { wert: 'krankheit', label: 'Krankheit' },
        { wert: 'trennung', label: 'Trennung oder Scheidung' },
        { wert: 'todesfall', label: 'Tod eines Angehörigen' },
        { wert: 'leistung-verspaetet', label: 'Eine Sozialleistung kam zu spät oder wurde eingestellt' },
        { wert: 'mieterhoehung', label: 'Mieterhöhung' },
        { wert: 'nebenkosten', label: 'Hohe Nachzahlung für Nebenkosten' },
        { wert: 'andere-schulden', label: 'Andere Schulden oder eine Pfändung' },
        { wert: 'sucht', label: 'Sucht' },
        { wert: 'sonstiges', label: 'Etwas anderes' },
      ],
    }),
    beschreibung: textbereich({
      label: 'Beschreiben Sie bitte kurz, wie es dazu kam',
      kurz: 'Beschreibung',
      hinweis:
        'Zum Beispiel, seit wann Sie weniger Geld haben und warum. Angaben zur Gesundheit machen Sie freiwillig. Höchstens 2.000 Zeichen.',
      was: 'eine kurze Beschreibung',
      maxLength: 2000,
    }),
  },
});

export const zukunft = formSchritt({
  id: 'zukunft',
  slug: 'ursachen/zukunft',
  titel: 'Wie geht es weiter?',
  abschnitt: 'ursachen',
  felder: {
    aenderung: textbereich({
      label: 'Was ändert sich, damit die Miete künftig pünktlich gezahlt wird?',
      kurz: 'Was sich künftig ändert',
      hinweis:
        'Zum Beispiel eine neue Arbeit, ein bewilligter Antrag oder eine Direktzahlung an den Vermieter.',
      was: 'was sich ändert',
      optional: true,
      maxLength: 2000,
    }),
    beratung: auswahl({
      label: 'Sind Sie bei einer Schuldnerberatung?',
      kurz: 'Schuldnerberatung',
      was: 'eine Antwort zur Schuldnerberatung',
      optional: true,
      optionen: [
        { wert: 'ja', label: 'Ja' },
        { wert: 'bereit', label: 'Nein, aber ich bin bereit, eine Beratung zu nutzen' },
        { wert: 'nein', label: 'Nein' },
      ],
    }),
  },
});

export const selbsthilfe = formSchritt({
  id: 'selbsthilfe',
  slug: 'selbsthilfe',
  titel: 'Was haben Sie schon selbst versucht?',
  abschnitt: 'ursachen',
  felder: {
    ratenzahlung: auswahl({
      label: 'Haben Sie Ihrem Vermieter eine Ratenzahlung angeboten?',
      kurz: 'Ratenzahlung mit dem Vermieter',
      was: 'eine Antwort',
      fehlertext: 'Wählen Sie aus, ob Sie eine Ratenzahlung angeboten haben',
      optionen: [
        { wert: 'vereinbart', label: 'Ja, wir haben eine Ratenzahlung vereinbart' },
        { wert: 'abgelehnt', label: 'Ja, aber der Vermieter hat abgelehnt' },
        { wert: 'nein', label: 'Nein' },
      ],
    }),
    eigenerBetrag: geld({
      label: 'Wie viel können Sie selbst zu den Mietschulden beitragen? (in Euro)',
      kurz: 'Eigener Beitrag',
      hinweis: 'Wenn Sie einen Teil selbst zahlen können.',
      was: 'den eigenen Beitrag',
      optional: true,
    }),
    hilfeDritter: jaNein({
      label: 'Können Familie, Freunde oder Ihr Arbeitgeber Ihnen helfen?',
      kurz: 'Hilfe von anderen möglich',
      was: 'andere Ihnen helfen können',
      optional: true,
    }),
  },
});

export const leistungswunsch = formSchritt({
  id: 'leistungswunsch',
  slug: 'beantragte-hilfe',
  titel: 'Welche Hilfe beantragen Sie?',
  abschnitt: 'leistungswunsch',
  felder: {
    betrag: geld({
      label: 'Welchen Betrag soll das Sozialamt übernehmen? (in Euro)',
      kurz: 'Beantragter Betrag',
      hinweis: 'Meist die Mietschulden insgesamt, abzüglich dessen, was Sie selbst zahlen können.',
      was: 'den beantragten Betrag',
    }),
    form: auswahl({
      label: 'Wie soll die Hilfe gezahlt werden?',
      kurz: 'Gewünschte Form',
      hinweis:
        'Das Sozialamt entscheidet. Meist gibt es ein Darlehen, das Sie in kleinen Raten zurückzahlen.',
      was: 'die gewünschte Form',
      optional: true,
      optionen: [
        { wert: 'darlehen', label: 'Als Darlehen' },
        { wert: 'beihilfe', label: 'Als Zuschuss (muss nicht zurückgezahlt werden)' },
        { wert: 'egal', label: 'Keine Präferenz' },
      ],
    }),
    rate: geld({
      label: 'Welche monatliche Rate könnten Sie für ein Darlehen zahlen? (in Euro)',
      kurz: 'Mögliche Rate im Monat',
      was: 'die monatliche Rate',
      optional: true,
    }),
  },
  regeln(d, fehler) {
    if (d.betrag === 0) fehler('betrag', 'Der beantragte Betrag muss größer als 0 sein');
  },
});
