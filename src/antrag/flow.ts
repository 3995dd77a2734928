import type { erklaerungen } from './schritte/erklaerungen.ts';
import type { Kontext, RohEingabe } from './schritte/felder.ts';
import {
  einkommen,
  ausgaben,
  schulden,
  schuldenAngaben,
  vermoegen,
  vermoegenAngaben,
} from './schritte/finanzen.ts';
import {
  buergergeld,
  erwerbsfaehigkeit,
  haushalt,
  haushaltPerson,
  haushaltUebersicht,
  jobcenterHinweis,
  leistungen,
  offenerAntrag,
} from './schritte/haushalt.ts';
import {
  fortsetzung,
  klageEingang,
  klageZustellung,
  kuendigung,
  kuendigungAngaben,
  mahnung,
  raeumungsklage,
  raeumungTermine,
  schonfrist,
} from './schritte/kuendigung.ts';
import {
  anschrift,
  aufenthaltstitel,
  fuerWen,
  kontakt,
  persoenlicheDaten,
  staatsangehoerigkeit,
  vertretung,
  vertretungKontakt,
} from './schritte/person.ts';
import {
  energie,
  energieAngaben,
  fruehereHilfe,
  rueckstand,
  rueckstandMonate,
} from './schritte/rueckstand.ts';
import {
  kontextSchluessel,
  pruefeSchritt,
  type AbschnittId,
  type Pruefung,
  type Schritt,
} from './schritte/schritt.ts';
import { brauchtAufenthaltstitel } from './schritte/staaten.ts';
import { unterlagen } from './schritte/unterlagen.ts';
import { leistungswunsch, selbsthilfe, ursachen, zukunft } from './schritte/ursachen.ts';
import { vermieter, vermieterBank, vermieterKontakt } from './schritte/vermieter.ts';
import {
  miete,
  mieteZahlung,
  nichtOnline,
  wohnungAngaben,
  wohnungAnschrift,
  wohnungLage,
  wohnungVerbleib,
} from './schritte/wohnung.ts';
import { ausserhalbMv, wohnungSozialamt } from './schritte/sozialamt.ts';

// The flow as code (a2j style, pure): the ordered steps with their conditions, evaluated against a draft's
// raw input. From the evaluation follow the next and previous step, which steps are reachable (all before
// them complete), the state of each task-list section, and the typed application data (only the steps
// that apply: answers of branches no longer taken are left out).

/** Validation context plus which offices take the application online (from the re-use state). */
export type FlowKontext = Kontext & { onlineAemter: readonly string[] };

/** What a draft stores: the raw input per step (instance key) and the order of the household members. */
export type EntwurfInhalt = {
  eingaben: Record<string, RohEingabe>;
  personen: string[];
};

export const leererEntwurf = (): EntwurfInhalt => ({ eingaben: {}, personen: [] });

type DatenVon<S> = S extends Schritt<string, infer T> ? T : never;

export const einzelSchritte = [
  fuerWen,
  vertretung,
  vertretungKontakt,
  persoenlicheDaten,
  staatsangehoerigkeit,
  aufenthaltstitel,
  anschrift,
  kontakt,
  haushalt,
  haushaltUebersicht,
  buergergeld,
  erwerbsfaehigkeit,
  jobcenterHinweis,
  leistungen,
  offenerAntrag,
  wohnungLage,
  wohnungAnschrift,
  wohnungSozialamt,
  ausserhalbMv,
  nichtOnline,
  wohnungAngaben,
  wohnungVerbleib,
  miete,
  mieteZahlung,
  vermieter,
  vermieterKontakt,
  vermieterBank,
  rueckstand,
  rueckstandMonate,
  fruehereHilfe,
  energie,
  energieAngaben,
  mahnung,
  kuendigung,
  kuendigungAngaben,
  raeumungsklage,
  klageZustellung,
  klageEingang,
  schonfrist,
  raeumungTermine,
  fortsetzung,
  ursachen,
  zukunft,
  selbsthilfe,
  vermoegen,
  vermoegenAngaben,
  ausgaben,
  schulden,
  schuldenAngaben,
  leistungswunsch,
  unterlagen,
] as const;

