import { behoerdenStammdaten } from '../katalog/behoerden.ts';
import { alleSchritte, ANTRAGSTELLER, personName, schluessel, type AntragDaten } from './flow.ts';
import type { Feld } from './schritte/felder.ts';
import { einkommen as einkommenSchritt, SCHULD_ZEILEN } from './schritte/finanzen.ts';
import { haushaltPerson } from './schritte/haushalt.ts';
import { rueckstandAbweichung } from './schritte/rueckstand.ts';
import type { Schritt } from './schritte/schritt.ts';
import { staatName } from './schritte/staaten.ts';
import { formatDatumLang, formatEuro, formatMonat } from '../shared/format.ts';
import { formatIban, zahl } from './schritte/werte.ts';
import { erklaerungen } from './schritte/erklaerungen.ts';

// The neutral, presentation-free summary of an application: what the citizen sees on the check-answers page,
// what Antrag.pdf and the Eingangsbestätigung print (dokumente/). All values are already formatted for people
// (German dates, "1.234,56 €", "Ja"/"Nein"); renderers only lay them out, they never interpret the data.
// One mapper per section (A–Q of the field list); pure.

export type Angabe = {
  label: string;
  wert: string;
  /** The step (instance key) where the answer is changed; used for change links, ignored by the PDF. */
  schritt?: string;
};

/** A repeated block inside a section, e.g. one household member or the income of one person. */
export type Gruppe = { titel: string; felder: Angabe[] };

export type Abschnitt = {
  /** Stable id of the section, e.g. 'antragsteller', 'haushalt', 'erklaerungen'. */
  id: string;
  /** Heading, e.g. "Antragstellende Person". */
  titel: string;
  felder: Angabe[];
  gruppen?: Gruppe[];
};

export type Zusammenfassung = { abschnitte: Abschnitt[] };

/** Formats one stored value for people, by the kind of field. */
export function formatWert(feld: Feld<unknown>, wert: unknown): string | undefined {
  if (wert === undefined || wert === null) return undefined;
  if (typeof wert === 'boolean') {
    if (feld.art === 'bestaetigung') return wert ? 'Ja' : 'Nein';
    return wert ? 'Ja' : 'Nein';
  }
  if (Array.isArray(wert)) {
    if (wert.length === 0) return undefined;
    return wert.map((w) => optionLabel(feld, typeof w === 'string' ? w : JSON.stringify(w))).join(', ');
  }
  const text =
    typeof wert === 'string' ? wert : typeof wert === 'number' ? String(wert) : JSON.stringify(wert);
  switch (feld.art) {
    case 'geld':
      return formatEuro(Number(wert));
    case 'dezimal':
      return zahl(Number(wert));
    case 'datum':
      return formatDatumLang(text);
    case 'monat':
      return formatMonat(text);
    case 'iban':
      return formatIban(text);
    case 'auswahl':
    case 'liste':
      return optionLabel(feld, text);
    default:
      return text;
  }
}

function optionLabel(feld: Feld<unknown>, wert: string): string {
  return feld.optionen?.find((o) => o.wert === wert)?.label ?? wert;
}

/** Every answered field of a step, in the order of the form, with its short label. */
export function angabenAus(
  schritt: Schritt,
  daten: Record<string, unknown> | undefined,
  key: string = schritt.id,
  ohne: string[] = [],
): Angabe[] {
  if (daten === undefined) return [];
  const angaben: Angabe[] = [];
  for (const [name, feld] of Object.entries(schritt.felder)) {
    if (ohne.includes(name)) continue;
    const wert = formatWert(feld, daten[name]);
    if (wert !== undefined) angaben.push({ label: feld.kurz ?? feld.label, wert, schritt: key });
  }
  return angaben;
}

const schritt = (id: string): Schritt => {
  const s = [...alleSchritte, erklaerungen].find((x) => x.id === id);
  if (s === undefined) throw new Error(`Unbekannter Schritt ${id}`);
  return s;
};

const aus = (d: AntragDaten, id: Exclude<keyof AntragDaten, 'personen' | 'einkommen'>, ohne: string[] = []) =>
  angabenAus(schritt(id), d[id], id, ohne);

type Adresse = {
  strasse: string;
  hausnummer: string;
  adresszusatz?: string | undefined;
  plz: string;
  ort: string;
};

function adresszeile(a: Adresse): string {
  return `${a.strasse} ${a.hausnummer}${a.adresszusatz !== undefined ? `, ${a.adresszusatz}` : ''}, ${a.plz} ${a.ort}`;
}

function adresse(label: string, a: Adresse | undefined, key: string): Angabe[] {
  return a === undefined ? [] : [{ label, wert: adresszeile(a), schritt: key }];
}

