import { expect, test } from 'vitest';
import { alsVorgangsnummer, normalformen, passt } from './suche.ts';

const fall = { vorgangsnummer: 'MR-2026-7K3F9Q', namen: ['Jürgen Müller-Łukasiewicz', 'Müller'] };

test.each([
  'müller',
  'MUELLER',
  'Muller',
  'jürgen müller',
  'juergen lukasiewicz',
  'Łukasiewicz',
  'MR-2026-7K3F9Q',
  'mr-2026-7k3f9q',
  'MR 2026 7K3F',
  ' MR-2026-7K3F9Q ',
  '',
])('"%s" finds the case', (anfrage) => {
  expect(passt(fall, anfrage)).toBe(true);
});

test.each(['Schmidt', 'Jürgen Schmidt', 'MR-2026-AAAAAA', 'MR-2025'])('"%s" does not', (anfrage) => {
  expect(passt(fall, anfrage)).toBe(false);
});

test('normal forms', () => {
  expect(normalformen('Straße Ærø')).toEqual(['strasse aero', 'strasse aero']);
  expect(normalformen('Özil')).toEqual(['oezil', 'ozil']);
  expect(alsVorgangsnummer('Müller')).toBeUndefined();
  expect(alsVorgangsnummer('mr-2026')).toBe('MR-2026');
});
