// The neutral, presentation-free summary of an application: what the citizen sees on the check-answers page,
// what Antrag.pdf and the Eingangsbestätigung print (dokumente/). All values are already formatted for people
// (German dates, "1.234,56 €", "Ja"/"Nein"); renderers only lay them out, they never interpret the data.

export type Angabe = { label: string; wert: string };

/** A repeated block inside a section, e.g. one household member or the income of one person. */
export type Gruppe = { titel: string; felder: Angabe[] };

export type Abschnitt = {
  /** Stable id of the section (A–R of the field list), e.g. 'antragsteller', 'haushalt', 'unterlagen'. */
  id: string;
  /** Heading, e.g. "Antragstellende Person". */
  titel: string;
  felder: Angabe[];
  gruppen?: Gruppe[];
};

export type Zusammenfassung = { abschnitte: Abschnitt[] };
