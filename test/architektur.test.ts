import { expect, test } from 'vitest';
import { fremdeTabellenIn, fremdeTabellenzugriffe, tabellenBesitzer } from './tabellen-besitz.ts';

// Rule 6 of docs/architektur.md: a part reads another part's tables only through that part's API.

test('no part names a table owned by another part', () => {
  const liste = fremdeTabellenzugriffe()
    .map((z) => `${z.datei}: ${z.tabelle} (gehört ${z.besitzer})`)
    .join('\n');
  expect(liste, `Fremde Tabellenzugriffe:\n${liste}`).toBe('');
});

test('the owners are read from the parts’ table types', () => {
  const besitzer = tabellenBesitzer();
  expect(besitzer.get('antrag_entwurf')).toBe('antrag');
  expect(besitzer.get('behoerde')).toBe('katalog');
  expect(besitzer.get('zustell_auftrag')).toBe('zustellung');
  expect(besitzer.get('nachnutzung')).toBe('nachnutzung');
});

test('the scanner reports foreign tables in builder and raw SQL, not own ones', () => {
  const besitzer = tabellenBesitzer();
  const quelle = [
    "await db.selectFrom('antrag_entwurf').selectAll().execute();",
    "await db.selectFrom('nachnutzung as n').innerJoin('behoerde as b', 'b.ags', 'n.behoerde_ags').execute();",
    'await sql`SELECT id FROM zustell_auftrag WHERE id = ${id}`.execute(db);',
  ].join('\n');
  expect(fremdeTabellenIn('nachnutzung/beispiel.ts', quelle, besitzer)).toEqual([
    { datei: 'nachnutzung/beispiel.ts', tabelle: 'antrag_entwurf', besitzer: 'antrag' },
    { datei: 'nachnutzung/beispiel.ts', tabelle: 'behoerde', besitzer: 'katalog' },
    { datei: 'nachnutzung/beispiel.ts', tabelle: 'zustell_auftrag', besitzer: 'zustellung' },
  ]);
  expect(fremdeTabellenIn('antrag/beispiel.ts', "db.selectFrom('antrag_entwurf')", besitzer)).toEqual([]);
  expect(fremdeTabellenIn('db/schema.ts', "db.selectFrom('antrag_entwurf')", besitzer)).toEqual([]);
});