type Einzel = (typeof einzelSchritte)[number];
export type EinzelDaten = { [S in Einzel as S['id']]?: DatenVon<S> };
export type PersonDaten = DatenVon<typeof haushaltPerson> & { id: string };
export type EinkommenDaten = DatenVon<typeof einkommen> & { person: string };

/** The typed application: one entry per answered step, household members and incomes as lists. */
export type AntragDaten = EinzelDaten & {
  personen: PersonDaten[];
  einkommen: EinkommenDaten[];
  /** Section Q, given on the submit page (not a step of the path). */
  erklaerungen?: DatenVon<typeof erklaerungen>;
};

/**
 * Whether the Jobcenter is probably responsible (§ 22 Abs. 8 SGB II): someone in the household gets Bürgergeld,
 * or the applicant or the partner is erwerbsfähig (then SGB II comes first, § 5 Abs. 2 and § 21 SGB XII).
 */
export function jobcenterZustaendig(d: AntragDaten): boolean {
  return (
    d.buergergeld?.bezieht === true ||
    d.erwerbsfaehigkeit?.person === true ||
    d.erwerbsfaehigkeit?.partner === 'ja'
  );
}

/** Instance id of the applicant in repeated per-person steps (income). */
export const ANTRAGSTELLER = 'antragsteller';
/** Instance id of a household member that is being added. */
export const NEU = 'neu';

type Eintrag = {
  schritt: Schritt;
  wenn?: (d: AntragDaten, k: FlowKontext) => boolean;
  instanzen?: (d: AntragDaten, inhalt: EntwurfInhalt) => string[];
  /** A dead end: never complete (the office does not take the application online). */
  sackgasse?: boolean;
};

const klageBekannt = (d: AntragDaten) =>
  d.raeumungsklage?.status === 'zugestellt' || d.raeumungsklage?.status === 'eingereicht';

