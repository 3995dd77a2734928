import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { Browser, formular, testSchluessel } from '../../test/bundid.ts';
import { loadConfig } from '../config.ts';
import { leseIdpMetadaten } from './idp-metadaten.ts';
import { ladeBundid } from './laden.ts';
import { ladeOderErzeuge, zertifikatOhneRahmen } from './schluessel.ts';

const ordner = await mkdtemp(path.join(os.tmpdir(), 'bundid-laden-'));
afterAll(() => rm(ordner, { recursive: true, force: true }));
const schluessel = await testSchluessel();

/** IdP metadata shaped like BundID's (Shibboleth): md: prefix, two signing certificates, both bindings. */
function bundidMetadaten(): string {
  const cert = (pem: string) =>
    `<ds:KeyInfo><ds:X509Data><ds:X509Certificate>\n${zertifikatOhneRahmen(pem)}\n</ds:X509Certificate></ds:X509Data></ds:KeyInfo>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://int.id.bund.de/idp">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" WantAuthnRequestsSigned="true">
    <md:KeyDescriptor use="signing">${cert(schluessel.testIdp.zertifikat)}</md:KeyDescriptor>
    <md:KeyDescriptor>${cert(schluessel.fremd.zertifikat)}</md:KeyDescriptor>
    <md:KeyDescriptor use="encryption">${cert(schluessel.sp.signatur.zertifikat)}</md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://int.id.bund.de/idp/profile/SAML2/Redirect/SSO"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://int.id.bund.de/idp/profile/SAML2/POST/SSO"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
}

async function dateien() {
  const namen = {
    BUNDID_SP_SIGNING_KEY: 'signatur.key',
    BUNDID_SP_SIGNING_CERT: 'signatur.crt',
    BUNDID_SP_ENCRYPTION_KEY: 'verschluesselung.key',
    BUNDID_SP_ENCRYPTION_CERT: 'verschluesselung.crt',
    BUNDID_IDP_METADATA: 'idp.xml',
  };
  const inhalt = [
    schluessel.sp.signatur.schluessel,
    schluessel.sp.signatur.zertifikat,
    schluessel.sp.verschluesselung.schluessel,
    schluessel.sp.verschluesselung.zertifikat,
    bundidMetadaten(),
  ];
  const env: Record<string, string> = {};
  await Promise.all(
    Object.entries(namen).map(async ([variable, datei], i) => {
      env[variable] = path.join(ordner, datei);
      await writeFile(env[variable], inhalt[i]!);
    }),
  );
  return env;
}

test("IdP metadata like BundID's: entity id, the POST endpoint, all signing certificates", () => {
  const idp = leseIdpMetadaten(bundidMetadaten());
  expect(idp.entityId).toBe('https://int.id.bund.de/idp');
  expect(idp.ssoUrl).toBe('https://int.id.bund.de/idp/profile/SAML2/POST/SSO');
  expect(idp.signaturZertifikate).toHaveLength(2);
  expect(idp.signaturZertifikate[0]).toContain('-----BEGIN CERTIFICATE-----');
});

test('broken IdP metadata are refused with a German message', () => {
  expect(() => leseIdpMetadaten('<kein/>')).toThrow('kein EntityDescriptor mit IDPSSODescriptor');
  expect(() => leseIdpMetadaten(bundidMetadaten().replace(/HTTP-POST/, 'SOAP'))).toThrow('HTTP-POST');
  expect(() =>
    leseIdpMetadaten(
      bundidMetadaten().replace(
        /<md:KeyDescriptor[\s\S]*?<\/md:KeyDescriptor>\s*<md:KeyDescriptor>[\s\S]*?<\/md:KeyDescriptor>/,
        '',
      ),
    ),
  ).toThrow('Signaturzertifikat');
  expect(() => leseIdpMetadaten('kaputt <')).toThrow();
});

test('production: keys from PEM files, IdP metadata from a file; the login form posts to BundID', async () => {
  const env = await dateien();
  const config = loadConfig({ ...env, BUNDID_ONLINE_SERVICE_ID: 'MV-10090', DATA_DIR: ordner });
  const material = await ladeBundid(config, () => undefined);
  expect(material.testIdp).toBeUndefined();
  expect(material.idp.entityId).toBe('https://int.id.bund.de/idp');
  expect(material.sp.signatur.schluessel).toBe(schluessel.sp.signatur.schluessel);

  const t = await testApp({ env: { ...env, BUNDID_ONLINE_SERVICE_ID: 'MV-10090' }, bundid: material });
  try {
    const res = await t.app.inject({ url: '/anmelden?ziel=/antrag' });
    expect(formular(res.body).action).toBe('https://int.id.bund.de/idp/profile/SAML2/POST/SSO');
    expect(res.body).not.toContain('Testbetrieb');
    expect(String(res.headers['content-security-policy'])).toContain(
      "form-action 'self' https://int.id.bund.de;",
    );
    expect((await t.app.inject({ url: '/bundid-testidp/metadata' })).statusCode).toBe(404);
    // A response from the stand-in (another IdP) is refused here.
    const ziel = new Browser(t.app);
    expect((await ziel.post('/bundid/acs', { SAMLResponse: 'PHg+' })).statusCode).toBe(400);
  } finally {
    await t.close();
  }
});

test('key and certificate that do not belong together, or a missing file, stop the start', async () => {
  const env = await dateien();
  const falsch = loadConfig({
    ...env,
    BUNDID_SP_ENCRYPTION_CERT: env.BUNDID_SP_SIGNING_CERT!,
    DATA_DIR: ordner,
  });
  await expect(ladeBundid(falsch, () => undefined)).rejects.toThrow(
    'BUNDID_SP_ENCRYPTION_KEY/BUNDID_SP_ENCRYPTION_CERT: Schlüssel und Zertifikat gehören nicht zusammen',
  );
  const fehlt = loadConfig({
    ...env,
    BUNDID_SP_SIGNING_KEY: path.join(ordner, 'gibt-es-nicht'),
    DATA_DIR: ordner,
  });
  await expect(ladeBundid(fehlt, () => undefined)).rejects.toThrow('BUNDID_SP_SIGNING_KEY: Datei');
});

test('IdP metadata from a URL are kept; when the URL is down the saved copy is used', async () => {
  const env = await dateien();
  let antwort = 200;
  const server: Server = createServer((_req, res) => {
    res.writeHead(antwort, { 'content-type': 'application/samlmetadata+xml' });
    res.end(antwort === 200 ? bundidMetadaten() : 'weg');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const adresse = server.address();
  const url = `http://127.0.0.1:${typeof adresse === 'object' && adresse !== null ? adresse.port : 0}/idp`;
  const dataDir = path.join(ordner, 'url');
  try {
    const config = loadConfig({ ...env, BUNDID_IDP_METADATA: url, DATA_DIR: dataDir });
    const warnungen: string[] = [];
    expect((await ladeBundid(config, (w) => warnungen.push(w))).idp.entityId).toBe(
      'https://int.id.bund.de/idp',
    );
    expect(await readFile(path.join(dataDir, 'bundid', 'idp-metadaten.xml'), 'utf8')).toContain(
      'int.id.bund.de',
    );
    antwort = 503;
    expect((await ladeBundid(config, (w) => warnungen.push(w))).idp.ssoUrl).toContain('POST/SSO');
    expect(warnungen).toEqual([`IdP-Metadaten von ${url} nicht erreichbar, nutze die gespeicherte Kopie`]);
    const ohneKopie = loadConfig({ ...env, BUNDID_IDP_METADATA: url, DATA_DIR: path.join(ordner, 'leer') });
    await expect(ladeBundid(ohneKopie, () => undefined)).rejects.toThrow(
      `BUNDID_IDP_METADATA: ${url} nicht lesbar (HTTP 503)`,
    );
  } finally {
    server.close();
  }
});

