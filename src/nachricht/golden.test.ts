import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { baueNachricht } from './bauen.ts';
import { beispielVorgang } from './beispiel.ts';
import { validiereNachricht } from './validierung.ts';

// The exact bytes of the example message. A change here is a change of the interface to every receiving
// system: review the diff, then regenerate with GOLDEN_AKTUALISIEREN=1.

const DATEI = new URL('./testdaten/vorgang.transportieren.1000001-2.4.0.xml', import.meta.url);

test('the example message equals the golden file, which is valid', async () => {
  const e = baueNachricht(beispielVorgang({ test: true }));
  if (!e.ok) throw new Error(JSON.stringify(e.fehler));
  if (process.env.GOLDEN_AKTUALISIEREN === '1') writeFileSync(DATEI, e.wert);
  expect(e.wert).toBe(readFileSync(DATEI, 'utf8'));
  expect((await validiereNachricht(e.wert)).ok).toBe(true);
});
