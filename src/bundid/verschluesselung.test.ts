import { afterAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { Browser, formular, oeffnen, testSchluessel, verpacken } from '../../test/bundid.ts';
import { findePersona } from './test-idp/personas.ts';
import { createTestIdp } from './test-idp/testidp.ts';

// Encryption variants an independent IdP (samlify) produces, against the real ACS. The accepted algorithms
// are settings (BUNDID_DATA_ENCRYPTION_ALGORITHMS, BUNDID_KEY_TRANSPORT_ALGORITHMS); what the installed
// xml-encryption cannot decrypt is refused with a reason instead of failing somewhere inside.

const schluessel = await testSchluessel();
const standard = await testApp();
const mitCbc = await testApp({
  env: { BUNDID_DATA_ENCRYPTION_ALGORITHMS: 'aes256-gcm,aes256-cbc,aes128-cbc' },
});
afterAll(async () => {
  await standard.close();
  await mitCbc.close();
});

const URI = {
  aes128gcm: 'http://www.w3.org/2009/xmlenc11#aes128-gcm',
  aes256gcm: 'http://www.w3.org/2009/xmlenc11#aes256-gcm',
  aes128cbc: 'http://www.w3.org/2001/04/xmlenc#aes128-cbc',
  aes256cbc: 'http://www.w3.org/2001/04/xmlenc#aes256-cbc',
  tripledes: 'http://www.w3.org/2001/04/xmlenc#tripledes-cbc',
  oaep: 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
  rsa15: 'http://www.w3.org/2001/04/xmlenc#rsa-1_5',
};

/** A real AuthnRequest of the app, answered by a samlify IdP configured with the given algorithms. */
async function antwortMit(t: TestApp, datenverschluesselung: string, schluesseltransport = URI.oaep) {
  const browser = new Browser(t.app);
  const start = formular((await browser.get('/anmelden')).body);
  const idp = createTestIdp({
    baseUrl: t.deps.config.baseUrl,
    schluessel: schluessel.testIdp,
    spMetadaten: t.deps.bundid.spMetadaten,
    jetzt: t.uhr.jetzt,
    datenverschluesselung,
    schluesseltransport,
  });
  const anfrage = await idp.anfragePruefen(start.felder.SAMLRequest!);
  const samlResponse = await idp.antwortErstellen(anfrage, findePersona('rostock')!.daten);
  const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
  return { browser, samlResponse, xml };
}

test.each([
  ['aes256-gcm', URI.aes256gcm],
  ['aes128-gcm', URI.aes128gcm],
])('%s with RSA-OAEP (samlify) is accepted by default', async (_name, algorithmus) => {
  const { browser, samlResponse, xml } = await antwortMit(standard, algorithmus);
  expect(xml).toContain(`Algorithm="${algorithmus}"`);
  expect(xml).toContain(`Algorithm="${URI.oaep}"`);
  const res = await browser.post('/bundid/acs', { SAMLResponse: samlResponse });
  expect(res.statusCode, res.body.slice(0, 200)).toBe(303);
});

test.each([
  ['aes256-cbc', URI.aes256cbc],
  ['aes128-cbc', URI.aes128cbc],
])('%s is refused by default and accepted when configured', async (_name, algorithmus) => {
  const abgelehnt = await antwortMit(standard, algorithmus);
  const res = await abgelehnt.browser.post('/bundid/acs', { SAMLResponse: abgelehnt.samlResponse });
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('(verschluesselung_algorithmus)');

  const erlaubt = await antwortMit(mitCbc, algorithmus);
  const ok = await erlaubt.browser.post('/bundid/acs', { SAMLResponse: erlaubt.samlResponse });
  expect(ok.statusCode, ok.body.slice(0, 200)).toBe(303);
});

test('3DES is refused even when CBC is enabled', async () => {
  const { browser, samlResponse } = await antwortMit(mitCbc, URI.tripledes);
  const res = await browser.post('/bundid/acs', { SAMLResponse: samlResponse });
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('(verschluesselung_algorithmus)');
});

test('RSA PKCS#1 v1.5 key transport (rsa-1_5) is refused', async () => {
  const { browser, samlResponse, xml } = await antwortMit(standard, URI.aes256gcm, URI.rsa15);
  expect(xml).toContain(URI.rsa15);
  const res = await browser.post('/bundid/acs', { SAMLResponse: samlResponse });
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('(verschluesselung_algorithmus)');
});

test('RSA-OAEP with a SHA-256 digest is refused with a clear reason (not supported by xml-encryption 3.1.0)', async () => {
  const { browser, samlResponse } = await antwortMit(standard, URI.aes256gcm);
  const teile = await oeffnen(samlResponse, schluessel.sp.verschluesselung.schluessel);
  const gefaelscht = await verpacken(teile, {
    assertionSignatur: { schluessel: schluessel.testIdp.schluessel },
    antwortSignatur: { schluessel: schluessel.testIdp.schluessel },
    verschluesseln: schluessel.sp.verschluesselung.zertifikat,
    nachVerschluesselung: (x) =>
      x.replace('http://www.w3.org/2000/09/xmldsig#sha1', 'http://www.w3.org/2001/04/xmlenc#sha256'),
  });
  expect(Buffer.from(gefaelscht, 'base64').toString()).toContain('xmlenc#sha256"');
  const res = await browser.post('/bundid/acs', { SAMLResponse: gefaelscht });
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('(verschluesselung_algorithmus)');
});

test('the SP metadata advertise exactly the accepted encryption algorithms', async () => {
  const standardMeta = (await standard.app.inject({ url: '/bundid/metadata' })).body;
  expect(standardMeta).toContain(URI.aes256gcm);
  expect(standardMeta).toContain(URI.aes128gcm);
  expect(standardMeta).toContain(URI.oaep);
  expect(standardMeta).not.toContain('-cbc');
  const cbcMeta = (await mitCbc.app.inject({ url: '/bundid/metadata' })).body;
  expect(cbcMeta).toContain(URI.aes256cbc);
  expect(cbcMeta).not.toContain(URI.aes128gcm);
});
