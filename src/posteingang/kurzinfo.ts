import { type Eingang, ANTRAGSTELLER, personName } from '../antrag/index.ts';
import type { Termine } from './reihenfolge.ts';

// What the inbox list needs of an application, taken once from the (encrypted) application when the inbox
// takes it in, and stored encrypted with the case: names for display and search, the court and eviction dates
// for the order, the documents that were missing at submission. Pure.

export type Kurzinfo = {
  version: 1;
  /** "Erika Mustermann" */
  name: string;
  /** Every name the search should find the case by: applicant (also birth name), household, representative. */
  namen: string[];
  geburtsdatum?: string | undefined;
  termine: Termine;
  /** Titles of the required documents that were missing at submission. */
  fehlend: string[];
};

export function kurzinfoAus(e: Eingang): Kurzinfo {
  const d = e.daten;
  const p = d['persoenliche-daten'];
  const v = d['vertretung-kontakt'];
  const t = d['raeumung-termine'];
  const namen = [
    personName(d, ANTRAGSTELLER),
    ...(p?.geburtsname !== undefined ? [p.geburtsname] : []),
    ...d.personen.map((x) => `${x.vorname} ${x.familienname}`),
    ...(v !== undefined ? [`${v.vorname} ${v.familienname}`] : []),
  ].filter((n) => n.trim() !== '');
  return {
    version: 1,
    name: e.antragsteller,
    namen,
    geburtsdatum: p?.geburtsdatum,
    termine: {
      verhandlung: t?.verhandlung,
      raeumungstermin: t?.raeumungstermin,
      raeumungsfrist: t?.raeumungsfrist,
    },
    fehlend: e.fehlendeNachweise.map((f) => f.bezeichnung),
  };
}

/**
 * The e-mail address for notices: only when the citizen gave one in the application AND chose e-mail as the
 * way to be contacted. There is no separate consent question in the wizard; the choice "Per E-Mail" is taken
 * as the consent (see ADR 0010). Undefined otherwise.
 */
export function mitteilungsAdresse(e: Eingang): string | undefined {
  const k = e.daten.kontakt;
  if (k === undefined || k.kontaktweg !== 'email') return undefined;
  const adresse = k.email?.trim();
  return adresse === undefined || adresse === '' ? undefined : adresse;
}
