import type { Behoerde } from '../katalog/index.ts';
import type { NachnutzungZustand } from '../nachnutzung/index.ts';
import { LAND_MV } from './gemeindeverzeichnis.ts';

// The rules of routing and availability, pure: the database part (ermittlung.ts) only loads their inputs.

/** One row of the gazetteer, as the rules need it. */
export type VerzeichnisEintrag = {
  plz: string;
  ags: string;
  name: string;
  kreis_name: string | null;
  land: string;
};

/** A municipality in M-V the citizen can pick, with the office responsible for it. */
export type GemeindeWahl = { ags: string; name: string; behoerdeAgs: string; behoerdeName: string };

/** A municipality outside M-V that shares the postal code. `kreis` is the Landkreis or kreisfreie Stadt. */
export type OrtAusserhalb = { ags: string; name: string; kreis: string; land: string };

export type Zustaendigkeit =
  | {
      art: 'eindeutig';
      plz: string;
      gemeinde: { ags: string; name: string };
      /** AGS of the Kreis or kreisfreie Stadt = `behoerde.ags`. */
      behoerdeAgs: string;
    }
  | {
      art: 'mehrdeutig';
      plz: string;
      /** The M-V municipalities of this postal code, sorted by name. */
      gemeinden: GemeindeWahl[];
      /** Municipalities outside M-V with the same postal code (Brandenburg, Niedersachsen …). */
      ausserhalb: OrtAusserhalb[];
      /** A `gemeindeAgs` was given that is not one of this postal code's municipalities. */
      auswahlUngueltig: boolean;
    }
  | {
      art: 'ausserhalb_mv';
      plz: string;
      /** Set when all matching municipalities lie in one Land. */
      land?: string;
      /** Set when all matching municipalities lie in one Kreis or kreisfreie Stadt. */
      kreis?: string;
      orte: OrtAusserhalb[];
    }
  | { art: 'unbekannt'; plz: string }
  | { art: 'ohne_verzeichnis' };

export type ZustaendigkeitEingabe = { plz: string; gemeindeAgs?: string | undefined };

/** "18 059", " 18059 " → "18059"; anything that is not five digits → null. */
export function normalisierePlz(eingabe: string): string | null {
  const plz = eingabe.replace(/\s+/g, '');
  return /^[0-9]{5}$/.test(plz) ? plz : null;
}

/** The Kreis (Landkreis or kreisfreie Stadt) of a municipality: the first five digits of its AGS. */
export function kreisAgs(gemeindeAgs: string): string {
  return gemeindeAgs.slice(0, 5);
}

/**
 * The postal code ranges that reach into M-V: the Leitregionen 17, 18 and 19 and, of Leitregion 23, 239xx
 * (Grevesmühlen, Wismar …). A code outside them cannot lie in M-V, so it is outside even when the gazetteer
 * does not know it (e.g. only the M-V file is imported). Checked against daten/gemeinden: every M-V code lies
 * in these ranges.
 */
export const MV_PLZ_BEREICHE: readonly (readonly [string, string])[] = [
  ['17000', '19999'],
  ['23900', '23999'],
];

/** Whether a (normalised) postal code lies in one of the ranges that reach into M-V. */
export function plzKannInMvLiegen(plz: string): boolean {
  return MV_PLZ_BEREICHE.some(([von, bis]) => plz >= von && plz <= bis);
}

const nachName = <T extends { name: string; ags: string }>(a: T, b: T) =>
  a.name.localeCompare(b.name, 'de') || a.ags.localeCompare(b.ags);

