import { auswahl, datum, jaNein, mehrfach, textfeld } from './felder.ts';
import { formSchritt, infoSchritt } from './schritt.ts';
import { staatsangehoerigkeiten } from './staaten.ts';

// Sections C (household, repeatable) and D (current benefits).

export const haushalt = formSchritt({
  id: 'haushalt',
  slug: 'haushalt',
  titel: 'Leben weitere Personen in der Wohnung?',
  abschnitt: 'haushalt',
  felder: {
    weiterePersonen: jaNein({
      label: 'Leben außer der antragstellenden Person weitere Personen in der Wohnung?',
      kurz: 'Weitere Personen in der Wohnung',
      hinweis: 'Zum Beispiel Ehe- oder Lebenspartner, Kinder, Eltern oder Untermieter.',
      was: 'weitere Personen in der Wohnung leben',
    }),
  },
});

export const BEZIEHUNGEN = [
  { wert: 'partner', label: 'Ehe- oder Lebenspartnerin, Ehe- oder Lebenspartner' },
  { wert: 'partner-eheaehnlich', label: 'Partnerin oder Partner (nicht verheiratet)' },
  { wert: 'kind', label: 'Kind' },
  { wert: 'elternteil', label: 'Mutter oder Vater' },
  { wert: 'verwandt', label: 'andere verwandte Person' },
  { wert: 'nicht-verwandt', label: 'nicht verwandt (zum Beispiel Wohngemeinschaft oder Untermiete)' },
] as const;

export const haushaltPerson = formSchritt({
  id: 'haushalt-person',
  slug: 'haushalt/person/:instanz',
  titel: 'Person im Haushalt',
  abschnitt: 'haushalt',
  felder: {
    vorname: textfeld({ label: 'Vorname', was: 'den Vornamen' }),
    familienname: textfeld({ label: 'Familienname', was: 'den Familiennamen' }),
    geburtsdatum: datum({
      label: 'Geburtsdatum',
      hinweis: 'Zum Beispiel 3 5 2012',
      was: 'das Geburtsdatum',
      zeit: 'vergangenheit',
      ab: '1900-01-01',
      abText: 'Das Geburtsdatum muss nach dem 1. Januar 1900 liegen',
    }),
    staatsangehoerigkeit: auswahl({
      label: 'Staatsangehörigkeit',
      hinweis: 'Wenn Sie sie nicht wissen, lassen Sie das Feld leer.',
      was: 'die Staatsangehörigkeit',
      liste: true,
      optional: true,
      optionen: staatsangehoerigkeiten,
    }),
    beziehung: auswahl({
      label: 'In welcher Beziehung steht die Person zur antragstellenden Person?',
      kurz: 'Beziehung',
      was: 'die Beziehung zur antragstellenden Person',
      optionen: BEZIEHUNGEN,
    }),
    mitmieter: jaNein({
      label: 'Steht die Person auch im Mietvertrag?',
      kurz: 'Im Mietvertrag',
      was: 'die Person im Mietvertrag steht',
    }),
    hatEinkommen: jaNein({
      label: 'Hat die Person eigenes Einkommen?',
      kurz: 'Eigenes Einkommen',
      hinweis: 'Auch Kindergeld, Unterhalt, Rente oder Ausbildungsvergütung zählen als Einkommen.',
      was: 'die Person eigenes Einkommen hat',
    }),
  },
});

/** The list of household members with "add another" (custom page; complete once there is a member). */
export const haushaltUebersicht = infoSchritt({
  id: 'haushalt-uebersicht',
  slug: 'haushalt/personen',
  titel: 'Personen im Haushalt',
  abschnitt: 'haushalt',
  ansicht: 'haushalt-uebersicht',
});

export const buergergeld = formSchritt({
  id: 'buergergeld',
  slug: 'leistungen/buergergeld',
  titel: 'Bürgergeld vom Jobcenter',
  abschnitt: 'leistungen',
  felder: {
    bezieht: jaNein({
      label: 'Bekommt die antragstellende Person oder jemand im Haushalt Bürgergeld vom Jobcenter?',
      kurz: 'Bürgergeld (SGB II) im Haushalt',
      hinweis: 'Bürgergeld hieß früher Arbeitslosengeld II oder Hartz IV.',
      was: 'jemand im Haushalt Bürgergeld bekommt',
    }),
  },
});

/**
 * Erwerbsfähigkeit (§ 8 SGB II) decides between Jobcenter and Sozialamt: erwerbsfähige Leistungsberechtigte
 * and their households get help with rent arrears from the Jobcenter (§ 22 Abs. 8 SGB II), even when they do
 * not get Bürgergeld yet; the Sozialamt (§ 36 SGB XII) helps the others, e.g. pensioners.
 */