test('embedded mode generates the keys once in DATA_DIR (mode 0600) and keeps them', async () => {
  const dataDir = path.join(ordner, 'eingebettet');
  const config = loadConfig({ DATA_DIR: dataDir });
  const erstes = await ladeBundid(config, () => undefined);
  const zweites = await ladeBundid(config, () => undefined);
  expect(zweites.sp).toEqual(erstes.sp);
  expect(zweites.testIdp).toEqual(erstes.testIdp);
  expect(erstes.idp.entityId).toBe('http://127.0.0.1:3000/bundid-testidp');
  const datei = await stat(path.join(dataDir, 'bundid', 'sp-schluessel.json'));
  expect(datei.mode & 0o777).toBe(0o600);
  expect(erstes.spMetadaten).toContain(zertifikatOhneRahmen(erstes.sp.verschluesselung.zertifikat));
});

test('two processes generating keys at the same time end up with the same keys', async () => {
  const datei = path.join(ordner, 'gleichzeitig', 'schluessel.json');
  let n = 0;
  const [a, b] = await Promise.all([
    ladeOderErzeuge(datei, () => ({ nummer: ++n })),
    ladeOderErzeuge(datei, () => ({ nummer: ++n })),
  ]);
  expect(a).toEqual(b);
  expect(JSON.parse(await readFile(datei, 'utf8'))).toEqual(a);
});

test('the BundID "back" page and the logout page are plain German pages', async () => {
  const t = await testApp();
  try {
    const zurueck = await t.app.inject({ url: '/anmelden/abgebrochen' });
    expect(zurueck.statusCode).toBe(200);
    expect(zurueck.body).toContain('Die Anmeldung wurde abgebrochen');
    expect((await t.app.inject({ url: '/abgemeldet' })).body).toContain('Sie sind abgemeldet');
  } finally {
    await t.close();
  }
});
