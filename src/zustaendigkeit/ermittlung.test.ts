import { afterAll, expect, test } from 'vitest';
import { testDatenbank } from '../../test/db.ts';
import { GEMEINDEN_DE, GEMEINDEN_MV } from '../../test/pfade.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { nachnutzungZustaende, type NachnutzungZustand } from '../nachnutzung/nachnutzung-tables.ts';
import { ermittleZustaendigkeit, verfuegbarkeit } from './ermittlung.ts';
import { importiereGemeindeverzeichnis } from './gemeinde-import.ts';
import { setzeNachnutzung } from '../../test/zustaendigkeit.ts';
import { datenquellen } from './zustaendigkeit-repo.ts';

const datenbank = await testDatenbank();
const db = datenbank.db;
afterAll(() => datenbank.close());

test('without an imported gazetteer every postal code asks for the Kreis, and no source is listed', async () => {
  expect(await ermittleZustaendigkeit(db, { plz: '19053' })).toEqual({ art: 'ohne_verzeichnis' });
  expect(await ermittleZustaendigkeit(db, { plz: 'quatsch' })).toEqual({ art: 'ohne_verzeichnis' });
  expect(await datenquellen(db)).toEqual([]);
});

test('with the M-V file only, a code outside the M-V postal ranges is outside M-V, one inside them unknown', async () => {
  await importiereGemeindeverzeichnis(db, {
    datei: GEMEINDEN_MV,
    jetzt: () => new Date('2026-11-29T10:00:00+01:00'),
  });
  // Hamburg is not in the file, but its code cannot lie in M-V: not "unknown, pick an office"
  expect(await ermittleZustaendigkeit(db, { plz: '22089' })).toEqual({
    art: 'ausserhalb_mv',
    plz: '22089',
    orte: [],
  });
  // Ratzeburg (Schleswig-Holstein) lies in a postal range shared with M-V: the file cannot tell, so unknown
  expect(await ermittleZustaendigkeit(db, { plz: '23909' })).toEqual({ art: 'unbekannt', plz: '23909' });
  expect(await ermittleZustaendigkeit(db, { plz: '18999' })).toEqual({ art: 'unbekannt', plz: '18999' });
  expect(await ermittleZustaendigkeit(db, { plz: '19053' })).toMatchObject({
    art: 'eindeutig',
    behoerdeAgs: '13004',
  });
  expect(await datenquellen(db)).toEqual([
    'Zuordnung von Postleitzahlen zu Gemeinden: © OpenStreetMap-Mitwirkende, ODbL 1.0 (Daten: suche-postleitzahl.org), eingelesen am 29.11.2026',
  ]);
});

test('with the whole-Germany file', async () => {
  await importiereGemeindeverzeichnis(db, {
    datei: GEMEINDEN_DE,
    jetzt: () => new Date('2026-11-30T10:00:00+01:00'),
  });

  // unique
  expect(await ermittleZustaendigkeit(db, { plz: '19053' })).toEqual({
    art: 'eindeutig',
    plz: '19053',
    gemeinde: { ags: '13004000', name: 'Schwerin' },
    behoerdeAgs: '13004',
  });

  // ambiguous: Rostock and three municipalities of Landkreis Rostock
  const r = await ermittleZustaendigkeit(db, { plz: '18059' });
  expect(r).toEqual({
    art: 'mehrdeutig',
    plz: '18059',
    gemeinden: [
      { ags: '13072077', name: 'Papendorf', behoerdeAgs: '13072', behoerdeName: 'Landkreis Rostock' },
      { ags: '13072080', name: 'Pölchow', behoerdeAgs: '13072', behoerdeName: 'Landkreis Rostock' },
      {
        ags: '13003000',
        name: 'Rostock',
        behoerdeAgs: '13003',
        behoerdeName: 'Hanse- und Universitätsstadt Rostock',
      },
      { ags: '13072121', name: 'Ziesendorf', behoerdeAgs: '13072', behoerdeName: 'Landkreis Rostock' },
    ],
    ausserhalb: [],
    auswahlUngueltig: false,
  });
  expect(await ermittleZustaendigkeit(db, { plz: '18059', gemeindeAgs: '13072121' })).toEqual({
    art: 'eindeutig',
    plz: '18059',
    gemeinde: { ags: '13072121', name: 'Ziesendorf' },
    behoerdeAgs: '13072',
  });
  for (const plz of ['18059', '18069', '18107', '18181', '18182']) {
    const e = await ermittleZustaendigkeit(db, { plz });
    if (e.art !== 'mehrdeutig') throw new Error(`${plz}: ${e.art}`);
    expect(new Set(e.gemeinden.map((g) => g.behoerdeAgs)), plz).toEqual(new Set(['13003', '13072']));
  }

  // foreign
  expect(await ermittleZustaendigkeit(db, { plz: '20095' })).toEqual({
    art: 'ausserhalb_mv',
    plz: '20095',
    land: 'Hamburg',
    kreis: 'Hamburg',
    orte: [{ ags: '02000000', name: 'Hamburg', kreis: 'Hamburg', land: 'Hamburg' }],
  });
  // 17268 lies wholly in Brandenburg in this data (SOURCES.md lists it among the codes "reaching into" it)
  expect(await ermittleZustaendigkeit(db, { plz: '17268' })).toMatchObject({
    art: 'ausserhalb_mv',
    land: 'Brandenburg',
    kreis: 'Landkreis Uckermark',
  });

  // shared with Brandenburg and Niedersachsen: the M-V municipalities to choose, the others named
  expect(await ermittleZustaendigkeit(db, { plz: '17337' })).toEqual({
    art: 'mehrdeutig',
    plz: '17337',
    gemeinden: [
      {
        ags: '13075042',
        name: 'Groß Luckow',
        behoerdeAgs: '13075',
        behoerdeName: 'Landkreis Vorpommern-Greifswald',
      },
      {
        ags: '13071132',
        name: 'Schönhausen',
        behoerdeAgs: '13071',
        behoerdeName: 'Landkreis Mecklenburgische Seenplatte',
      },
    ],
    ausserhalb: [{ ags: '12073579', name: 'Uckerland', kreis: 'Landkreis Uckermark', land: 'Brandenburg' }],
    auswahlUngueltig: false,
  });
  const elbe = await ermittleZustaendigkeit(db, { plz: '19273' });
  expect(elbe).toMatchObject({ art: 'mehrdeutig' });
  if (elbe.art !== 'mehrdeutig') throw new Error();
  expect(elbe.gemeinden.map((g) => g.name)).toEqual(['Brahlstorf', 'Teldau']);
  expect(elbe.ausserhalb.map((o) => `${o.name} (${o.land})`)).toEqual([
    'Amt Neuhaus (Niedersachsen)',
    'Bleckede (Niedersachsen)',
  ]);
  expect(await ermittleZustaendigkeit(db, { plz: '19273', gemeindeAgs: '03355049' })).toMatchObject({
    art: 'ausserhalb_mv',
    land: 'Niedersachsen',
    kreis: 'Landkreis Lüneburg',
  });

  // unknown
  expect(await ermittleZustaendigkeit(db, { plz: '18999' })).toEqual({ art: 'unbekannt', plz: '18999' });
  expect(await ermittleZustaendigkeit(db, { plz: '99999' })).toEqual({
    art: 'ausserhalb_mv',
    plz: '99999',
    orte: [],
  });
  expect(await datenquellen(db)).toEqual([expect.stringContaining('eingelesen am 30.11.2026')]);
});

