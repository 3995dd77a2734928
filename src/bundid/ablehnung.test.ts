import pino from 'pino';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import {
  antwortHolen,
  attributwert,
  ausgeben,
  Browser,
  element,
  oeffnen,
  testSchluessel,
  verpacken,
  type Geoeffnet,
  type Verpackung,
} from '../../test/bundid.ts';
import { loggerOptions } from '../log.ts';
import { cookieName } from '../web/sitzung.ts';
import { OID } from './attribute.ts';
import type { Ablehnungsgrund } from './dienstanbieter.ts';

// Every forged or broken response is built from a REAL response of the stand-in: decrypted with the SP key,
// changed, then signed (with the stand-in's key unless the case is about the key) and encrypted again, so
// each case fails exactly one check.

const logs: string[] = [];
const logger = pino(loggerOptions('info'), { write: (zeile: string) => logs.push(zeile) });
const t = await testApp({ logger });
afterAll(() => t.close());
const schluessel = await testSchluessel();
const spSchluessel = schluessel.sp.verschluesselung.schluessel;
const idp = { schluessel: schluessel.testIdp.schluessel };
const fremd = { schluessel: schluessel.fremd.schluessel };
const wieBundid: Verpackung = {
  assertionSignatur: idp,
  antwortSignatur: idp,
  verschluesseln: schluessel.sp.verschluesselung.zertifikat,
};

let browser: Browser;
beforeEach(() => {
  browser = new Browser(t.app);
  logs.length = 0;
  t.uhr.setze('2026-11-29T10:00:00+01:00');
});

async function holen(persona = 'rostock') {
  const form = await antwortHolen(browser, { persona });
  return { form, teile: await oeffnen(form.felder.SAMLResponse!, spSchluessel) };
}

async function erwarteAblehnung(samlResponse: string, grund: Ablehnungsgrund, status = 400) {
  const res = await browser.post('/bundid/acs', { SAMLResponse: samlResponse, RelayState: '/antrag' });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toContain('text/html');
  expect(res.body).toContain('<h1 class="kern-heading-large">');
  expect(res.body).toContain('href="/anmelden?ziel=%2Fantrag"');
  // No SAML or library error text reaches the browser.
  // (the reason code in <code> is ours and shown for support)
  const inhalt = (/<main[\s\S]*<\/main>/.exec(res.body)?.[0] ?? '').replace(/<code>[^<]*<\/code>/, '');
  expect(inhalt).not.toMatch(/invalid|signature|assertion|audience|xml|saml|urn:oasis|error/i);
  expect(res.cookies.some((c) => c.name === cookieName.buerger && c.value !== '')).toBe(false);
  const eintrag = logs
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .find((l) => l.bundid === 'abgelehnt');
  expect(eintrag, logs.join('\n')).toMatchObject({ grund, level: 40 });
  // Logged without personal data. (The full date: a bare year also occurs in random request ids.)
  for (const persoenlich of ['Erika', 'Mustermann', 'Kröpeliner', 'test-erika', '1964-08-12', '12.08.1964']) {
    expect(logs.join('\n')).not.toContain(persoenlich);
  }
  return res;
}

