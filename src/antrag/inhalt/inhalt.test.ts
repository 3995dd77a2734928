import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { alleSchritte } from '../flow.ts';
import { einkommen } from '../schritte/finanzen.ts';
import { haushaltPerson } from '../schritte/haushalt.ts';
import { generierteDateien } from './dateien.ts';
import { abschnittName, INHALT } from './definition.ts';

const WURZEL = new URL('../../../', import.meta.url);

test.each(generierteDateien().map((d) => [d.pfad, d.inhalt] as const))(
  '%s is up to date with the content definition (AKTUALISIEREN=1 rewrites it)',
  (pfad, inhalt) => {
    const datei = new URL(pfad, WURZEL);
    if (process.env.AKTUALISIEREN === '1') writeFileSync(datei, inhalt);
    expect(readFileSync(datei, 'utf8')).toBe(inhalt);
  },
);

test('every field of every form step has its element, with a type that is not plain text for typed kinds', () => {
  const namen = new Map(INHALT.abschnitte.map((a) => [a.name, a]));
  for (const s of [...alleSchritte.filter((s) => s !== haushaltPerson && s !== einkommen)]) {
    if (s.ansicht !== 'formular') continue;
    const a = namen.get(abschnittName(s.id));
    expect(a, s.id).toBeDefined();
    for (const [name, f] of Object.entries(s.felder)) {
      const def = a?.felder.find((x) => x.name === name);
      expect(def, `${s.id}.${name}`).toBeDefined();
      if (f.art === 'geld') expect(def?.typ).toBe('betrag');
      if (f.art === 'datum') expect(def?.typ).toBe('datum');
    }
  }
  expect(namen.get('haushaltsmitglied')?.felder.map((f) => f.name)).toContain('staatsangehoerigkeit');
});