/** The order of the steps and when they apply. */
export const ablauf: Eintrag[] = [
  { schritt: fuerWen },
  { schritt: vertretung, wenn: (d) => d['fuer-wen']?.antragFuer === 'andere' },
  { schritt: vertretungKontakt, wenn: (d) => d['fuer-wen']?.antragFuer === 'andere' },
  { schritt: persoenlicheDaten },
  { schritt: staatsangehoerigkeit },
  {
    schritt: aufenthaltstitel,
    wenn: (d) =>
      d.staatsangehoerigkeit !== undefined && brauchtAufenthaltstitel(d.staatsangehoerigkeit.staat),
  },
  { schritt: anschrift },
  { schritt: kontakt },
  { schritt: haushalt },
  {
    schritt: haushaltPerson,
    wenn: (d) => d.haushalt?.weiterePersonen === true,
    instanzen: (_d, inhalt) => (inhalt.personen.length > 0 ? inhalt.personen : [NEU]),
  },
  { schritt: haushaltUebersicht, wenn: (d) => d.haushalt?.weiterePersonen === true },
  { schritt: buergergeld },
  { schritt: erwerbsfaehigkeit },
  { schritt: jobcenterHinweis, wenn: jobcenterZustaendig },
  { schritt: leistungen },
  { schritt: offenerAntrag },
  { schritt: wohnungLage },
  { schritt: wohnungAnschrift, wenn: (d) => d.wohnung?.gleicheAnschrift === false },
  // Routing: the flat's postal code was looked up before evaluating (k.zustaendigkeit); a postal code wholly
  // outside M-V skips the choice, a place outside M-V chosen for a shared postal code ends there too.
  { schritt: wohnungSozialamt, wenn: (_d, k) => k.zustaendigkeit?.art !== 'ausserhalb_mv' },
  {
    schritt: ausserhalbMv,
    wenn: (d, k) =>
      k.zustaendigkeit?.art === 'ausserhalb_mv' || d['wohnung-sozialamt']?.ausserhalbMv === true,
    sackgasse: true,
  },
  {
    schritt: nichtOnline,
    wenn: (d, k) => {
      const ags = d['wohnung-sozialamt']?.ags;
      return ags !== undefined && !k.onlineAemter.includes(ags);
    },
    sackgasse: true,
  },
  { schritt: wohnungAngaben },
  { schritt: wohnungVerbleib },
  { schritt: miete },
  { schritt: mieteZahlung },
  { schritt: vermieter },
  { schritt: vermieterKontakt },
  { schritt: vermieterBank },
  { schritt: rueckstand },
  { schritt: rueckstandMonate },
  { schritt: fruehereHilfe },
  { schritt: energie },
  { schritt: energieAngaben, wenn: (d) => d.energie?.vorhanden === true },
  { schritt: mahnung },
  { schritt: kuendigung },
  { schritt: kuendigungAngaben, wenn: (d) => d.kuendigung?.status === 'erhalten' },
  { schritt: raeumungsklage },
  { schritt: klageZustellung, wenn: (d) => d.raeumungsklage?.status === 'zugestellt' },
  { schritt: klageEingang, wenn: (d) => d.raeumungsklage?.status === 'eingereicht' },
  { schritt: schonfrist, wenn: klageBekannt },
  { schritt: raeumungTermine, wenn: klageBekannt },
  { schritt: fortsetzung },
  { schritt: ursachen },
  { schritt: zukunft },
  { schritt: selbsthilfe },
  {
    schritt: einkommen,
    instanzen: (d) => [ANTRAGSTELLER, ...d.personen.filter((p) => p.hatEinkommen).map((p) => p.id)],
  },
  { schritt: vermoegen },
  { schritt: vermoegenAngaben, wenn: (d) => d.vermoegen?.vorhanden === true },
  { schritt: ausgaben },
  { schritt: schulden },
  { schritt: schuldenAngaben, wenn: (d) => d.schulden?.vorhanden === true },
  { schritt: leistungswunsch },
  { schritt: unterlagen },
];

export const alleSchritte: Schritt[] = ablauf.map((e) => e.schritt);

export function schrittMitId(id: string): Schritt | undefined {
  return alleSchritte.find((s) => s.id === id);
}

export const schluessel = (schrittId: string, instanz?: string): string =>
  instanz === undefined ? schrittId : `${schrittId}/${instanz}`;

export type Station = {
  schluessel: string;
  schritt: Schritt;
  instanz?: string;
  /** The step has stored input. */
  begonnen: boolean;
  /** The stored input is valid. */
  fertig: boolean;
  /** All steps before it are complete. */
  erreichbar: boolean;
};

export type Auswertung = {
  pfad: Station[];
  daten: AntragDaten;
  /** Every step on the path is complete: the application can be checked and submitted. */
  vollstaendig: boolean;
};

// A request evaluates its draft several times (to find the routing, then the office, then with both; again
// after saving). The raw input of a step is replaced, never changed in place, so its validation is remembered
// per raw-input object and context: weakly, so it lives no longer than the draft loaded for the request.
const gepruefte = new WeakMap<RohEingabe, Map<string, Pruefung<unknown>>>();

function pruefeGemerkt(schritt: Schritt, roh: RohEingabe, k: FlowKontext, kSchluessel: string) {
  let jeSchritt = gepruefte.get(roh);
  if (jeSchritt === undefined) {
    jeSchritt = new Map();
    gepruefte.set(roh, jeSchritt);
  }
  const schluessel = `${schritt.id}|${kSchluessel}`;
  let pruefung = jeSchritt.get(schluessel);
  if (pruefung === undefined) {
    pruefung = pruefeSchritt(schritt, roh, k);
    jeSchritt.set(schluessel, pruefung);
  }
  return pruefung;
}