const ADRESSFELDER = ['strasse', 'hausnummer', 'adresszusatz', 'plz', 'ort'];

export function abschnittAntragsteller(d: AntragDaten): Abschnitt {
  return {
    id: 'antragsteller',
    titel: 'Antragstellende Person',
    felder: [
      ...aus(d, 'fuer-wen'),
      ...aus(d, 'persoenliche-daten'),
      ...(d.staatsangehoerigkeit !== undefined
        ? [
            {
              label: 'Staatsangehörigkeit',
              wert: staatName(d.staatsangehoerigkeit.staat),
              schritt: 'staatsangehoerigkeit',
            },
          ]
        : []),
      ...aus(d, 'aufenthaltstitel'),
      ...adresse('Anschrift', d.anschrift, 'anschrift'),
      ...aus(d, 'kontakt'),
    ],
  };
}

export function abschnittVertretung(d: AntragDaten): Abschnitt | undefined {
  if (d.vertretung === undefined) return undefined;
  const k = d['vertretung-kontakt'];
  return {
    id: 'vertretung',
    titel: 'Vertretung',
    felder: [
      ...aus(d, 'vertretung'),
      ...(k !== undefined
        ? [{ label: 'Name', wert: `${k.vorname} ${k.familienname}`, schritt: 'vertretung-kontakt' }]
        : []),
      ...adresse('Anschrift', k, 'vertretung-kontakt'),
      ...aus(d, 'vertretung-kontakt', ['vorname', 'familienname', ...ADRESSFELDER]),
    ],
  };
}

export function abschnittHaushalt(d: AntragDaten): Abschnitt {
  return {
    id: 'haushalt',
    titel: 'Personen im Haushalt',
    felder: aus(d, 'haushalt'),
    gruppen: d.personen.map((p, i) => ({
      titel: `Person ${i + 2}: ${p.vorname} ${p.familienname}`,
      felder: angabenAus(haushaltPerson, p, schluessel(haushaltPerson.id, p.id)),
    })),
  };
}

export function abschnittLeistungen(d: AntragDaten): Abschnitt {
  return {
    id: 'leistungen',
    titel: 'Sozialleistungen',
    felder: [
      ...aus(d, 'buergergeld'),
      ...(d.buergergeld?.bezieht === true
        ? [
            {
              label: 'Hinweis',
              wert: 'Bürgergeld im Haushalt: zuständig ist wahrscheinlich das Jobcenter (§ 22 Abs. 8 SGB II)',
            },
          ]
        : []),
      ...aus(d, 'leistungen'),
      ...aus(d, 'offener-antrag'),
    ],
  };
}

export function abschnittWohnung(d: AntragDaten): Abschnitt {
  const zustaendig = d['wohnung-sozialamt'];
  const amt = behoerdenStammdaten.find((b) => b.ags === zustaendig?.ags);
  const gemeinde = zustaendig?.gemeinde;
  return {
    id: 'wohnung',
    titel: 'Wohnung',
    felder: [
      ...aus(d, 'wohnung'),
      ...adresse('Anschrift der Wohnung', d['wohnung-anschrift'], 'wohnung-anschrift'),
      // With a gazetteer the municipality decides the office; without, the citizen chose the Kreis.
      ...(gemeinde !== undefined
        ? [{ label: 'Ort der Wohnung', wert: gemeinde.name, schritt: 'wohnung-sozialamt' }]
        : []),
      ...(amt !== undefined
        ? [
            {
              label: gemeinde !== undefined ? 'Zuständiges Sozialamt' : 'Landkreis oder kreisfreie Stadt',
              wert: amt.name,
              schritt: 'wohnung-sozialamt',
            },
          ]
        : []),
      ...aus(d, 'wohnung-angaben'),
      ...aus(d, 'wohnung-verbleib'),
    ],
  };
}

export function abschnittMiete(d: AntragDaten): Abschnitt {
  return { id: 'miete', titel: 'Monatliche Miete', felder: [...aus(d, 'miete'), ...aus(d, 'miete-zahlung')] };
}

export function abschnittVermieter(d: AntragDaten): Abschnitt {
  return {
    id: 'vermieter',
    titel: 'Vermieter',
    felder: [
      ...aus(d, 'vermieter', ADRESSFELDER),
      ...adresse('Anschrift', d.vermieter, 'vermieter'),
      ...aus(d, 'vermieter-kontakt'),
      ...aus(d, 'vermieter-bank'),
    ],
  };
}

