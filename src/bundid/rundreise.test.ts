import type { FastifyRequest } from 'fastify';
import { afterAll, describe, expect, test } from 'vitest';
import { alsBuerger, eineIdentitaet } from '../../test/anmeldung.ts';
import { testApp } from '../../test/app.ts';
import { antwortHolen, Browser, formular } from '../../test/bundid.ts';
import { cookieName } from '../web/sitzung.ts';
import type { BuergerSitzung } from './identitaet.ts';

const t = await testApp();
const streng = await testApp({ env: { BUNDID_MIN_TRUST_LEVEL: 'hoch' } });
const locker = await testApp({ env: { BUNDID_MIN_TRUST_LEVEL: 'basis' } });
afterAll(async () => {
  await Promise.all([t.close(), streng.close(), locker.close()]);
});

async function sitzungVon(browser: Browser): Promise<BuergerSitzung | undefined> {
  const id = browser.cookies.get(cookieName.buerger);
  if (id === undefined) return undefined;
  const sitzung = await browser.app.sitzungen.lesen<BuergerSitzung>(
    { cookies: { [cookieName.buerger]: id } } as unknown as FastifyRequest,
    'buerger',
  );
  return sitzung?.daten;
}

describe('full SAML round trip: /anmelden → stand-in → ACS → session', () => {
  test('the Rostock tenant lands on the target page with the identity of eineIdentitaet()', async () => {
    const browser = new Browser(t.app);
    const acs = await antwortHolen(browser, { persona: 'rostock', ziel: '/antrag' });
    expect(acs.action).toBe('http://127.0.0.1:3000/bundid/acs');
    const res = await browser.senden(acs);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/antrag');
    const sitzung = await sitzungVon(browser);
    expect(sitzung?.identitaet).toEqual({ ...eineIdentitaet(), geschlecht: 'weiblich', anmeldeart: 'eID' });
    expect(sitzung?.angemeldetAm).toBe(t.uhr.jetzt().toISOString());

    const seite = await browser.get('/bundid/sitzung');
    expect(seite.statusCode).toBe(200);
    expect(seite.body).toContain('Angemeldet: Erika Mustermann');
    for (const text of [
      'Kröpeliner Straße 12, 18055 Rostock',
      '12.08.1964',
      'Gabler',
      'hoch (Online-Ausweis)',
    ]) {
      expect(seite.body).toContain(text);
    }
  });

  test('the Schwerin pensioner (ELSTER, substantiell) is accepted; missing e-mail is fine', async () => {
    const browser = new Browser(t.app);
    expect((await browser.senden(await antwortHolen(browser, { persona: 'schwerin' }))).statusCode).toBe(303);
    const { identitaet } = (await sitzungVon(browser))!;
    expect(identitaet).toMatchObject({
      pseudonym: 'bpk2:test-gerhard-lehmann',
      vertrauensniveau: 'substantiell',
      anmeldeart: 'Elster',
      anschrift: { strasse: 'Am Packhof', hausnummer: '3a', plz: '19053', ort: 'Schwerin', land: 'D' },
      geschlecht: 'maennlich',
    });
    expect(identitaet.email).toBeUndefined();
    expect(identitaet.geburtsname).toBeUndefined();
  });

  test('a person from outside M-V can log in (the wizard decides about responsibility)', async () => {
    const browser = new Browser(t.app);
    expect((await browser.senden(await antwortHolen(browser, { persona: 'hamburg' }))).statusCode).toBe(303);
    expect((await sitzungVon(browser))?.identitaet).toMatchObject({
      vorname: 'Ayşe',
      familienname: 'Yılmaz',
      staatsangehoerigkeit: 'TUR',
      anschrift: { ort: 'Hamburg', plz: '22089' },
    });
  });

  test('edited attributes arrive as edited', async () => {
    const browser = new Browser(t.app);
    const start = await browser.get('/anmelden');
    const auswahl = await browser.senden(formular(start.body));
    const bearbeiten = await browser.senden(formular(auswahl.body), {
      persona: 'rostock',
      aktion: 'bearbeiten',
    });
    expect(bearbeiten.statusCode).toBe(200);
    expect(bearbeiten.body).toContain('value="Kröpeliner Straße 12"');
    const antwort = await browser.senden(formular(bearbeiten.body), {
      aktion: 'anmelden',
      niveau: 'substantiell',
      bpk2: 'bpk2:test-bearbeitet',
      vorname: 'Erika',
      familienname: 'Musterfrau',
      strasse: 'Doberaner Straße 7 b',
      plz: '18057',
      ort: 'Rostock',
    });
    expect((await browser.senden(formular(antwort.body, /acs$/))).statusCode).toBe(303);
    expect((await sitzungVon(browser))?.identitaet).toEqual({
      pseudonym: 'bpk2:test-bearbeitet',
      vertrauensniveau: 'substantiell',
      vorname: 'Erika',
      familienname: 'Musterfrau',
      anschrift: { strasse: 'Doberaner Straße', hausnummer: '7b', plz: '18057', ort: 'Rostock' },
    });
  });

  test('the required level is a setting: "hoch" refuses ELSTER, "basis" accepts user name and password', async () => {
    const a = new Browser(streng.app);
    const res = await a.senden(await antwortHolen(a, { persona: 'schwerin' }));
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('und zwar mit dem Online-Ausweis.');
    const b = new Browser(locker.app);
    expect((await b.senden(await antwortHolen(b, { persona: 'benutzername' }))).statusCode).toBe(303);
    expect((await sitzungVon(b))?.identitaet.vertrauensniveau).toBe('basis');
  });
});

