import { afterAll, expect, test } from 'vitest';
import { testDatenbank } from '../../test/db.ts';
import { DIENST_MIETRUECKSTAENDE } from './dienste.ts';
import { findDienst, listBehoerden, listDienste, seedKatalog } from './katalog-repo.ts';

const datenbank = await testDatenbank();
afterAll(() => datenbank.close());

test('the eight responsible offices of M-V are seeded with AGS, ARS and texts', async () => {
  const behoerden = await listBehoerden(datenbank.db);
  expect(behoerden.map((b) => [b.ags, b.kurzname])).toEqual([
    ['13003', 'Hansestadt Rostock'],
    ['13004', 'Landeshauptstadt Schwerin'],
    ['13071', 'Mecklenburgische Seenplatte'],
    ['13072', 'Landkreis Rostock'],
    ['13073', 'Vorpommern-Rügen'],
    ['13074', 'Nordwestmecklenburg'],
    ['13075', 'Vorpommern-Greifswald'],
    ['13076', 'Ludwigslust-Parchim'],
  ]);
  for (const b of behoerden) {
    expect(b.ars).toBe(`${b.ags}0000000`);
    expect(b.datenschutz_hinweis).toContain(b.name);
    expect(b.datenschutz_hinweis).toContain('Landesbeauftragten für Datenschutz');
    expect(b.barrierefreiheit_erklaerung).toContain('Anlauf- und Überwachungsstelle');
  }
});

test('the catalogue has the ten reusable services and the three deferred ones', async () => {
  const dienste = await listDienste(datenbank.db);
  expect(dienste.filter((d) => d.im_rollout_mv)).toHaveLength(10);
  expect(dienste.filter((d) => !d.im_rollout_mv).map((d) => d.name)).toEqual([
    'Suchtberatung',
    'Schuldnerberatung',
    'Hilfe zur Überwindung besonderer sozialer Schwierigkeiten',
  ]);
  const miete = await findDienst(datenbank.db, DIENST_MIETRUECKSTAENDE);
  expect(miete).toMatchObject({ ozg_id: '10090', leika_id: '99107042000000', eigene_antragsstrecke: true });
  expect(miete?.steckbrief).toMatchObject({
    bela: 'Nordrhein-Westfalen',
    authentifizierung: 'BundID',
    pilotkommuneMv: 'Hansestadt Rostock',
  });
});

test('seeding again keeps edits made by an office', async () => {
  await datenbank.db
    .updateTable('behoerde')
    .set({ telefon: '+49 381 000' })
    .where('ags', '=', '13003')
    .execute();
  await seedKatalog(datenbank.db);
  const rostock = (await listBehoerden(datenbank.db))[0];
  expect(rostock?.telefon).toBe('+49 381 000');
});