const faelle: [string, Ablehnungsgrund, (g: Geoeffnet) => Promise<string> | string][] = [
  [
    'unsigned (no signature at all)',
    'signatur',
    (g) => verpacken(g, { ...wieBundid, assertionSignatur: 'keine', antwortSignatur: 'keine' }),
  ],
  [
    'assertion unsigned, response signed',
    'signatur',
    (g) => verpacken(g, { ...wieBundid, assertionSignatur: 'keine' }),
  ],
  [
    'wrongly signed (another key)',
    'signatur',
    (g) => verpacken(g, { ...wieBundid, assertionSignatur: fremd, antwortSignatur: fremd }),
  ],
  [
    'response signed with another key',
    'signatur',
    (g) => verpacken(g, { ...wieBundid, antwortSignatur: fremd }),
  ],
  [
    'attribute changed after signing',
    'signatur',
    (g) => {
      attributwert(g.assertion, OID.familienname).textContent = 'Musterfrau';
      return verpacken(g, { ...wieBundid, assertionSignatur: 'behalten' });
    },
  ],
  [
    'SHA-1 signatures',
    'signatur_algorithmus',
    (g) =>
      verpacken(g, {
        ...wieBundid,
        assertionSignatur: { ...idp, verfahren: 'sha1' },
        antwortSignatur: { ...idp, verfahren: 'sha1' },
      }),
  ],
  [
    'SHA-1 only inside the encrypted assertion',
    'signatur_algorithmus',
    (g) => verpacken(g, { ...wieBundid, assertionSignatur: { ...idp, verfahren: 'sha1' } }),
  ],
  [
    'wrong audience',
    'zielgruppe',
    (g) => {
      element(g.assertion, 'Audience').textContent = 'https://andere-behoerde.example/sp';
      return verpacken(g, wieBundid);
    },
  ],
  [
    'wrong destination',
    'ziel_adresse',
    (g) => {
      g.antwort.documentElement.setAttribute('Destination', 'https://andere-behoerde.example/acs');
      return verpacken(g, wieBundid);
    },
  ],
  [
    'wrong recipient',
    'empfaenger',
    (g) => {
      element(g.assertion, 'SubjectConfirmationData').setAttribute(
        'Recipient',
        'https://andere-behoerde.example/acs',
      );
      return verpacken(g, wieBundid);
    },
  ],
  [
    'wrong issuer',
    'aussteller',
    (g) => {
      element(g.assertion, 'Issuer').textContent = 'https://falscher-idp.example/idp';
      element(g.antwort, 'Issuer').textContent = 'https://falscher-idp.example/idp';
      return verpacken(g, wieBundid);
    },
  ],
  [
    'wrong issuer in the assertion only',
    'aussteller',
    (g) => {
      element(g.assertion, 'Issuer').textContent = 'https://falscher-idp.example/idp';
      return verpacken(g, wieBundid);
    },
  ],
  [
    'unsolicited: no InResponseTo',
    'unaufgefordert',
    (g) => {
      element(g.assertion, 'SubjectConfirmationData').removeAttribute('InResponseTo');
      g.antwort.documentElement.removeAttribute('InResponseTo');
      return verpacken(g, wieBundid);
    },
  ],
  [
    'unsolicited: unknown InResponseTo',
    'unaufgefordert',
    (g) => {
      element(g.assertion, 'SubjectConfirmationData').setAttribute('InResponseTo', '_unbekannt');
      g.antwort.documentElement.setAttribute('InResponseTo', '_unbekannt');
      return verpacken(g, wieBundid);
    },
  ],
  [
    'InResponseTo of response and assertion differ',
    'unaufgefordert',
    (g) => {
      g.antwort.documentElement.setAttribute('InResponseTo', '_andere');
      return verpacken(g, wieBundid);
    },
  ],
  [
    'non-success status with a valid assertion',
    'status',
    (g) => {
      element(g.antwort, 'StatusCode', 'samlp').setAttribute(
        'Value',
        'urn:oasis:names:tc:SAML:2.0:status:Requester',
      );
      return verpacken(g, wieBundid);
    },
  ],
  [
    'plaintext (unencrypted) assertion',
    'nicht_verschluesselt',
    (g) => verpacken(g, { ...wieBundid, verschluesseln: false }),
  ],
  [
    'two assertions',
    'mehrere_assertions',
    async (g) => {
      const eine = Buffer.from(await verpacken(g, wieBundid), 'base64').toString('utf8');
      const verschluesselt = /<saml:EncryptedAssertion[\s\S]*<\/saml:EncryptedAssertion>/.exec(eine)![0];
      return Buffer.from(eine.replace(verschluesselt, verschluesselt + verschluesselt)).toString('base64');
    },
  ],
  [
    'ciphertext bit flip (GCM)',
    'entschluesselung',
    async (g) => {
      const xml = Buffer.from(
        await verpacken(g, { ...wieBundid, antwortSignatur: 'keine' }),
        'base64',
      ).toString('utf8');
      const werte = [...xml.matchAll(/<xenc:CipherValue>([^<]+)<\/xenc:CipherValue>/g)];
      const daten = werte.at(-1)![1]!;
      const bytes = Buffer.from(daten, 'base64');
      bytes[40] = bytes[40]! ^ 1;
      return Buffer.from(xml.replace(daten, bytes.toString('base64'))).toString('base64');
    },
  ],
  ['not a SAML response', 'ungueltig', () => Buffer.from('<html>kein SAML</html>').toString('base64')],
  ['not XML', 'ungueltig', () => Buffer.from('{"kein": "xml"}').toString('base64')],
  [
    'DOCTYPE (entity expansion)',
    'ungueltig',
    (g) => {
      const xml = ausgeben(g.antwort);
      return Buffer.from(`<!DOCTYPE r [<!ENTITY a "aaaa">]>${xml}`).toString('base64');
    },
  ],
];

describe('forged or broken responses are refused with a German page and a logged reason', () => {
  test.each(faelle)('%s → %s', async (_name, grund, faelschen) => {
    const { teile } = await holen();
    await erwarteAblehnung(await faelschen(teile), grund);
    expect((await browser.get('/bundid/sitzung')).statusCode).toBe(303);
  });
});

test('the unchanged re-packed response is accepted (the tampering tools do not break anything alone)', async () => {
  const { teile } = await holen();
  const res = await browser.post('/bundid/acs', { SAMLResponse: await verpacken(teile, wieBundid) });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
});

