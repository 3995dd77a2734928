import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDatenbank } from '../../test/db.ts';
import { GEMEINDEN_DE, GEMEINDEN_MV } from '../../test/pfade.ts';
import type { Datenbank } from '../db/client.ts';
import { ImportFehler, importiereGemeindeverzeichnis, STANDARD_NAMENSNENNUNG } from './gemeinde-import.ts';
import { gemeindenImportBefehl } from './import-cli.ts';

const MV = GEMEINDEN_MV;
const DE = GEMEINDEN_DE;

let datenbank: Datenbank;
let verzeichnis: string;
const jetzt = () => new Date('2026-11-29T10:00:00+01:00');

beforeAll(async () => {
  datenbank = await testDatenbank();
  verzeichnis = await mkdtemp(path.join(tmpdir(), 'gemeinden-'));
});
afterAll(async () => {
  await datenbank.close();
  await rm(verzeichnis, { recursive: true, force: true });
});

async function datei(name: string, inhalt: string | Buffer): Promise<string> {
  const p = path.join(verzeichnis, name);
  await writeFile(p, inhalt);
  return p;
}

/** The whole data set and the import records, to compare before and after. */
async function stand() {
  const db = datenbank.db;
  const [zeilen, importe] = await Promise.all([
    db.selectFrom('gemeinde_plz').selectAll().orderBy('plz').orderBy('ags').execute(),
    db.selectFrom('gemeindeverzeichnis_import').selectAll().orderBy('id').execute(),
  ]);
  return { zeilen, importe };
}

function ausgabe() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    ausgabe: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) },
  };
}

