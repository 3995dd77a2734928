import type { GemeindeverzeichnisFormat } from './zustaendigkeit-tables.ts';

// The two file formats of the PLZ/municipality gazetteer and the check of one line. Pure: no I/O.

/** Länderschlüssel (first two digits of the AGS) → Land. */
export const laender: Readonly<Record<string, string>> = {
  '01': 'Schleswig-Holstein',
  '02': 'Hamburg',
  '03': 'Niedersachsen',
  '04': 'Bremen',
  '05': 'Nordrhein-Westfalen',
  '06': 'Hessen',
  '07': 'Rheinland-Pfalz',
  '08': 'Baden-Württemberg',
  '09': 'Bayern',
  '10': 'Saarland',
  '11': 'Berlin',
  '12': 'Brandenburg',
  '13': 'Mecklenburg-Vorpommern',
  '14': 'Sachsen',
  '15': 'Sachsen-Anhalt',
  '16': 'Thüringen',
};

export const LAND_MV = '13';

type Formatbeschreibung = {
  spalten: readonly string[];
  pflicht: readonly string[];
  name: string;
};

export const formate: Readonly<Record<GemeindeverzeichnisFormat, Formatbeschreibung>> = {
  // suche-postleitzahl.org "zuordnung_plz_ort.csv": all of Germany, one row per (municipality, postal code).
  // `landkreis` is empty for kreisfreie Städte.
  plz_ort_de: {
    spalten: ['osm_id', 'ags', 'ort', 'plz', 'landkreis', 'bundesland'],
    pflicht: ['ags', 'ort', 'plz', 'bundesland'],
    name: 'PLZ-Zuordnung Deutschland (osm_id,ags,ort,plz,landkreis,bundesland)',
  },
  // The Mecklenburg-Vorpommern subset with the Kreis code and name.
  mv_plz_gemeinde: {
    spalten: ['plz', 'ags', 'ort', 'kreis_ags', 'kreis_name', 'osm_id'],
    pflicht: ['plz', 'ags', 'ort', 'kreis_ags'],
    name: 'PLZ-Zuordnung Mecklenburg-Vorpommern (plz,ags,ort,kreis_ags,kreis_name,osm_id)',
  },
};

export type Kopf = {
  format: GemeindeverzeichnisFormat;
  /** Number of columns every data line must have. */
  spaltenzahl: number;
  index: Readonly<Record<string, number>>;
};

/** Recognises the format from the header line (column names in any order; extra columns are ignored). */
export function erkenneKopf(felder: string[]): Kopf | { fehler: string } {
  const namen = felder.map((f) => f.trim().toLowerCase());
  const index: Record<string, number> = {};
  namen.forEach((n, i) => {
    if (n !== '' && !(n in index)) index[n] = i;
  });
  for (const [format, beschreibung] of Object.entries(formate) as [
    GemeindeverzeichnisFormat,
    Formatbeschreibung,
  ][]) {
    if (beschreibung.spalten.every((s) => s in index)) {
      return { format, spaltenzahl: namen.length, index };
    }
  }
  return {
    fehler: `Unbekanntes Dateiformat. Die Kopfzeile lautet „${felder.join(',')}“; erwartet wird eine der Kopfzeilen ${Object.values(
      formate,
    )
      .map((f) => `„${f.spalten.join(',')}“`)
      .join(' oder ')}.`,
  };
}

export type Eintrag = {
  plz: string;
  ags: string;
  name: string;
  kreisName: string | null;
  land: string;
  osmId: string | null;
};

export type Zeilenergebnis = { ok: true; eintrag: Eintrag } | { ok: false; grund: string };

const STEUERZEICHEN = /[\u0000-\u001f\u007f]/;

/** Checks one data line against the recognised header. */
export function pruefeZeile(felder: string[], kopf: Kopf): Zeilenergebnis {
  if (felder.length !== kopf.spaltenzahl) {
    return { ok: false, grund: `falsche Spaltenzahl (${felder.length} statt ${kopf.spaltenzahl})` };
  }
  const wert = (spalte: string): string => {
    const i = kopf.index[spalte];
    return i === undefined ? '' : (felder[i] ?? '').trim();
  };
  const fehlend = formate[kopf.format].pflicht.filter((s) => wert(s) === '');
  if (fehlend.length > 0) {
    return {
      ok: false,
      grund: `${fehlend.length === 1 ? 'Pflichtfeld fehlt' : 'Pflichtfelder fehlen'}: ${fehlend.join(', ')}`,
    };
  }
  const ersetzt = felder.find((f) => f.includes('\uFFFD'));
  if (ersetzt !== undefined) {
    return { ok: false, grund: 'ungültige Zeichen (die Datei muss in UTF-8 kodiert sein)' };
  }

  const plz = wert('plz');
  if (!/^[0-9]{5}$/.test(plz) || plz.startsWith('00')) {
    return { ok: false, grund: `ungültige PLZ „${plz}“ (erwartet: 5 Ziffern, 01001 bis 99998)` };
  }
  const ags = wert('ags');
  if (!/^[0-9]{8}$/.test(ags)) {
    return { ok: false, grund: `ungültiger AGS „${ags}“ (erwartet: 8 Ziffern)` };
  }
  const land = laender[ags.slice(0, 2)];
  if (land === undefined) {
    return { ok: false, grund: `ungültiger AGS „${ags}“ (unbekannter Länderschlüssel ${ags.slice(0, 2)})` };
  }

  let kreisName: string | null;
  if (kopf.format === 'plz_ort_de') {
    const bundesland = wert('bundesland');
    if (bundesland !== land) {
      return { ok: false, grund: `Bundesland „${bundesland}“ passt nicht zum AGS ${ags} (${land})` };
    }
    kreisName = wert('landkreis') || null;
  } else {
    const kreisAgs = wert('kreis_ags');
    if (kreisAgs !== ags.slice(0, 5)) {
      return { ok: false, grund: `Kreisschlüssel „${kreisAgs}“ passt nicht zum AGS ${ags}` };
    }
    kreisName = wert('kreis_name') || null;
  }

  const name = wert('ort');
  if (
    name.length > 150 ||
    STEUERZEICHEN.test(name) ||
    (kreisName !== null && STEUERZEICHEN.test(kreisName))
  ) {
    return { ok: false, grund: 'ungültiger Ortsname (Steuerzeichen oder länger als 150 Zeichen)' };
  }
  const osmId = wert('osm_id') || null;
  if (osmId !== null && !/^[0-9]{1,19}$/.test(osmId)) {
    return { ok: false, grund: `ungültige OSM-ID „${osmId}“ (erwartet: Ziffern)` };
  }
  return { ok: true, eintrag: { plz, ags, name, kreisName, land, osmId } };
}
