import type {
  AbschnittDefinition,
  FeldDefinition,
  FeldTyp,
  InhaltDefinition,
} from '../../nachricht/index.ts';
import { STAATSANGEHOERIGKEIT_LISTE } from '../../nachricht/index.ts';
import { einzelSchritte } from '../flow.ts';
import { erklaerungen } from '../schritte/erklaerungen.ts';
import type { Felder } from '../schritte/schritt.ts';
import { JA_NEIN, type Feld } from '../schritte/felder.ts';
import { einkommen } from '../schritte/finanzen.ts';
import { haushaltPerson } from '../schritte/haushalt.ts';
import { BASIS } from './basis.ts';
import { abschnittName } from './namen.ts';
import { EINREICHUNG_ABSCHNITT } from './einreichung.ts';
import { NACHREICHUNG_ABSCHNITT } from './nachreichung.ts';
import { EINSCHAETZUNG_ABSCHNITT } from './einschaetzung.ts';

// The one definition of the application content: derived from the wizard's steps (their fields, kinds,
// options and optionality), so every answer is in the message and a new field cannot be forgotten. One
// section per form step; the steps whose data is not their fields get their own small section here
// (months of arrears, the responsible office, household members and income per person with their key).

export { abschnittName };

function typ(f: Feld<unknown>): FeldTyp {
  switch (f.art) {
    case 'geld':
      return 'betrag';
    case 'dezimal':
      return 'dezimal';
    case 'ganzzahl':
      return 'ganzzahl';
    case 'datum':
      return 'datum';
    case 'monat':
      return 'monat';
    case 'bestaetigung':
      return 'janein';
    case 'mehrfach':
      return 'codes';
    case 'auswahl':
      return f.optionen === JA_NEIN ? 'janein' : 'code';
    case 'liste':
      return 'code';
    default:
      return 'text';
  }
}

function felderAus(abschnitt: string, felder: Felder): FeldDefinition[] {
  return Object.entries(felder).map(([name, f]) => {
    const t = typ(f);
    const basis = BASIS[`${abschnitt}.${name}`];
    return {
      name,
      typ: t,
      titel: f.kurz ?? f.label,
      optional: f.optional,
      ...(t === 'code' || t === 'codes'
        ? { codes: (f.optionen ?? []).map((o) => ({ code: o.wert, label: o.label })) }
        : {}),
      ...(name === 'staatsangehoerigkeit' || name === 'staat'
        ? {
            codeliste: `Destatis Staatsangehörigkeitsschlüssel (${STAATSANGEHOERIGKEIT_LISTE.listURI}, ${STAATSANGEHOERIGKEIT_LISTE.version})`,
          }
        : {}),
      ...(basis !== undefined ? { basis } : {}),
    };
  });
}

const text = (name: string, titel: string, optional = false): FeldDefinition => ({
  name,
  typ: 'text',
  titel,
  optional,
});
const betrag = (name: string, titel: string, optional = false): FeldDefinition => ({
  name,
  typ: 'betrag',
  titel,
  optional,
});

/** Steps whose data are not their fields, with their own sections. */
const SONDER: Record<string, AbschnittDefinition | null> = {
  'wohnung-sozialamt': {
    name: 'wohnungSozialamt',
    titel: 'Zuständiges Sozialamt',
    wiederholt: false,
    felder: [
      text('ags', 'Amtlicher Gemeindeschlüssel (Kreis) des zuständigen Sozialamts', true),
      text('gemeindeAgs', 'Amtlicher Gemeindeschlüssel der Wohnung', true),
      text('gemeindeName', 'Gemeinde der Wohnung', true),
      text('plz', 'Postleitzahl, für die gewählt wurde', true),
      { name: 'ausserhalbMv', typ: 'janein', titel: 'Gemeinde außerhalb M-V', optional: true },
    ],
  },
  // Steps without answers (information pages) carry nothing.
  'haushalt-uebersicht': null,
  'jobcenter-hinweis': null,
  'ausserhalb-mv': null,
  'nicht-online': null,
  schonfrist: null,
  unterlagen: null,
};

const RUECKSTAND_MONAT: AbschnittDefinition = {
  name: 'rueckstandMonat',
  titel: 'Mietschulden je Monat',
  wiederholt: true,
  felder: [
    { name: 'monat', typ: 'monat', titel: 'Monat', optional: false },
    betrag('soll', 'Miete (Soll)', true),
    betrag('gezahlt', 'Gezahlt', true),
    betrag('offen', 'Offen', false),
  ],
};

/** That the monthly table was answered (possibly with no rows); the rows follow as `rueckstandMonat`. */
const RUECKSTAND_MONATE: AbschnittDefinition = {
  name: 'rueckstandMonate',
  titel: 'Mietschulden je Monat angegeben',
  wiederholt: false,
  felder: [{ name: 'anzahl', typ: 'ganzzahl', titel: 'Anzahl der Monatszeilen', optional: false }],
};

function ausSchritt(s: {
  id: string;
  titel: string;
  felder: Felder;
  ansicht: string;
}): AbschnittDefinition[] {
  if (s.id in SONDER) {
    const a = SONDER[s.id];
    return a ? [a] : [];
  }
  if (s.id === 'rueckstand-monate') return [RUECKSTAND_MONATE, RUECKSTAND_MONAT];
  if (s.ansicht !== 'formular') throw new Error(`Schritt ${s.id} hat keine Abbildung in der Nachricht`);
  const name = abschnittName(s.id);
  return [{ name, titel: s.titel, wiederholt: false, felder: felderAus(name, s.felder) }];
}

export const HAUSHALTSMITGLIED = 'haushaltsmitglied';

export const INHALT: InhaltDefinition = {
  abschnitte: [
    ...einzelSchritte.flatMap(ausSchritt),
    {
      name: HAUSHALTSMITGLIED,
      titel: haushaltPerson.titel,
      wiederholt: true,
      felder: [
        text('id', 'Kennung der Person im Antrag'),
        ...felderAus(HAUSHALTSMITGLIED, haushaltPerson.felder),
      ],
    },
    {
      name: 'einkommen',
      titel: einkommen.titel,
      wiederholt: true,
      felder: [
        text('person', 'Kennung der Person („antragsteller“ oder die eines Haushaltsmitglieds)'),
        ...felderAus('einkommen', einkommen.felder),
      ],
    },
    {
      name: 'erklaerungen',
      titel: erklaerungen.titel,
      wiederholt: false,
      felder: felderAus('erklaerungen', erklaerungen.felder),
    },
    EINSCHAETZUNG_ABSCHNITT,
    EINREICHUNG_ABSCHNITT,
    NACHREICHUNG_ABSCHNITT,
  ],
};
