import type { AntragDaten } from './flow.ts';
import type { Abschnitt } from './zusammenfassung/angaben.ts';
import {
  abschnittAusgaben,
  abschnittEinkommen,
  abschnittErklaerungen,
  abschnittLeistungswunsch,
  abschnittUrsachen,
  abschnittVermoegen,
} from './zusammenfassung/finanzen.ts';
import {
  abschnittAntragsteller,
  abschnittHaushalt,
  abschnittLeistungen,
  abschnittVertretung,
} from './zusammenfassung/personen.ts';
import {
  abschnittEnergie,
  abschnittKuendigung,
  abschnittMiete,
  abschnittRueckstand,
  abschnittVermieter,
  abschnittWohnung,
} from './zusammenfassung/wohnung.ts';

// The neutral, presentation-free summary of an application: what the citizen sees on the check-answers page,
// what Antrag.pdf and the Eingangsbestätigung print (dokumente/). All values are already formatted for people
// (German dates, "1.234,56 €", "Ja"/"Nein"); renderers only lay them out, they never interpret the data.
// One mapper per section (A–Q of the field list); pure.
// The sections are built in zusammenfassung/ (one module per group of sections).

export type { Abschnitt, Angabe } from './zusammenfassung/angaben.ts';
export * from './zusammenfassung/finanzen.ts';
export * from './zusammenfassung/personen.ts';
export * from './zusammenfassung/wohnung.ts';

export type Zusammenfassung = { abschnitte: Abschnitt[] };

/** The whole application by section, in the order of the form. */
export function zusammenfassen(d: AntragDaten): Zusammenfassung {
  const abschnitte = [
    abschnittAntragsteller(d),
    abschnittVertretung(d),
    abschnittHaushalt(d),
    abschnittLeistungen(d),
    abschnittWohnung(d),
    abschnittMiete(d),
    abschnittVermieter(d),
    abschnittRueckstand(d),
    abschnittEnergie(d),
    abschnittKuendigung(d),
    abschnittUrsachen(d),
    abschnittEinkommen(d),
    abschnittVermoegen(d),
    abschnittAusgaben(d),
    abschnittLeistungswunsch(d),
    abschnittErklaerungen(d),
  ].filter((a): a is Abschnitt => a !== undefined);
  return { abschnitte };
}
