import { afterAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { GEMEINDEN_MV } from '../../test/pfade.ts';
import { importiereGemeindeverzeichnis } from './gemeinde-import.ts';
import {
  gemeindeverzeichnisBeimStart,
  MITGELIEFERTES_VERZEICHNIS,
  startzeileGemeindeverzeichnis,
  verzeichnisStand,
} from './mitgeliefert.ts';

// What `npm start` does in the embedded default before it listens: import the shipped gazetteer once.

const t = await testApp();
afterAll(() => t.close());
const db = t.datenbank.db;
const get = (url: string) => t.app.inject({ url });
const importe = async () => (await db.selectFrom('gemeindeverzeichnis_import').select('id').execute()).length;

test('a fresh installation has no gazetteer and says so', async () => {
  expect(await verzeichnisStand(db)).toBeUndefined();
  expect(startzeileGemeindeverzeichnis(undefined)).toContain('keines eingelesen');
  expect((await get('/zustaendigkeit')).body).toContain(
    'In welchem Landkreis oder in welcher kreisfreien Stadt',
  );
});

test('the first start imports the shipped file, so the postal code routes (Rostock, and Hamburg outside)', async () => {
  const v = await gemeindeverzeichnisBeimStart(db, { jetzt: t.uhr.jetzt });
  expect(v).toMatchObject({
    art: 'eingelesen',
    bericht: { ergebnis: 'importiert', datei: 'zuordnung_plz_ort_de.csv', importiert: 12_871, abgelehnt: 0 },
  });
  expect(startzeileGemeindeverzeichnis(v)).toBe(
    '  Gemeindeverzeichnis: beim ersten Start eingelesen (zuordnung_plz_ort_de.csv, 12.871 Zeilen, 8.170 Postleitzahlen; ODbL-1.0)',
  );

  const rostock = await get('/zustaendigkeit?plz=18055');
  expect(rostock.statusCode).toBe(200);
  expect(rostock.body).toContain('Zuständig: Hanse- und Universitätsstadt Rostock');
  expect(rostock.body).toContain('nimmt den Antrag online an');

  const hamburg = await get('/zustaendigkeit?plz=22089');
  expect(hamburg.body).toContain('Die Postleitzahl 22089 gehört nach unseren Daten zu Hamburg.');
  expect((await get('/impressum')).body).toContain('© OpenStreetMap-Mitwirkende, ODbL 1.0');
});

test('every later start keeps the data set and imports nothing', async () => {
  const vorher = await importe();
  t.uhr.vor(86_400_000);
  const v = await gemeindeverzeichnisBeimStart(db, { jetzt: t.uhr.jetzt });
  expect(v).toEqual({
    art: 'vorhanden',
    dateiname: 'zuordnung_plz_ort_de.csv',
    zeilen: 12_871,
    importiertAm: new Date('2026-11-29T10:00:00+01:00'),
  });
  expect(startzeileGemeindeverzeichnis(v)).toBe(
    '  Gemeindeverzeichnis: zuordnung_plz_ort_de.csv (12.871 Zeilen, eingelesen am 29.11.2026)',
  );
  expect(await importe()).toBe(vorher);
});

test("an operator's own import is kept; with the M-V file alone a Hamburg code is still outside M-V", async () => {
  await importiereGemeindeverzeichnis(db, { datei: GEMEINDEN_MV, jetzt: t.uhr.jetzt });
  expect(await gemeindeverzeichnisBeimStart(db, { jetzt: t.uhr.jetzt })).toMatchObject({
    art: 'vorhanden',
    dateiname: 'mv_plz_gemeinde.csv',
  });
  const hamburg = await get('/zustaendigkeit?plz=22089');
  expect(hamburg.body).toContain(
    'Die Postleitzahl 22089 gehört nach unseren Daten nicht zu Mecklenburg-Vorpommern.',
  );
  expect(hamburg.body).not.toContain('kennen wir keinen Ort');
  expect(hamburg.body).not.toContain('Nach unseren Daten kommen in Frage');
  expect((await get('/zustaendigkeit?plz=18055')).body).toContain(
    'Zuständig: Hanse- und Universitätsstadt Rostock',
  );
});

test('two starts at the same moment import the file once', async () => {
  const u = await testApp();
  try {
    const [a, b] = await Promise.all([
      gemeindeverzeichnisBeimStart(u.datenbank.db, { jetzt: u.uhr.jetzt }),
      gemeindeverzeichnisBeimStart(u.datenbank.db, { jetzt: u.uhr.jetzt }),
    ]);
    expect([a.art, b.art].sort()).toEqual(['eingelesen', 'vorhanden']);
    const zeilen = await u.datenbank.db.selectFrom('gemeinde_plz').select('plz').execute();
    expect(zeilen).toHaveLength(12_871);
  } finally {
    await u.close();
  }
});

test('the shipped file lies in the repository', () => {
  expect(MITGELIEFERTES_VERZEICHNIS).toMatch(/daten\/gemeinden\/zuordnung_plz_ort_de\.csv$/);
});