export function bestimmeZustaendigkeit(
  eingabe: ZustaendigkeitEingabe,
  daten: {
    verzeichnisVorhanden: boolean;
    /** The gazetteer rows of this postal code. */
    eintraege: VerzeichnisEintrag[];
    /** The offices (Sozialämter) this installation knows. */
    behoerden: Pick<Behoerde, 'ags' | 'name'>[];
  },
): Zustaendigkeit {
  const plz = normalisierePlz(eingabe.plz);
  // Without a gazetteer the Kreis is chosen from a list; a postal code that cannot lie in M-V (Hamburg's 22089)
  // must not get that list, or the application would go to an office that is not responsible.
  if (!daten.verzeichnisVorhanden) {
    return plz !== null && !plzKannInMvLiegen(plz) ? ausserhalbMv(plz, []) : { art: 'ohne_verzeichnis' };
  }
  if (plz === null) return { art: 'unbekannt', plz: eingabe.plz };

  const behoerdenName = new Map(daten.behoerden.map((b) => [b.ags, b.name]));
  const gemeinden: GemeindeWahl[] = [];
  const ausserhalb: OrtAusserhalb[] = [];
  for (const e of daten.eintraege.filter((x) => x.plz === plz)) {
    if (e.ags.startsWith(LAND_MV)) {
      const behoerdeName = behoerdenName.get(kreisAgs(e.ags));
      // An M-V key without an office (e.g. the pseudo-municipality of the coastal waters) routes nowhere.
      if (behoerdeName !== undefined) {
        gemeinden.push({ ags: e.ags, name: e.name, behoerdeAgs: kreisAgs(e.ags), behoerdeName });
      }
    } else {
      ausserhalb.push({ ags: e.ags, name: e.name, kreis: e.kreis_name ?? e.name, land: e.land });
    }
  }
  gemeinden.sort(nachName);
  ausserhalb.sort(nachName);

  if (gemeinden.length === 0 && ausserhalb.length === 0) {
    // Not in the gazetteer: outside M-V's postal ranges it is outside M-V; inside them, the citizen picks.
    return plzKannInMvLiegen(plz) ? { art: 'unbekannt', plz } : ausserhalbMv(plz, []);
  }
  if (gemeinden.length === 0) return ausserhalbMv(plz, ausserhalb);

  const gewaehlt = eingabe.gemeindeAgs;
  if (gewaehlt !== undefined && gewaehlt !== '') {
    const inMv = gemeinden.find((g) => g.ags === gewaehlt);
    if (inMv !== undefined) return eindeutig(plz, inMv);
    const draussen = ausserhalb.find((o) => o.ags === gewaehlt);
    if (draussen !== undefined) return ausserhalbMv(plz, [draussen]);
  }
  const einzige = gemeinden[0];
  if (gemeinden.length === 1 && ausserhalb.length === 0 && einzige !== undefined) {
    return eindeutig(plz, einzige);
  }
  return {
    art: 'mehrdeutig',
    plz,
    gemeinden,
    ausserhalb,
    auswahlUngueltig: gewaehlt !== undefined && gewaehlt !== '',
  };
}

function eindeutig(plz: string, g: GemeindeWahl): Zustaendigkeit {
  return { art: 'eindeutig', plz, gemeinde: { ags: g.ags, name: g.name }, behoerdeAgs: g.behoerdeAgs };
}