describe('session handling', () => {
  test('a new session id after login; the previous citizen session ends (no fixation)', async () => {
    const browser = new Browser(t.app);
    const alt = (await alsBuerger(t, eineIdentitaet({ pseudonym: 'bpk2:alt' })))[cookieName.buerger]!;
    // Signed in already: /anmelden goes straight on. Start the login with a fresh browser and plant the
    // old cookie only before the ACS post.
    const acs = await antwortHolen(browser);
    browser.cookies.set(cookieName.buerger, alt);
    expect((await browser.senden(acs)).statusCode).toBe(303);
    const neu = browser.cookies.get(cookieName.buerger);
    expect(neu).toBeDefined();
    expect(neu).not.toBe(alt);
    const altesGeraet = new Browser(t.app);
    altesGeraet.cookies.set(cookieName.buerger, alt);
    expect((await altesGeraet.get('/bundid/sitzung')).statusCode).toBe(303);
  });

  test('signed in: /anmelden goes straight to the target', async () => {
    const browser = new Browser(t.app);
    for (const [k, v] of Object.entries(await alsBuerger(t))) browser.cookies.set(k, v);
    const res = await browser.get('/anmelden?ziel=%2Fantrag%2Fschritt%2F2');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/antrag/schritt/2');
  });

  test('pages behind requireBuerger redirect to the login with the current path', async () => {
    const res = await t.app.inject({ url: '/bundid/sitzung' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/anmelden?ziel=%2Fbundid%2Fsitzung');
  });

  test('logout needs the CSRF token and ends the session', async () => {
    const browser = new Browser(t.app);
    await browser.senden(await antwortHolen(browser));
    expect((await browser.post('/abmelden', {})).statusCode).toBe(403);
    const seite = await browser.get('/bundid/sitzung');
    const abmelden = formular(seite.body, /\/abmelden$/);
    const res = await browser.senden(abmelden);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/abgemeldet');
    expect(browser.cookies.has(cookieName.buerger)).toBe(false);
    expect((await browser.get('/abgemeldet')).body).toContain('Sie sind abgemeldet');
    expect((await browser.get('/bundid/sitzung')).statusCode).toBe(303);
  });
});

describe('the target page (no open redirect)', () => {
  test('a local path with query survives the round trip', async () => {
    const browser = new Browser(t.app);
    const res = await browser.senden(await antwortHolen(browser, { ziel: '/antrag/schritt/3?neu=1' }));
    expect(res.headers.location).toBe('/antrag/schritt/3?neu=1');
  });

  test.each([
    'https://boese.example/',
    '//boese.example/',
    '/\\boese.example/',
    'javascript:alert(1)',
    '/x\r\nLocation: https://boese.example',
    'antrag',
    '/anmelden?ziel=/x',
    '/bundid/acs',
  ])('"%s" is replaced by /antrag', async (ziel) => {
    const browser = new Browser(t.app);
    const start = await browser.get(`/anmelden?ziel=${encodeURIComponent(ziel)}`);
    expect(formular(start.body).felder.RelayState).toBe('/antrag');
  });

  test('a RelayState changed in the browser does not matter: the target is bound to the request', async () => {
    const browser = new Browser(t.app);
    const acs = await antwortHolen(browser, { ziel: '/antrag' });
    const res = await browser.senden(acs, { RelayState: 'https://boese.example/' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/antrag');
  });
});

describe('the AuthnRequest', () => {
  test('is signed (RSA-SHA256), not deflated, asks for Level-3 minimum and carries the AKDB extension', async () => {
    const browser = new Browser(t.app);
    const res = await browser.get('/anmelden');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('Weiter zur BundID');
    expect(res.body).not.toContain('<script');
    const form = formular(res.body);
    expect(form.action).toBe('http://127.0.0.1:3000/bundid-testidp/sso');
    const xml = Buffer.from(form.felder.SAMLRequest!, 'base64').toString('utf8');
    expect(xml.startsWith('<')).toBe(true);
    for (const teil of [
      'ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"',
      'AssertionConsumerServiceURL="http://127.0.0.1:3000/bundid/acs"',
      'Destination="http://127.0.0.1:3000/bundid-testidp/sso"',
      'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      'http://www.w3.org/2001/04/xmlenc#sha256',
      'Comparison="minimum"',
      'STORK-QAA-Level-3',
      'xmlns:akdb="https://www.akdb.de/request/2018/09"',
      'Name="urn:oid:1.3.6.1.4.1.25484.494450.3" RequiredAttribute="true"',
      'Name="urn:oid:2.5.4.18" RequiredAttribute="false"',
      '<classic-ui:OnlineServiceId>mietrueckstaende-entwicklung</classic-ui:OnlineServiceId>',
      '<classic-ui:OrganizationDisplayName>Sozialämter in Mecklenburg-Vorpommern</classic-ui:OrganizationDisplayName>',
      '<akdb:eID><akdb:Enabled>true</akdb:Enabled></akdb:eID>',
    ]) {
      expect(xml).toContain(teil);
    }
    expect(xml).not.toContain('akdb:Benutzername');
    expect(xml).not.toContain('xmldsig#sha1');
    const id = /ID="([^"]+)"/.exec(xml)![1]!;
    const zeile = await t.datenbank.db
      .selectFrom('bundid_anfrage')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    expect(zeile).toMatchObject({ ziel: '/antrag', verbraucht_am: null });
  });

  test('the stand-in refuses a changed or unsigned AuthnRequest', async () => {
    const browser = new Browser(t.app);
    const form = formular((await browser.get('/anmelden')).body);
    const xml = Buffer.from(form.felder.SAMLRequest!, 'base64').toString('utf8');
    const geaendert = xml.replace('STORK-QAA-Level-3', 'STORK-QAA-Level-1');
    const unsigniert = xml.replace(/<Signature[\s\S]*<\/Signature>/, '');
    expect(unsigniert).not.toContain('SignatureValue');
    for (const anfrage of [geaendert, unsigniert]) {
      const res = await browser.senden(form, { SAMLRequest: Buffer.from(anfrage).toString('base64') });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('Die Anmeldeanfrage ist ungültig');
    }
    expect((await browser.senden(form, { SAMLRequest: '' })).statusCode).toBe(400);
  });

  test('the persona page needs its CSRF token and a chosen persona', async () => {
    const browser = new Browser(t.app);
    const auswahl = await browser.senden(formular((await browser.get('/anmelden')).body));
    const form = formular(auswahl.body);
    expect(auswahl.body).toContain('Testumgebung – nicht die echte BundID');
    expect((await browser.senden(form, { _csrf: 'falsch', persona: 'rostock' })).statusCode).toBe(403);
    const ohne = await browser.senden(form, { aktion: 'anmelden' });
    expect(ohne.statusCode).toBe(400);
    expect(ohne.body).toContain('Bitte wählen Sie eine Testperson aus.');
    expect(ohne.body).toContain('<title>Fehler: ');
  });
});

describe('metadata', () => {
  test('SP metadata at a stable URL: entity id, ACS, signing and encryption certificates', async () => {
    const a = await t.app.inject({ url: '/bundid/metadata' });
    const b = await t.app.inject({ url: '/bundid/metadata' });
    expect(a.statusCode).toBe(200);
    expect(a.headers['content-type']).toContain('application/samlmetadata+xml');
    expect(a.body).toBe(b.body);
    expect(a.body).toContain('entityID="http://127.0.0.1:3000/bundid/metadata"');
    expect(a.body).toContain('Location="http://127.0.0.1:3000/bundid/acs"');
    expect(a.body).toContain('AuthnRequestsSigned="true"');
    expect(a.body).toContain('WantAssertionsSigned="true"');
    expect(a.body).toContain('use="signing"');
    expect(a.body).toContain('use="encryption"');
    expect(a.body).not.toContain('PRIVATE KEY');
  });

  test('the stand-in publishes its IdP metadata', async () => {
    const res = await t.app.inject({ url: '/bundid-testidp/metadata' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('IDPSSODescriptor');
    expect(res.body).toContain('http://127.0.0.1:3000/bundid-testidp/sso');
  });

  test('the CSP form-action allows only the app itself when the IdP runs in it', async () => {
    const csp = String((await t.app.inject({ url: '/anmelden' })).headers['content-security-policy']);
    expect(csp).toContain("form-action 'self';");
  });
});