/**
 * Evaluates a draft: the path of applicable steps in order, their state, and the typed data. With `bis`, only
 * up to and including that step (the data of earlier steps never depends on later ones); `vollstaendig` then
 * speaks only of that part.
 */
export function auswerten(inhalt: EntwurfInhalt, k: FlowKontext, bis?: string): Auswertung {
  const daten: AntragDaten = { personen: [], einkommen: [] };
  const pfad: Station[] = [];
  const kSchluessel = kontextSchluessel(k);
  let offen = false;
  let amEnde = false;
  for (const eintrag of ablauf) {
    if (amEnde) break;
    amEnde = eintrag.schritt.id === bis;
    if (eintrag.wenn !== undefined && !eintrag.wenn(daten, k)) continue;
    const instanzen: (string | undefined)[] = eintrag.instanzen?.(daten, inhalt) ?? [undefined];
    for (const instanz of instanzen) {
      const key = schluessel(eintrag.schritt.id, instanz);
      const roh = inhalt.eingaben[key];
      let fertig = false;
      if (roh !== undefined && eintrag.sackgasse !== true) {
        const pruefung = pruefeGemerkt(eintrag.schritt, roh, k, kSchluessel);
        if (pruefung.ok) {
          fertig = true;
          uebernehmen(daten, eintrag.schritt.id, instanz, pruefung.daten);
        }
      }
      pfad.push({
        schluessel: key,
        schritt: eintrag.schritt,
        ...(instanz !== undefined ? { instanz } : {}),
        begonnen: roh !== undefined,
        fertig,
        erreichbar: !offen,
      });
      if (!fertig) offen = true;
    }
  }
  return { pfad, daten, vollstaendig: !offen };
}

function uebernehmen(daten: AntragDaten, id: string, instanz: string | undefined, wert: unknown) {
  if (id === haushaltPerson.id && instanz !== undefined) {
    daten.personen.push({ ...(wert as DatenVon<typeof haushaltPerson>), id: instanz });
  } else if (id === einkommen.id && instanz !== undefined) {
    daten.einkommen.push({ ...(wert as DatenVon<typeof einkommen>), person: instanz });
  } else if (id === rueckstandMonate.id) {
    // Only the months of the period given on the previous step count.
    const r = daten.rueckstand;
    const monate = (wert as DatenVon<typeof rueckstandMonate>).monate.filter(
      (m) => r !== undefined && m.monat >= r.von && m.monat <= r.bis,
    );
    daten['rueckstand-monate'] = { monate };
  } else {
    (daten as Record<string, unknown>)[id] = wert;
  }
}

/** The postal code of the flat: of the applicant's address, or of the flat's own address. */
export function wohnungsPlz(d: AntragDaten): string | undefined {
  const gleich = d.wohnung?.gleicheAnschrift;
  if (gleich === undefined) return undefined;
  return gleich ? d.anschrift?.plz : d['wohnung-anschrift']?.plz;
}

/** Where "Weiter" leads after a step: the next step on the path, or the check page at the end. */
export function naechster(a: Auswertung, key: string): string {
  if (key.startsWith(`${haushaltPerson.id}/`)) return haushaltUebersicht.id;
  const i = a.pfad.findIndex((s) => s.schluessel === key);
  if (i === -1) return ersterOffener(a) ?? PRUEFEN;
  return a.pfad[i + 1]?.schluessel ?? PRUEFEN;
}