test('a replayed response is refused', async () => {
  const { form } = await holen();
  // Even with a copy of the browser binding (browserbindung.test.ts), the used request is not taken twice.
  const bindung = browser.cookies.get('mr_saml_anfrage')!;
  expect((await browser.senden(form)).statusCode).toBe(303);
  const zweiter = new Browser(t.app);
  zweiter.cookies.set('mr_saml_anfrage', bindung);
  const res = await zweiter.post('/bundid/acs', form.felder);
  logs.length = 0;
  const nochmal = await zweiter.post('/bundid/acs', form.felder);
  expect(res.statusCode).toBe(400);
  expect(nochmal.statusCode).toBe(400);
  browser = zweiter;
  await erwarteAblehnung(form.felder.SAMLResponse!, 'wiederholt');
});

test('an expired response is refused (the clock moved on)', async () => {
  const { form } = await holen();
  t.uhr.vor(6 * 60_000);
  await erwarteAblehnung(form.felder.SAMLResponse!, 'abgelaufen');
});

test('a response from the future is refused, a small clock skew is accepted', async () => {
  const { form } = await holen();
  t.uhr.vor(-60_000);
  await erwarteAblehnung(form.felder.SAMLResponse!, 'noch_nicht_gueltig');
  const zweite = await holen();
  t.uhr.setze('2026-11-29T09:59:57+01:00');
  expect((await browser.senden(zweite.form)).statusCode).toBe(303);
});

test('a response to a request older than 30 minutes is refused', async () => {
  const start = await browser.get('/anmelden');
  expect(start.statusCode).toBe(200);
  const { teile } = await holen();
  const alteId = /ID="(_[^"]+)"/.exec(
    Buffer.from(/name="SAMLRequest" value="([^"]+)"/.exec(start.body)![1]!, 'base64').toString(),
  )![1]!;
  t.uhr.vor(31 * 60_000);
  // Re-issue the assertion "now" for the old request id, signed by the stand-in's key.
  const jetzt = t.uhr.jetzt();
  const spaeter = new Date(jetzt.getTime() + 5 * 60_000).toISOString();
  element(teile.assertion, 'SubjectConfirmationData').setAttribute('InResponseTo', alteId);
  element(teile.assertion, 'SubjectConfirmationData').setAttribute('NotOnOrAfter', spaeter);
  teile.assertion.documentElement.setAttribute('IssueInstant', jetzt.toISOString());
  element(teile.assertion, 'Conditions').setAttribute('NotBefore', jetzt.toISOString());
  element(teile.assertion, 'Conditions').setAttribute('NotOnOrAfter', spaeter);
  teile.antwort.documentElement.setAttribute('InResponseTo', alteId);
  await erwarteAblehnung(await verpacken(teile, wieBundid), 'anfrage_abgelaufen');
});

test('a too-low trust level (user name and password) is refused with 403', async () => {
  const { form } = await holen('benutzername');
  const res = await erwarteAblehnung(form.felder.SAMLResponse!, 'niveau_zu_niedrig', 403);
  expect(res.body).toContain('Diese Anmeldeart reicht für den Antrag nicht aus');
  expect(res.body).toContain('Online-Ausweis oder einem ELSTER-Zertifikat');
});

test('a raised trust level in a response signed by the IdP is what counts (not the AuthnContext alone)', async () => {
  const { teile } = await holen('benutzername');
  element(teile.assertion, 'AuthnContextClassRef').textContent = 'STORK-QAA-Level-4';
  // The attribute still says Level-1: the attribute wins.
  await erwarteAblehnung(await verpacken(teile, wieBundid), 'niveau_zu_niedrig', 403);
});

test('a missing pseudonym (bPK2) is refused', async () => {
  const form = await antwortHolen(browser, {
    aktion: 'anmelden',
    felder: { bearbeitet: 'ja', niveau: 'hoch', bpk2: '', vorname: 'Erika', familienname: 'Mustermann' },
  });
  await erwarteAblehnung(form.felder.SAMLResponse!, 'pseudonym_fehlt');
});

test('the citizen cancels at BundID: a signed failure status gives the cancel page', async () => {
  const form = await antwortHolen(browser, { aktion: 'abbrechen' });
  const res = await erwarteAblehnung(form.felder.SAMLResponse!, 'status');
  expect(res.body).toContain('Die Anmeldung wurde abgebrochen');
});

test('a post without SAMLResponse is refused', async () => {
  const res = await browser.post('/bundid/acs', { RelayState: '/antrag' });
  expect(res.statusCode).toBe(400);
  expect(res.body).toContain('Die Anmeldung konnte nicht geprüft werden');
});