export function abschnittRueckstand(d: AntragDaten): Abschnitt {
  const monate = d['rueckstand-monate']?.monate ?? [];
  const abweichung = d.rueckstand === undefined ? null : rueckstandAbweichung(d.rueckstand.gesamt, monate);
  return {
    id: 'rueckstand',
    titel: 'Mietschulden',
    felder: [
      ...aus(d, 'rueckstand'),
      ...monate.map((m) => ({
        label: formatMonat(m.monat),
        wert: [
          m.soll !== undefined ? `Miete ${formatEuro(m.soll)}` : null,
          m.gezahlt !== undefined ? `gezahlt ${formatEuro(m.gezahlt)}` : null,
          `offen ${formatEuro(m.offen)}`,
        ]
          .filter((x) => x !== null)
          .join(', '),
        schritt: 'rueckstand-monate',
      })),
      ...(abweichung !== null
        ? [
            {
              label: 'Hinweis',
              wert: `Die Beträge je Monat ergeben ${formatEuro(abweichung.summe)}, die Mietschulden insgesamt sind ${formatEuro(abweichung.gesamt)}.`,
              schritt: 'rueckstand-monate',
            },
          ]
        : []),
      ...aus(d, 'fruehere-hilfe'),
    ],
  };
}

export function abschnittEnergie(d: AntragDaten): Abschnitt {
  return {
    id: 'energie',
    titel: 'Energieschulden',
    felder: [...aus(d, 'energie'), ...aus(d, 'energie-angaben')],
  };
}

export function abschnittKuendigung(d: AntragDaten): Abschnitt {
  return {
    id: 'kuendigung',
    titel: 'Kündigung und Räumungsklage',
    felder: [
      ...aus(d, 'mahnung'),
      ...aus(d, 'kuendigung'),
      ...aus(d, 'kuendigung-angaben'),
      ...aus(d, 'raeumungsklage'),
      ...aus(d, 'klage-zustellung'),
      ...aus(d, 'klage-eingang'),
      ...aus(d, 'raeumung-termine'),
      ...aus(d, 'fortsetzung'),
    ],
  };
}

export function abschnittUrsachen(d: AntragDaten): Abschnitt {
  return {
    id: 'ursachen',
    titel: 'Ursachen und Selbsthilfe',
    felder: [...aus(d, 'ursachen'), ...aus(d, 'zukunft'), ...aus(d, 'selbsthilfe')],
  };
}

export function abschnittEinkommen(d: AntragDaten): Abschnitt {
  return {
    id: 'einkommen',
    titel: 'Monatliches Einkommen (netto)',
    felder: [],
    gruppen: d.einkommen.map((e) => ({
      titel:
        e.person === ANTRAGSTELLER
          ? `Antragstellende Person: ${personName(d, e.person)}`
          : personName(d, e.person),
      felder: angabenAus(
        einkommenSchritt,
        e,
        schluessel(einkommenSchritt.id, e.person),
        e.keinEinkommen ? [] : ['keinEinkommen'],
      ),
    })),
  };
}

export function abschnittVermoegen(d: AntragDaten): Abschnitt {
  return {
    id: 'vermoegen',
    titel: 'Vermögen',
    felder: [...aus(d, 'vermoegen'), ...aus(d, 'vermoegen-angaben')],
  };
}

export function abschnittAusgaben(d: AntragDaten): Abschnitt {
  const s = d['schulden-angaben'];
  return {
    id: 'ausgaben',
    titel: 'Ausgaben und weitere Schulden',
    felder: [...aus(d, 'ausgaben'), ...aus(d, 'schulden')],
    gruppen:
      s === undefined
        ? []
        : SCHULD_ZEILEN.filter((n) => s[`glaeubiger${n}`] !== undefined).map((n) => ({
            titel: `Schuld ${n}`,
            felder: [
              { label: 'Gläubiger', wert: s[`glaeubiger${n}`] ?? '', schritt: 'schulden-angaben' },
              { label: 'Höhe', wert: formatEuro(s[`hoehe${n}`] ?? 0), schritt: 'schulden-angaben' },
              ...(s[`rate${n}`] !== undefined
                ? [
                    {
                      label: 'Rate im Monat',
                      wert: formatEuro(s[`rate${n}`] ?? 0),
                      schritt: 'schulden-angaben',
                    },
                  ]
                : []),
            ],
          })),
  };
}

export function abschnittLeistungswunsch(d: AntragDaten): Abschnitt {
  return { id: 'leistungswunsch', titel: 'Beantragte Hilfe', felder: aus(d, 'leistungswunsch') };
}

export function abschnittErklaerungen(d: AntragDaten): Abschnitt | undefined {
  if (d.erklaerungen === undefined) return undefined;
  return { id: 'erklaerungen', titel: 'Erklärungen und Einwilligungen', felder: aus(d, 'erklaerungen') };
}

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