/** Where "Zurück" leads: the previous step on the path, or null for the first step (→ task list). */
export function vorheriger(a: Auswertung, key: string): string | null {
  if (
    key === schluessel(haushaltPerson.id, NEU) &&
    a.pfad.some((s) => s.schritt.id === haushaltUebersicht.id)
  ) {
    const hatPersonen = a.pfad.some((s) => s.schritt.id === haushaltPerson.id && s.instanz !== NEU);
    if (hatPersonen) return haushaltUebersicht.id;
  }
  const i = a.pfad.findIndex((s) => s.schluessel === key);
  if (i <= 0) return null;
  return a.pfad[i - 1]?.schluessel ?? null;
}

/** The first step that is not complete: where "continue" resumes. */
export function ersterOffener(a: Auswertung): string | undefined {
  return a.pfad.find((s) => !s.fertig)?.schluessel;
}

/** Whether a step instance may be shown: it is on the path and everything before it is complete. */
export function istErreichbar(a: Auswertung, key: string): boolean {
  if (key === schluessel(haushaltPerson.id, NEU)) {
    // "Add another person" from the list of household members.
    return a.pfad.some(
      (s) => (s.schritt.id === haushaltUebersicht.id || s.schluessel === key) && s.erreichbar,
    );
  }
  return a.pfad.some((s) => s.schluessel === key && s.erreichbar);
}

export const PRUEFEN = 'pruefen';

export type AbschnittStatus = 'fertig' | 'in-bearbeitung' | 'nicht-begonnen' | 'gesperrt';

export const ABSCHNITTE: { id: AbschnittId; titel: string }[] = [
  { id: 'person', titel: 'Angaben zur Person' },
  { id: 'haushalt', titel: 'Personen im Haushalt' },
  { id: 'leistungen', titel: 'Sozialleistungen' },
  { id: 'wohnung', titel: 'Wohnung und Miete' },
  { id: 'vermieter', titel: 'Vermieter' },
  { id: 'rueckstand', titel: 'Mietschulden' },
  { id: 'energie', titel: 'Energieschulden' },
  { id: 'kuendigung', titel: 'Kündigung und Räumungsklage' },
  { id: 'ursachen', titel: 'Ursachen und Selbsthilfe' },
  { id: 'einkommen', titel: 'Einkommen' },
  { id: 'vermoegen', titel: 'Vermögen' },
  { id: 'ausgaben', titel: 'Ausgaben und weitere Schulden' },
  { id: 'leistungswunsch', titel: 'Beantragte Hilfe' },
  { id: 'unterlagen', titel: 'Unterlagen' },
];

export type AbschnittZustand = { id: AbschnittId; titel: string; status: AbschnittStatus; ziel: string };

/** The state of each task-list section and the step its link leads to. */
export function abschnittZustaende(a: Auswertung): AbschnittZustand[] {
  return ABSCHNITTE.map(({ id, titel }) => {
    const stationen = a.pfad.filter(
      (s) =>
        s.schritt.id !== nichtOnline.id && s.schritt.id !== ausserhalbMv.id && s.schritt.abschnitt === id,
    );
    const erste = stationen[0];
    const offen = stationen.find((s) => !s.fertig);
    if (erste === undefined || !erste.erreichbar) {
      return { id, titel, status: 'gesperrt', ziel: erste?.schluessel ?? '' };
    }
    if (offen === undefined) return { id, titel, status: 'fertig', ziel: erste.schluessel };
    const begonnen = stationen.some((s) => s.begonnen);
    return {
      id,
      titel,
      status: begonnen ? 'in-bearbeitung' : 'nicht-begonnen',
      ziel: offen.erreichbar ? offen.schluessel : erste.schluessel,
    };
  });
}

/** The name of a person for headings: the applicant, or a household member by first name. */
export function personName(d: AntragDaten, instanz: string): string {
  if (instanz === ANTRAGSTELLER) {
    const p = d['persoenliche-daten'];
    return p === undefined ? 'Antragstellende Person' : `${p.vorname} ${p.familienname}`;
  }
  const person = d.personen.find((p) => p.id === instanz);
  return person === undefined ? 'Neue Person' : `${person.vorname} ${person.familienname}`;
}