describe('in order on one database', () => {
  // SOURCES.md says 727 municipalities and 12,870 rows; the files hold 726 distinct AGS and 12,871 data rows
  // (the last line has no line break), as Python's csv module counts too.
  test('the M-V file: 774 rows, 192 postal codes, 726 municipalities, source and licence recorded', async () => {
    const bericht = await importiereGemeindeverzeichnis(datenbank.db, { datei: MV, jetzt });
    expect(bericht).toMatchObject({
      datei: 'mv_plz_gemeinde.csv',
      format: 'mv_plz_gemeinde',
      ergebnis: 'importiert',
      gelesen: 774,
      importiert: 774,
      abgelehnt: 0,
      ablehnungen: [],
      postleitzahlen: 192,
      gemeinden: 726,
      zeilenInMv: 774,
    });
    const { zeilen, importe } = await stand();
    expect(zeilen).toHaveLength(774);
    expect(importe).toEqual([
      {
        id: expect.any(Number),
        dateiname: 'mv_plz_gemeinde.csv',
        format: 'mv_plz_gemeinde',
        pruefsumme: expect.stringMatching(/^[0-9a-f]{64}$/),
        zeilen_gelesen: 774,
        zeilen_importiert: 774,
        zeilen_abgelehnt: 0,
        lizenz: 'ODbL-1.0',
        namensnennung: STANDARD_NAMENSNENNUNG,
        importiert_am: jetzt(),
      },
    ]);
    expect(zeilen.find((z) => z.plz === '18059' && z.ags === '13003000')).toEqual({
      plz: '18059',
      ags: '13003000',
      name: 'Rostock',
      kreis_name: 'Rostock, Hanse- und Universitätsstadt',
      land: 'Mecklenburg-Vorpommern',
      osm_id: '62405',
      import_id: importe[0]?.id,
    });
  });

  test('importing the same file again changes nothing', async () => {
    const vorher = await stand();
    const bericht = await importiereGemeindeverzeichnis(datenbank.db, {
      datei: MV,
      jetzt: () => new Date('2026-12-01T09:00:00Z'),
    });
    expect(bericht).toMatchObject({ ergebnis: 'unveraendert', importiert: 774, importiertAm: jetzt() });
    expect(await stand()).toEqual(vorher);
  });

  test('the whole-Germany file replaces the data set: 12,871 rows, 8,170 postal codes, 10,789 municipalities', async () => {
    const start = performance.now();
    const bericht = await importiereGemeindeverzeichnis(datenbank.db, { datei: DE, jetzt });
    const dauer = performance.now() - start;
    console.log(`Import zuordnung_plz_ort_de.csv (${process.env.TEST_DB}): ${Math.round(dauer)} ms`);
    expect(bericht).toMatchObject({
      format: 'plz_ort_de',
      ergebnis: 'importiert',
      gelesen: 12871,
      importiert: 12871,
      abgelehnt: 0,
      postleitzahlen: 8170,
      gemeinden: 10789,
      zeilenInMv: 774,
    });
    const { zeilen, importe } = await stand();
    expect(zeilen).toHaveLength(12871);
    expect(importe).toHaveLength(2);
    expect(new Set(zeilen.map((z) => z.import_id))).toEqual(new Set([importe[1]?.id]));
    expect(zeilen.find((z) => z.plz === '20095')).toMatchObject({
      ags: '02000000',
      name: 'Hamburg',
      kreis_name: null,
      land: 'Hamburg',
    });

    const nochmal = await stand();
    expect(await importiereGemeindeverzeichnis(datenbank.db, { datei: DE, jetzt })).toMatchObject({
      ergebnis: 'unveraendert',
    });
    expect(await stand()).toEqual(nochmal);
  });

  test('a malformed file: every bad line is reported with its number and reason, the valid ones are imported', async () => {
    const p = await datei(
      'kaputt.csv',
      [
        'osm_id,ags,ort,plz,landkreis,bundesland',
        '62685,13004000,Schwerin,19053,,Mecklenburg-Vorpommern', // 2 ok
        '1,1300400,Schwerin,19055,,Mecklenburg-Vorpommern', // 3 bad AGS
        '1,13004000,Schwerin,1905,,Mecklenburg-Vorpommern', // 4 bad PLZ
        '1,13004000,,19057,,Mecklenburg-Vorpommern', // 5 missing field
        '1,13004000,Schwerin,19059,Mecklenburg-Vorpommern', // 6 wrong column count
        '1,13004000,Schwerin,19061,,Mecklenburg-Vorpommern,zuviel', // 7 wrong column count
        '62685,13004000,Schwerin,19053,,Mecklenburg-Vorpommern', // 8 duplicate of 2
        '1,13004000,"Schwe"rin,19063,,Mecklenburg-Vorpommern', // 9 broken quoting
        '1,09162000,München,80331,,Mecklenburg-Vorpommern', // 10 Land does not match the AGS
        '394343,13072077,"Papendorf, bei Rostock",18059,"Landkreis Rostock",Mecklenburg-Vorpommern', // 11 ok
        '', // 12 blank
        '394322,13072080,"Pöl', // 13–14 a line break inside quotes: one record, but not a valid name
        'chow",18059,Landkreis Rostock,Mecklenburg-Vorpommern',
        '1,13072121,Ziesendorf,18059,Landkreis Rostock,Mecklenburg-Vorpommern', // 15 ok, no line end
      ].join('\r\n'),
    );
    const { out, err, ausgabe: a } = ausgabe();
    const code = await gemeindenImportBefehl([p], { db: datenbank.db, jetzt, ausgabe: a });
    expect(code).toBe(1);
    expect(err).toEqual([]);
    const text = out.join('');
    for (const zeile of [
      'gelesen:     12 Zeilen',
      'gültig:      3 Zeilen (2 Postleitzahlen, 3 Gemeinden; 3 Zeilen in Mecklenburg-Vorpommern)',
      'abgelehnt:   9 Zeilen',
      'Zeile 3: ungültiger AGS „1300400“ (erwartet: 8 Ziffern)',
      'Zeile 4: ungültige PLZ „1905“ (erwartet: 5 Ziffern, 01001 bis 99998)',
      'Zeile 5: Pflichtfeld fehlt: ort',
      'Zeile 6: falsche Spaltenzahl (5 statt 6)',
      'Zeile 7: falsche Spaltenzahl (7 statt 6)',
      'Zeile 8: doppelt: PLZ 19053 mit AGS 13004000 steht schon in Zeile 2',
      'Zeile 9: Zeichen nach dem schließenden Anführungszeichen eines Feldes',
      'Zeile 10: Bundesland „Mecklenburg-Vorpommern“ passt nicht zum AGS 09162000 (Bayern)',
      'Zeile 13: ungültiger Ortsname (Steuerzeichen oder länger als 150 Zeichen)',
    ]) {
      expect(text).toContain(zeile);
    }
    const { zeilen, importe } = await stand();
    expect(zeilen.map((z) => [z.plz, z.name])).toEqual([
      ['18059', 'Papendorf, bei Rostock'],
      ['18059', 'Ziesendorf'],
      ['19053', 'Schwerin'],
    ]);
    expect(importe.at(-1)).toMatchObject({
      dateiname: 'kaputt.csv',
      zeilen_gelesen: 12,
      zeilen_importiert: 3,
      zeilen_abgelehnt: 9,
    });
  });

  test('strict mode imports nothing when a line is rejected', async () => {
    const vorher = await stand();
    const p = await datei(
      'streng.csv',
      'plz,ags,ort,kreis_ags,kreis_name,osm_id\n19053,13004000,Schwerin,13004,,1\n19053,13004000,Schwerin,13072,,1\n',
    );
    const { out, ausgabe: a } = ausgabe();
    expect(await gemeindenImportBefehl([p, '--streng'], { db: datenbank.db, jetzt, ausgabe: a })).toBe(1);
    expect(out.join('')).toContain('Import abgebrochen (--streng): 1 fehlerhafte Zeilen');
    expect(out.join('')).toContain('Zeile 3: Kreisschlüssel „13072“ passt nicht zum AGS 13004000');
    expect(await stand()).toEqual(vorher);
  });

  test.each([
    ['leer.csv', '', 'Die Datei ist leer'],
    ['nur-kopf.csv', 'osm_id,ags,ort,plz,landkreis,bundesland\n', 'keine Datenzeilen'],
    ['fremd.csv', 'id;name\n1;x\n', 'Unbekanntes Dateiformat'],
    [
      'alles-falsch.csv',
      'plz,ags,ort,kreis_ags,kreis_name,osm_id\nx,y,z,1,2,3\n',
      'Keine der 1 Zeilen ist gültig',
    ],
    [
      'nicht-geschlossen.csv',
      `plz,ags,ort,kreis_ags,kreis_name,osm_id\n19053,13004000,Schwerin,13004,,1\n"${'x'.repeat(11_000)}`,
      'Zeile 3: Der Datensatz ist länger als 10000 Zeichen',
    ],
  ])('%s is refused as a whole with exit code 2; the data set stays', async (name, inhalt, meldung) => {
    const vorher = await stand();
    const p = await datei(name, inhalt);
    await expect(importiereGemeindeverzeichnis(datenbank.db, { datei: p, jetzt })).rejects.toThrow(
      ImportFehler,
    );
    const { out, err, ausgabe: a } = ausgabe();
    expect(await gemeindenImportBefehl([p], { db: datenbank.db, jetzt, ausgabe: a })).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toContain(meldung);
    expect(await stand()).toEqual(vorher);
  });

  test('a file in Latin-1 instead of UTF-8: the lines with umlauts are rejected with the reason', async () => {
    const p = await datei(
      'latin1.csv',
      Buffer.from(
        'plz,ags,ort,kreis_ags,kreis_name,osm_id\n18273,13072055,Güstrow,13072,Landkreis Rostock,1\n19053,13004000,Schwerin,13004,,2\n',
        'latin1',
      ),
    );
    const bericht = await importiereGemeindeverzeichnis(datenbank.db, { datei: p, jetzt });
    expect(bericht).toMatchObject({
      importiert: 1,
      ablehnungen: [{ zeile: 2, grund: 'ungültige Zeichen (die Datei muss in UTF-8 kodiert sein)' }],
    });
  });

  test('usage errors and a missing file answer exit code 2 with the usage text', async () => {
    for (const args of [[], ['a.csv', 'b.csv'], ['--unbekannt', 'a.csv'], ['a.csv', '--lizenz=']]) {
      const { err, ausgabe: a } = ausgabe();
      expect(await gemeindenImportBefehl(args, { db: datenbank.db, jetzt, ausgabe: a }), args.join(' ')).toBe(
        2,
      );
      expect(err.join('')).toContain('npm run import:gemeinden -- DATEI');
    }
    const { err, ausgabe: a } = ausgabe();
    expect(
      await gemeindenImportBefehl(['gibt-es-nicht.csv'], {
        db: datenbank.db,
        jetzt,
        ausgabe: a,
        arbeitsverzeichnis: verzeichnis,
      }),
    ).toBe(2);
    expect(err.join('')).toContain(
      `Die Datei ${path.join(verzeichnis, 'gibt-es-nicht.csv')} kann nicht gelesen werden`,
    );
  });

  test('a relative path is read from the caller’s directory; licence and attribution can be set', async () => {
    await datei('eigen.csv', 'plz,ags,ort,kreis_ags,kreis_name,osm_id\n19053,13004000,Schwerin,13004,,1\n');
    const { out, ausgabe: a } = ausgabe();
    const code = await gemeindenImportBefehl(
      ['eigen.csv', '--lizenz=dl-de/by-2-0', '--namensnennung=Statistisches Bundesamt (Destatis)'],
      { db: datenbank.db, jetzt, ausgabe: a, arbeitsverzeichnis: verzeichnis },
    );
    expect(code).toBe(0);
    expect(out.join('')).toContain('Gemeindeverzeichnis eingelesen: eigen.csv');
    expect((await stand()).importe.at(-1)).toMatchObject({
      lizenz: 'dl-de/by-2-0',
      namensnennung: 'Statistisches Bundesamt (Destatis)',
    });
  });
});
