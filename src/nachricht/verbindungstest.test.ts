import { expect, test } from 'vitest';
import { pruefeDin91379 } from './din91379.ts';
import { leseNachricht } from './lesen.ts';
import { xsozial220 } from './profile/index.ts';
import { validiereNachricht } from './validierung.ts';
import { baueVerbindungstestNachricht } from './verbindungstest.ts';

const KOPF = {
  nachrichtUUID: '0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
  erstellt: new Date('2026-12-04T23:30:00.000Z'),
  leser: { kennung: 'sozialamt:130030000000', name: 'Hansestadt Rostock, Amt für Soziales' },
  autor: { kennung: 'efa-mv:130000000000', name: 'EfA-Dienst M-V' },
  dvdvDienstkennung: 'https://example.org/dienst',
  xsozialVersion: '2.4.0',
};

test('the connection-test message is schema-valid, marked as test, with xsozial content and DIN 91379 text only', async () => {
  const n = baueVerbindungstestNachricht(KOPF);
  if (!n.ok) throw new Error(JSON.stringify(n.fehler));
  expect(await validiereNachricht(n.wert)).toEqual({ ok: true, fehler: [] });
  expect(pruefeDin91379(n.wert)).toEqual([]);
  expect(n.wert).not.toContain('–');
  expect(n.wert).toContain('<xsb:xsozial>');
  const gelesen = leseNachricht(n.wert);
  expect(gelesen.ok && gelesen.nachricht.test).toBe(true);
  expect(gelesen.ok && gelesen.nachricht.antragsDatum).toBe('2026-12-05+01:00');
});

test('it follows the connection’s xSozial version', async () => {
  const n = baueVerbindungstestNachricht({ ...KOPF, xsozialVersion: '2.2' });
  if (!n.ok) throw new Error(JSON.stringify(n.fehler));
  expect(n.wert).toContain(xsozial220.namespace);
  expect((await validiereNachricht(n.wert)).ok).toBe(true);
});
