import { expect, test } from 'vitest';
import { erkenneKopf, pruefeZeile, type Kopf } from './gemeindeverzeichnis.ts';

function kopf(zeile: string): Kopf {
  const k = erkenneKopf(zeile.split(','));
  if ('fehler' in k) throw new Error(k.fehler);
  return k;
}

const de = kopf('osm_id,ags,ort,plz,landkreis,bundesland');
const mv = kopf('plz,ags,ort,kreis_ags,kreis_name,osm_id');

test('both header formats are recognised by their column names, in any order and case', () => {
  expect(de.format).toBe('plz_ort_de');
  expect(mv.format).toBe('mv_plz_gemeinde');
  const umgestellt = kopf(' PLZ ,Ort,AGS,bundesland,landkreis,osm_id,extra');
  expect(umgestellt).toMatchObject({ format: 'plz_ort_de', spaltenzahl: 7 });
  expect(
    pruefeZeile(['19053', 'Schwerin', '13004000', 'Mecklenburg-Vorpommern', '', '62685', 'x'], umgestellt),
  ).toEqual({
    ok: true,
    eintrag: {
      plz: '19053',
      ags: '13004000',
      name: 'Schwerin',
      kreisName: null,
      land: 'Mecklenburg-Vorpommern',
      osmId: '62685',
    },
  });
});

test('an unknown header is refused with the expected headers in the message', () => {
  const k = erkenneKopf(['plz', 'ort']);
  expect(k).toEqual({ fehler: expect.stringContaining('„osm_id,ags,ort,plz,landkreis,bundesland“') });
});

test('valid lines of both formats', () => {
  expect(
    pruefeZeile(
      ['394343', '13072077', 'Papendorf', '18059', 'Landkreis Rostock', 'Mecklenburg-Vorpommern'],
      de,
    ),
  ).toEqual({
    ok: true,
    eintrag: {
      plz: '18059',
      ags: '13072077',
      name: 'Papendorf',
      kreisName: 'Landkreis Rostock',
      land: 'Mecklenburg-Vorpommern',
      osmId: '394343',
    },
  });
  expect(
    pruefeZeile(['18059', '13003000', 'Rostock', '13003', 'Rostock, Hanse- und Universitätsstadt', ''], mv),
  ).toEqual({
    ok: true,
    eintrag: {
      plz: '18059',
      ags: '13003000',
      name: 'Rostock',
      kreisName: 'Rostock, Hanse- und Universitätsstadt',
      land: 'Mecklenburg-Vorpommern',
      osmId: null,
    },
  });
});

test.each([
  [
    ['1', '1300300', 'Rostock', '18059', '', 'Mecklenburg-Vorpommern'],
    'ungültiger AGS „1300300“ (erwartet: 8 Ziffern)',
  ],
  [
    ['1', '13003OOO', 'Rostock', '18059', '', 'Mecklenburg-Vorpommern'],
    'ungültiger AGS „13003OOO“ (erwartet: 8 Ziffern)',
  ],
  [
    ['1', '17003000', 'Rostock', '18059', '', 'Mecklenburg-Vorpommern'],
    'ungültiger AGS „17003000“ (unbekannter Länderschlüssel 17)',
  ],
  [
    ['1', '13003000', 'Rostock', '1805', '', 'Mecklenburg-Vorpommern'],
    'ungültige PLZ „1805“ (erwartet: 5 Ziffern, 01001 bis 99998)',
  ],
  [
    ['1', '13003000', 'Rostock', '00123', '', 'Mecklenburg-Vorpommern'],
    'ungültige PLZ „00123“ (erwartet: 5 Ziffern, 01001 bis 99998)',
  ],
  [['1', '13003000', '', '18059', '', 'Mecklenburg-Vorpommern'], 'Pflichtfeld fehlt: ort'],
  [['1', '', 'Rostock', '', '', 'Mecklenburg-Vorpommern'], 'Pflichtfelder fehlen: ags, plz'],
  [['1', '13003000', 'Rostock', '18059', ''], 'falsche Spaltenzahl (5 statt 6)'],
  [
    ['1', '13003000', 'Rostock', '18059', '', 'Bayern'],
    'Bundesland „Bayern“ passt nicht zum AGS 13003000 (Mecklenburg-Vorpommern)',
  ],
  [
    ['x1', '13003000', 'Rostock', '18059', '', 'Mecklenburg-Vorpommern'],
    'ungültige OSM-ID „x1“ (erwartet: Ziffern)',
  ],
  [
    ['1', '13003000', 'Ros\u0007tock', '18059', '', 'Mecklenburg-Vorpommern'],
    'ungültiger Ortsname (Steuerzeichen oder länger als 150 Zeichen)',
  ],
  [
    ['1', '13003000', 'G\uFFFDstrow', '18059', '', 'Mecklenburg-Vorpommern'],
    'ungültige Zeichen (die Datei muss in UTF-8 kodiert sein)',
  ],
])('line %j is rejected: %s', (felder, grund) => {
  expect(pruefeZeile(felder, de)).toEqual({ ok: false, grund });
});

test('in the M-V format the Kreis code must be the first five digits of the AGS', () => {
  expect(pruefeZeile(['18059', '13003000', 'Rostock', '13072', 'Landkreis Rostock', '1'], mv)).toEqual({
    ok: false,
    grund: 'Kreisschlüssel „13072“ passt nicht zum AGS 13003000',
  });
  expect(pruefeZeile(['18059', '13003000', 'Rostock', '', '', '1'], mv)).toEqual({
    ok: false,
    grund: 'Pflichtfeld fehlt: kreis_ags',
  });
});