test('availability from every re-use state of the office', async () => {
  const erwartet: Record<NachnutzungZustand, string> = {
    nicht_angebunden: 'schriftlich',
    interesse_bekundet: 'schriftlich',
    bedingungen_akzeptiert: 'schriftlich',
    unterlagen_bereitgestellt: 'schriftlich',
    technisch_angebunden: 'schriftlich',
    test_erfolgreich: 'schriftlich',
    produktiv: 'online',
    voruebergehend_abgemeldet: 'voruebergehend_nicht_verfuegbar',
    kuendigung_angekuendigt: 'online',
    abgemeldet: 'schriftlich',
  };
  // the seeded pilot, and an office without any record
  expect(await verfuegbarkeit(db, '13003', DIENST_MIETRUECKSTAENDE, '2026-11-29')).toMatchObject({
    art: 'online',
  });
  expect(await verfuegbarkeit(db, '13074', DIENST_MIETRUECKSTAENDE, '2026-11-29')).toMatchObject({
    art: 'schriftlich',
    kontakt: {
      name: 'Landkreis Nordwestmecklenburg',
      strasse: 'Rostocker Straße 76',
      telefon: '+49 3841 3040-0',
    },
  });
  for (const zustand of nachnutzungZustaende) {
    await setzeNachnutzung(db, '13004', zustand);
    const v = await verfuegbarkeit(db, '13004', DIENST_MIETRUECKSTAENDE, '2026-11-29');
    expect(v.art, zustand).toBe(erwartet[zustand]);
    expect(v.kontakt).toMatchObject({
      ags: '13004',
      name: 'Landeshauptstadt Schwerin',
      amt: 'Fachdienst Soziales',
    });
  }
});

test('an office edits its contact: the written way shows the new data', async () => {
  await setzeNachnutzung(db, '13071', 'nicht_angebunden');
  await db
    .updateTable('behoerde')
    .set({ email: 'sozialamt@example.org', sprechzeiten: 'Montag 8 bis 12 Uhr' })
    .where('ags', '=', '13071')
    .execute();
  expect(await verfuegbarkeit(db, '13071', DIENST_MIETRUECKSTAENDE, '2026-11-29')).toMatchObject({
    art: 'schriftlich',
    kontakt: { email: 'sozialamt@example.org', sprechzeiten: 'Montag 8 bis 12 Uhr' },
  });
});

test('temporarily deregistered: the office notice; announced deregistration: online until the effective date', async () => {
  await setzeNachnutzung(db, '13075', 'voruebergehend_abgemeldet', {
    hinweis_text: 'Wegen einer Softwareumstellung bis 15.12. nicht erreichbar.',
  });
  expect(await verfuegbarkeit(db, '13075', DIENST_MIETRUECKSTAENDE, '2026-11-29')).toMatchObject({
    art: 'voruebergehend_nicht_verfuegbar',
    hinweis: 'Wegen einer Softwareumstellung bis 15.12. nicht erreichbar.',
    kontakt: { name: 'Landkreis Vorpommern-Greifswald' },
  });

  await setzeNachnutzung(db, '13076', 'kuendigung_angekuendigt', { wirksam_zum: '2027-02-28' });
  const am = (heute: string) => verfuegbarkeit(db, '13076', DIENST_MIETRUECKSTAENDE, heute);
  expect(await am('2027-02-27')).toMatchObject({ art: 'online', endetAm: '2027-02-28' });
  expect((await am('2027-02-28')).art).toBe('schriftlich');
  expect((await am('2027-06-01')).art).toBe('schriftlich');
});

test('an unknown office is a programming error', async () => {
  await expect(verfuegbarkeit(db, '99999', DIENST_MIETRUECKSTAENDE, '2026-11-29')).rejects.toThrow(
    'Kein Sozialamt mit dem Schlüssel 99999',
  );
});
