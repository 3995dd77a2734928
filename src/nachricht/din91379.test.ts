import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { SCHEMAS } from '../../test/pfade.ts';
import {
  beschreibeZeichen,
  din91379XsdMuster,
  ersetzeNichtDin91379,
  istDin91379,
  pruefeDin91379,
} from './din91379.ts';

// The official KoSIT schema, shipped verbatim in schemas/xoev (CC BY-ND 4.0, see its README).
const OFFIZIELL = path.join(SCHEMAS, 'xoev', 'din-norm-91379-datatypes.xsd');

function offiziellesMusterC(): string {
  const xsd = readFileSync(OFFIZIELL, 'utf8');
  const abschnitt = xsd.slice(xsd.indexOf('name="datatypeC"'));
  const m = /<xs:pattern value="([^"]*)"/.exec(abschnitt);
  if (!m?.[1]) throw new Error('Muster für datatypeC nicht gefunden');
  return m[1];
}

function alsRegExp(xsdMuster: string): RegExp {
  // XSD patterns are anchored; the entities become \u{…} escapes.
  const js = xsdMuster.replace(/&#x([0-9A-Fa-f]+);/g, (_, hex: string) => `\\u{${hex}}`).replace(/\\&/g, '&');
  return new RegExp(`^(?:${js})$`, 'u');
}

test('German texts, names with diacritics and the euro sign are valid', () => {
  for (const text of [
    'Müller-Lüdenscheidt, Straße 12a',
    'Łukasz Żółć',
    'Ğülşen Çelik',
    'Ørsted Åsa Ærø',
    'Miete: 1.234,56 € (inkl. NK)\nZeile 2\tTab',
    'O’Brien',
    'K\u035FHaled', // K͟H, a listed combining sequence
    '',
  ]) {
    expect(pruefeDin91379(text), text).toEqual([]);
    expect(istDin91379(text)).toBe(true);
  }
});

test('characters outside the set are named, each once, in order', () => {
  expect(pruefeDin91379('Ωmega Ω und Жанна 😀')).toEqual(['Ω', 'Ж', 'а', 'н', '😀']);
  expect(pruefeDin91379('a\u0000b\u0007c\u001Bd')).toEqual(['\u0000', '\u0007', '\u001B']);
  expect(pruefeDin91379('„Zitat“ – Gedankenstrich')).toEqual(['„', '“', '–']);
  expect(pruefeDin91379('soft\u00ADhyphen')).toEqual(['\u00AD']);
  expect(pruefeDin91379('x\u0301')).toEqual(['\u0301']); // x with acute is no listed sequence
  expect(pruefeDin91379('u\u0308')).toEqual(['\u0308']); // decomposed ü: valid only after NFC
  expect(pruefeDin91379('u\u0308'.normalize('NFC'))).toEqual([]);
  expect(pruefeDin91379('\uFFFE\uD800')).toHaveLength(2);
});

test('descriptions and replacement', () => {
  expect(beschreibeZeichen('Ω')).toBe('U+03A9 „Ω“');
  expect(beschreibeZeichen('\u0007')).toBe('U+0007');
  expect(beschreibeZeichen('😀')).toBe('U+1F600 „😀“');
  expect(ersetzeNichtDin91379('Kündigung 😀 Ωmega.pdf')).toBe('Kündigung _ _mega.pdf');
  expect(ersetzeNichtDin91379('Mu\u0308ller.pdf')).toBe('Müller.pdf');
  expect(ersetzeNichtDin91379('K\u035FH \u035F')).toBe('K\u035FH _');
});

test('our definition accepts exactly what the official datatypeC pattern accepts', () => {
  const offiziell = alsRegExp(offiziellesMusterC());
  const unser = alsRegExp(din91379XsdMuster());
  const pruefe = (text: string) => {
    const erwartet = offiziell.test(text);
    if (istDin91379(text) !== erwartet || unser.test(text) !== erwartet) {
      throw new Error(
        `Abweichung bei ${JSON.stringify(text)} (${beschreibeZeichen(text)}): offiziell ${erwartet}`,
      );
    }
  };
  // every single code point of the BMP and some beyond
  for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) pruefe(String.fromCodePoint(cp));
  for (const cp of [0x10000, 0x1f600, 0x10ffff]) pruefe(String.fromCodePoint(cp));
  // every Latin or listed base letter with every combining mark, and with every pair of marks
  const basen = [
    ...Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
    ...Array.from(
      '\u00C7\u00DB\u00E7\u00FB\u00FF\u010C\u010D\u0113\u012A\u012B\u014D\u017D\u017E\u1E32\u1E33\u1E62\u1E63\u1E6C\u1E6D\u1EA0\u1EA1\u1ECC\u1ECD\u1EE4\u1EE5\u00C4',
    ),
  ];
  const marken: string[] = [];
  for (let cp = 0x0300; cp <= 0x036f; cp++) marken.push(String.fromCodePoint(cp));
  for (const b of basen) {
    for (const m of marken) {
      pruefe(b + m);
      for (const zweite of ['\u0304', '\u0306', 'H', 'h', 'x']) pruefe(b + m + zweite);
    }
  }
});
