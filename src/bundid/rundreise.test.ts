import { afterAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { eineIdentitaet } from '../../test/anmeldung.ts';
import { antwortHolen, Browser } from '../../test/bundid.ts';

const t = await testApp();
afterAll(() => t.close());

test('a citizen logs in through the full SAML round trip with the stand-in', async () => {
  const browser = new Browser(t.app);
  const acs = await antwortHolen(browser, { persona: 'rostock', ziel: '/antrag' });
  const res = await browser.senden(acs);
  expect(res.statusCode, res.body).toBe(303);
  expect(res.headers.location).toBe('/antrag');
  const seite = await browser.get('/bundid/sitzung');
  expect(seite.statusCode).toBe(200);
  expect(seite.body).toContain('Angemeldet: Erika Mustermann');
  expect(eineIdentitaet().vorname).toBe('Erika');
});