export const erwerbsfaehigkeit = formSchritt({
  id: 'erwerbsfaehigkeit',
  slug: 'leistungen/arbeiten',
  titel: 'Können Sie arbeiten?',
  abschnitt: 'leistungen',
  einleitung: 'Davon hängt ab, ob das Sozialamt oder das Jobcenter Ihnen hilft.',
  felder: {
    person: jaNein({
      label:
        'Ist die antragstellende Person mindestens 15 Jahre alt, noch nicht im Rentenalter und kann sie mindestens 3 Stunden am Tag arbeiten?',
      kurz: 'Erwerbsfähig: antragstellende Person',
      hinweis:
        'Es kommt nicht darauf an, ob die Person gerade Arbeit hat. Gemeint ist: Sie ist gesund genug, um mindestens 3 Stunden am Tag zu arbeiten.',
      was: 'die antragstellende Person mindestens 3 Stunden am Tag arbeiten kann',
    }),
    partner: auswahl({
      label: 'Und die Ehe- oder Lebenspartnerin oder der Ehe- oder Lebenspartner in der Wohnung?',
      kurz: 'Erwerbsfähig: Partnerin oder Partner',
      was: 'die Antwort für die Partnerin oder den Partner',
      fehlertext:
        'Wählen Sie aus, ob die Partnerin oder der Partner mindestens 3 Stunden am Tag arbeiten kann',
      optionen: [
        { wert: 'ja', label: 'Ja, kann mindestens 3 Stunden am Tag arbeiten' },
        { wert: 'nein', label: 'Nein' },
        { wert: 'keine', label: 'Es gibt keine Partnerin und keinen Partner in der Wohnung' },
      ],
    }),
  },
});

/** Shown to SGB II recipients: the Jobcenter is responsible (§ 22 Abs. 8 SGB II); submission stays possible. */
export const jobcenterHinweis = infoSchritt({
  id: 'jobcenter-hinweis',
  slug: 'leistungen/jobcenter',
  titel: 'Zuständig ist wahrscheinlich das Jobcenter',
  abschnitt: 'leistungen',
  ansicht: 'jobcenter',
});

export const leistungen = formSchritt({
  id: 'leistungen',
  slug: 'leistungen',
  titel: 'Weitere Sozialleistungen',
  abschnitt: 'leistungen',
  felder: {
    sgb12: auswahl({
      label: 'Bekommt die antragstellende Person Leistungen vom Sozialamt?',
      kurz: 'Leistungen vom Sozialamt (SGB XII)',
      was: 'die Leistungen vom Sozialamt',
      fehlertext: 'Wählen Sie aus, ob die antragstellende Person Leistungen vom Sozialamt bekommt',
      optionen: [
        { wert: 'keine', label: 'Nein' },
        { wert: 'hlu', label: 'Ja, Hilfe zum Lebensunterhalt' },
        { wert: 'grundsicherung', label: 'Ja, Grundsicherung im Alter oder bei Erwerbsminderung' },
      ],
    }),
    wohngeld: auswahl({
      label: 'Bekommt der Haushalt Wohngeld?',
      kurz: 'Wohngeld',
      was: 'das Wohngeld',
      fehlertext: 'Wählen Sie aus, ob der Haushalt Wohngeld bekommt',
      optionen: [
        { wert: 'ja', label: 'Ja' },
        { wert: 'beantragt', label: 'Beantragt, aber noch nicht bewilligt' },
        { wert: 'nein', label: 'Nein' },
      ],
    }),
    weitere: mehrfach({
      label: 'Welche anderen Leistungen bekommt der Haushalt?',
      kurz: 'Andere Leistungen',
      hinweis: 'Wählen Sie alle aus, die zutreffen.',
      was: 'eine Leistung',
      optionen: [
        { wert: 'rente', label: 'Rente' },
        { wert: 'alg1', label: 'Arbeitslosengeld (ALG I)' },
        { wert: 'kinderzuschlag', label: 'Kinderzuschlag' },
        { wert: 'unterhaltsvorschuss', label: 'Unterhaltsvorschuss' },
        { wert: 'bafoeg', label: 'BAföG oder Berufsausbildungsbeihilfe' },
        { wert: 'krankengeld', label: 'Krankengeld' },
        { wert: 'elterngeld', label: 'Elterngeld' },
        { wert: 'asylblg', label: 'Leistungen nach dem Asylbewerberleistungsgesetz' },
      ],
    }),
  },
});

export const offenerAntrag = formSchritt({
  id: 'offener-antrag',
  slug: 'leistungen/offener-antrag',
  titel: 'Offene Anträge auf Leistungen',
  abschnitt: 'leistungen',
  felder: {
    gestellt: jaNein({
      label: 'Haben Sie Leistungen beantragt, über die noch nicht entschieden ist?',
      kurz: 'Offener Antrag auf Leistungen',
      hinweis:
        'Zum Beispiel Wohngeld, Rente oder Bürgergeld. Eine Lücke bei Leistungen ist oft die Ursache für Mietschulden.',
      was: 'ein Antrag noch offen ist',
    }),
    stelle: textfeld({
      label: 'Bei welcher Stelle?',
      kurz: 'Stelle',
      hinweis: 'Nur ausfüllen, wenn ein Antrag offen ist.',
      was: 'die Stelle',
      optional: true,
    }),
    datum: datum({
      label: 'Wann haben Sie den Antrag gestellt?',
      kurz: 'Antrag gestellt am',
      hinweis: 'Nur ausfüllen, wenn ein Antrag offen ist. Zum Beispiel 2 10 2026',
      was: 'das Datum des Antrags',
      zeit: 'vergangenheit',
      ab: '2000-01-01',
      optional: true,
    }),
  },
  regeln(d, fehler) {
    if (d.gestellt && d.stelle === undefined)
      fehler('stelle', 'Geben Sie an, bei welcher Stelle der Antrag offen ist');
  },
});
