import type { BuergerIdentitaet } from '../bundid/index.ts';
import type { AntragDaten } from './flow.ts';
import type { BundIdAttribut, RohEingabe, RohWert } from './schritte/felder.ts';
import type { Schritt } from './schritte/schritt.ts';
import { staatAusBundId } from './schritte/staaten.ts';
import { formatBetrag } from '../shared/index.ts';
import { datumTeile } from './schritte/werte.ts';

// Pre-filling from the BundID identity and from earlier answers. With a login of level "substantiell" or
// "hoch" the eID data are verified: shown read-only, and the server always uses the identity's values, whatever
// is posted. With a "basis" login (self-asserted data) they are only suggestions the citizen can change.

/** Steps whose BundID fields describe the signed-in person: the applicant when filing for oneself. */
export const ANTRAGSTELLER_SCHRITTE: ReadonlySet<string> = new Set([
  'persoenliche-daten',
  'staatsangehoerigkeit',
  'anschrift',
  'kontakt',
]);

export function bundIdWerte(i: BuergerIdentitaet): Partial<Record<BundIdAttribut, string>> {
  const werte: Partial<Record<BundIdAttribut, string | undefined>> = {
    vorname: i.vorname,
    familienname: i.familienname,
    geburtsname: i.geburtsname,
    geburtsdatum: i.geburtsdatum,
    geburtsort: i.geburtsort,
    strasse: i.anschrift?.strasse,
    hausnummer: i.anschrift?.hausnummer,
    plz: i.anschrift?.plz,
    ort: i.anschrift?.ort,
    staatsangehoerigkeit: staatAusBundId(i.staatsangehoerigkeit),
    email: i.email,
  };
  return Object.fromEntries(
    Object.entries(werte).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '',
    ),
  );
}

/** Every step with answers that can come from the BundID identity. */
export const BUNDID_SCHRITTE: ReadonlySet<string> = new Set([
  ...ANTRAGSTELLER_SCHRITTE,
  'vertretung-kontakt',
]);

/** The steps whose BundID fields were pre-filled for this application (as `vorbelegung` decides). */
export function bundIdSchritteFuer(daten: AntragDaten): string[] {
  const fuerSelbst = daten['fuer-wen']?.antragFuer === 'selbst';
  return [...BUNDID_SCHRITTE].filter((id) => id === 'vertretung-kontakt' || fuerSelbst);
}

export type Vorbelegung = {
  /** Field name → the verified value (read-only, enforced on the server). */
  verifiziert: Record<string, string>;
  /** Suggested raw input, used when the step has no stored input yet. */
  vorschlag: RohEingabe;
};

function alsRoh(attribut: BundIdAttribut, wert: string): RohWert {
  return attribut === 'geburtsdatum' ? datumTeile(wert) : wert;
}

export function vorbelegung(
  schritt: Schritt,
  daten: AntragDaten,
  identitaet: BuergerIdentitaet,
): Vorbelegung {
  const verifiziert: Record<string, string> = {};
  const vorschlag: RohEingabe = {};
  const fuerSelbst = daten['fuer-wen']?.antragFuer === 'selbst';
  const betrifftAngemeldete =
    schritt.id === 'vertretung-kontakt' || (fuerSelbst && ANTRAGSTELLER_SCHRITTE.has(schritt.id));
  if (betrifftAngemeldete) {
    const werte = bundIdWerte(identitaet);
    const geprueft = identitaet.vertrauensniveau !== 'basis';
    for (const [name, feld] of Object.entries(schritt.felder)) {
      if (feld.bundid === undefined) continue;
      const wert = werte[feld.bundid];
      if (wert === undefined) continue;
      if (geprueft) verifiziert[name] = wert;
      else vorschlag[name] = alsRoh(feld.bundid, wert);
    }
  }
  if (schritt.id === 'wohnung-angaben') vorschlag.personen = String(1 + daten.personen.length);
  if (schritt.id === 'leistungswunsch' && daten.rueckstand !== undefined) {
    const eigen = daten.selbsthilfe?.eigenerBetrag ?? 0;
    const energie = daten['energie-angaben']?.betrag ?? 0;
    vorschlag.betrag = formatBetrag(Math.max(0, daten.rueckstand.gesamt + energie - eigen));
  }
  return { verifiziert, vorschlag };
}

/** The raw input with the verified values enforced. */
export function mitVerifizierten(schritt: Schritt, roh: RohEingabe, v: Vorbelegung): RohEingabe {
  const ergebnis = { ...roh };
  for (const [name, wert] of Object.entries(v.verifiziert)) {
    const feld = schritt.felder[name];
    if (feld?.bundid !== undefined) ergebnis[name] = alsRoh(feld.bundid, wert);
  }
  return ergebnis;
}
