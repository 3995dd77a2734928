import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { einAntrag } from '../../test/posteingang.ts';
import { ERKLAERUNG, KONTOAUSZUG, vermieterBrowser } from '../../test/vermieter.ts';
import { vermieterEinladungBefehl } from './cli.ts';
import { vermieterKontext } from './routen.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

async function link(nummer: string): Promise<string> {
  const zeilen: string[] = [];
  const rc = await vermieterEinladungBefehl([nummer], vermieterKontext(t.deps), {
    out: (z) => zeilen.push(z),
    err: (z) => zeilen.push(z),
  });
  expect(rc).toBe(0);
  return zeilen[0] ?? '';
}

test('smoke: a landlord without e-mail fills in the declaration', async () => {
  const antrag = await einAntrag(t);
  const url = new URL(await link(antrag.vorgangsnummer));
  const v = vermieterBrowser(t);
  const seite = await v.get(url.pathname);
  expect(seite.statusCode, seite.body.slice(0, 500)).toBe(200);
  const res = await v.erklaeren(url.pathname, ERKLAERUNG, { name: 'Mietkonto.pdf', inhalt: KONTOAUSZUG });
  expect(res.statusCode, res.body.replace(/\s+/g, ' ').slice(0, 3000)).toBe(200);
  expect(res.body).toContain('Ihre Erklärung ist abgegeben');
});
