import { afterAll, describe, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { antwortHolen, Browser } from '../../test/bundid.ts';
import { cookieName } from '../web/sitzung.ts';

// Login CSRF: a valid, unused response meant for one browser must not sign in another one.

const t = await testApp();
const https = await testApp({ env: { BASE_URL: 'https://mietrueckstaende.example.org' } });
afterAll(async () => {
  await Promise.all([t.close(), https.close()]);
});

const angemeldet = (b: Browser) => b.cookies.has(cookieName.buerger);

describe('the SAML request is bound to the browser that started the login', () => {
  test('a second browser cannot use a response meant for the first; the first still can', async () => {
    const erster = new Browser(t.app);
    const antwort = await antwortHolen(erster);

    const zweiter = new Browser(t.app);
    const fremd = await zweiter.senden(antwort);
    expect(fremd.statusCode).toBe(400);
    expect(fremd.body).toContain('Die Anmeldung wurde in einem anderen Browser begonnen');
    expect(angemeldet(zweiter)).toBe(false);

    // The foreign attempt did not use the request up.
    const eigen = await erster.senden(antwort);
    expect(eigen.statusCode).toBe(303);
    expect(angemeldet(erster)).toBe(true);
    expect(erster.cookies.has('mr_saml_anfrage')).toBe(false);
  });

  test('a browser that started its own login cannot use another browser’s response either', async () => {
    const opfer = new Browser(t.app);
    await opfer.get('/anmelden?ziel=%2Fantrag');
    const angreifer = await antwortHolen(new Browser(t.app));
    const res = await opfer.senden(angreifer);
    expect(res.statusCode).toBe(400);
    expect(angemeldet(opfer)).toBe(false);
  });

  test('a forged (unsigned) cookie naming the request is refused', async () => {
    const erster = new Browser(t.app);
    const antwort = await antwortHolen(erster);
    const signiert = erster.cookies.get('mr_saml_anfrage')!;
    const zweiter = new Browser(t.app);
    zweiter.cookies.set('mr_saml_anfrage', signiert.slice(0, signiert.lastIndexOf('.')));
    expect((await zweiter.senden(antwort)).statusCode).toBe(400);
    zweiter.cookies.set('mr_saml_anfrage', `${signiert.slice(0, signiert.lastIndexOf('.'))}.falsch`);
    expect((await zweiter.senden(antwort)).statusCode).toBe(400);
    expect(angemeldet(zweiter)).toBe(false);
  });

  test('two logins started in two tabs of one browser both stay usable', async () => {
    const browser = new Browser(t.app);
    const erste = await antwortHolen(browser);
    await antwortHolen(browser);
    expect((await browser.senden(erste)).statusCode).toBe(303);
  });

  test('on https the cookie survives BundID’s cross-site POST: SameSite=None, Secure, only for the ACS', async () => {
    const res = await https.app.inject({ method: 'GET', url: '/anmelden?ziel=%2Fantrag' });
    const cookie = res.cookies.find((c) => c.name === 'mr_saml_anfrage');
    expect(cookie).toMatchObject({ sameSite: 'None', secure: true, httpOnly: true, path: '/bundid/acs' });
  });
});