function ausserhalbMv(plz: string, orte: OrtAusserhalb[]): Zustaendigkeit {
  const laender = new Set(orte.map((o) => o.land));
  const kreise = new Set(orte.map((o) => `${o.land}|${o.kreis}`));
  const erster = orte[0];
  return {
    art: 'ausserhalb_mv',
    plz,
    ...(laender.size === 1 && erster !== undefined ? { land: erster.land } : {}),
    ...(kreise.size === 1 && erster !== undefined ? { kreis: erster.kreis } : {}),
    orte,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Availability of the online service at an office, from its re-use state.

/** How to reach the office: from `behoerde`. */
export type Kontakt = {
  ags: string;
  name: string;
  amt: string;
  strasse: string;
  plz: string;
  ort: string;
  telefon: string | null;
  email: string | null;
  webseite: string | null;
  sprechzeiten: string | null;
};

export type Verfuegbarkeit =
  | {
      art: 'online';
      kontakt: Kontakt;
      /** Set while a permanent deregistration is announced: the first day the service is no longer online. */
      endetAm?: string;
    }
  | { art: 'voruebergehend_nicht_verfuegbar'; hinweis: string | null; kontakt: Kontakt }
  | {
      art: 'schriftlich';
      /** Not yet connected, or deregistered for good (the wording differs: "noch nicht" / "nicht mehr"). */
      grund: 'nicht_angebunden' | 'abgemeldet';
      kontakt: Kontakt;
    };

export type NachnutzungStand = {
  zustand: NachnutzungZustand;
  hinweis_text: string | null;
  wirksam_zum: string | null;
  /** A temporary deregistration: first day off (planned or begun) and first day back (null: open). */
  voruebergehend_ab?: string | null;
  voruebergehend_bis?: string | null;
};

export function kontaktVon(b: Behoerde): Kontakt {
  return {
    ags: b.ags,
    name: b.name,
    amt: b.amt,
    strasse: b.strasse,
    plz: b.plz,
    ort: b.ort,
    telefon: b.telefon,
    email: b.email,
    webseite: b.webseite,
    sprechzeiten: b.sprechzeiten,
  };
}

/**
 * produktiv → online; kuendigung_angekuendigt → online until the day before `wirksam_zum` (from that day on the
 * office takes no new applications); voruebergehend_abgemeldet → the office's notice and the written way;
 * every other state, and no record at all → the written way. `heute` is an ISO date (YYYY-MM-DD).
 * The dates are compared here, not only by nachnutzung's scheduled job, so that the citizen sees the right
 * answer from the first minute of a day even before the job has switched the state (same rule as
 * nachnutzung/onlineVerfuegbarkeit for the staff pages).
 */
export function bewerteVerfuegbarkeit(
  stand: NachnutzungStand | undefined,
  behoerde: Behoerde,
  heute: string,
): Verfuegbarkeit {
  const kontakt = kontaktVon(behoerde);
  const ab = stand?.voruebergehend_ab ?? null;
  const bis = stand?.voruebergehend_bis ?? null;
  const pausiert = {
    art: 'voruebergehend_nicht_verfuegbar' as const,
    hinweis: stand?.hinweis_text ?? null,
    kontakt,
  };
  switch (stand?.zustand) {
    case 'produktiv':
      // A planned temporary deregistration whose first day has come.
      return ab !== null && ab <= heute && (bis === null || bis > heute)
        ? pausiert
        : { art: 'online', kontakt };
    case 'kuendigung_angekuendigt':
      if (stand.wirksam_zum === null) return { art: 'online', kontakt };
      return heute < stand.wirksam_zum
        ? { art: 'online', kontakt, endetAm: stand.wirksam_zum }
        : { art: 'schriftlich', grund: 'abgemeldet', kontakt };
    case 'voruebergehend_abgemeldet':
      // The announced end has come.
      return bis !== null && bis <= heute ? { art: 'online', kontakt } : pausiert;
    case 'abgemeldet':
      return { art: 'schriftlich', grund: 'abgemeldet', kontakt };
    default:
      return { art: 'schriftlich', grund: 'nicht_angebunden', kontakt };
  }
}

// ---------------------------------------------------------------------------------------------------------
// SGB II: who receives Bürgergeld applies at the Jobcenter (§ 22 Abs. 8 SGB II); submission is never blocked,
// the office passes a misdirected application on (§ 16 Abs. 2 SGB I).

export const JOBCENTER_HINWEIS =
  'Sie bekommen Bürgergeld. Dann ist für die Übernahme von Mietschulden das Jobcenter zuständig (§ 22 Abs. 8 SGB II). ' +
  'Am schnellsten geht es, wenn Sie sich direkt an Ihr Jobcenter wenden. ' +
  'Sie können den Antrag aber auch hier stellen: Das Sozialamt leitet ihn dann an das Jobcenter weiter (§ 16 Abs. 2 SGB I). ' +
  'Als Tag Ihres Antrags zählt dann der Tag, an dem er hier eingeht.';

export function jobcenterHinweis(beziehtBuergergeld: boolean): string | null {
  return beziehtBuergergeld ? JOBCENTER_HINWEIS : null;
}
