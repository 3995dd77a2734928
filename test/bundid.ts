import os from 'node:os';
import path from 'node:path';
import type { Config } from '../src/config.ts';
import { bundidMaterial, type BundidMaterial } from '../src/bundid/laden.ts';
import {
  erzeugeSchluesselpaar,
  erzeugeSpSchluessel,
  ladeOderErzeuge,
  type Schluesselpaar,
  type SpSchluessel,
} from '../src/bundid/schluessel.ts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { promisify } from 'node:util';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import xmlenc from 'xml-encryption';
/**
 * Test-only RSA keys (2048 bit for speed), generated on the first test run on this machine and kept in the
 * temp directory, so no private key is committed and test files do not each pay for key generation.
 */
export type TestSchluessel = { sp: SpSchluessel; testIdp: Schluesselpaar; fremd: Schluesselpaar };

export function testSchluessel(): Promise<TestSchluessel> {
  return ladeOderErzeuge(
    path.join(os.tmpdir(), 'mietrueckstaende-test-bundid-schluessel-v1.json'),
    async () => {
      const [sp, testIdp, fremd] = await Promise.all([
        erzeugeSpSchluessel(2048),
        erzeugeSchluesselpaar('BundID-Testumgebung (Tests)', 2048),
        erzeugeSchluesselpaar('Fremder Schluessel (Tests)', 2048),
      ]);
      return { sp, testIdp, fremd };
    },
  );
}

/** The BundID material of the embedded mode (stand-in IdP), built from the test keys. */
export async function testBundid(config: Config): Promise<BundidMaterial> {
  const schluessel = await testSchluessel();
  return bundidMaterial(config, schluessel.sp, schluessel.testIdp);
}

// ---------------------------------------------------------------------------------------------------------
// Driving the SAML round trip through inject(), like a browser without JavaScript.

export type Formular = { action: string; felder: Record<string, string> };

function entitaeten(wert: string): string {
  return wert
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The first POST form of a page whose action matches `aktion` (or any), with its hidden fields. */
export function formular(html: string, aktion?: RegExp): Formular {
  const formulare = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  for (const [, attrs = '', inhalt = ''] of formulare) {
    if (!/method="post"/.test(attrs)) continue;
    const action = entitaeten(/action="([^"]*)"/.exec(attrs)?.[1] ?? '');
    if (aktion !== undefined && !aktion.test(action)) continue;
    const felder: Record<string, string> = {};
    for (const [input] of inhalt.matchAll(/<input\b[^>]*>/g)) {
      if (!/type="hidden"/.test(input)) continue;
      const name = /name="([^"]*)"/.exec(input)?.[1];
      const value = /value="([^"]*)"/.exec(input)?.[1] ?? '';
      if (name !== undefined) felder[name] = entitaeten(value);
    }
    return { action, felder };
  }
  throw new Error(`Kein POST-Formular${aktion === undefined ? '' : ` für ${String(aktion)}`} gefunden`);
}

/** A cookie jar for inject(): remembers Set-Cookie, forgets cleared cookies. */
export class Browser {
  cookies = new Map<string, string>();
  constructor(readonly app: FastifyInstance) {}

  merken(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      if (c.value === '' || (c.expires !== undefined && c.expires.getTime() < Date.now()) || c.maxAge === 0) {
        this.cookies.delete(c.name);
      } else {
        this.cookies.set(c.name, c.value);
      }
    }
    return res;
  }

  async get(url: string) {
    return this.merken(
      await this.app.inject({ method: 'GET', url, cookies: Object.fromEntries(this.cookies) }),
    );
  }

  async post(url: string, felder: Record<string, string>) {
    const pfad = url.replace(/^https?:\/\/[^/]+/, '');
    return this.merken(
      await this.app.inject({
        method: 'POST',
        url: pfad,
        cookies: Object.fromEntries(this.cookies),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(felder).toString(),
      }),
    );
  }

  async senden(form: Formular, extra: Record<string, string> = {}) {
    return this.post(form.action, { ...form.felder, ...extra });
  }
}

/**
 * GET /anmelden → the stand-in's persona page → its response page. Returns the form that would go to
 * the ACS (not yet sent), so tests can send it as is or tamper with it first.
 */
export async function antwortHolen(
  browser: Browser,
  optionen: { persona?: string; ziel?: string; aktion?: string; felder?: Record<string, string> } = {},
): Promise<Formular> {
  const start = await browser.get(`/anmelden?ziel=${encodeURIComponent(optionen.ziel ?? '/antrag')}`);
  if (start.statusCode !== 200) throw new Error(`/anmelden: ${start.statusCode}`);
  const auswahl = await browser.senden(formular(start.body));
  if (auswahl.statusCode !== 200) throw new Error(`Testumgebung: ${auswahl.statusCode}`);
  const antwort = await browser.senden(formular(auswahl.body), {
    persona: optionen.persona ?? 'rostock',
    aktion: optionen.aktion ?? 'anmelden',
    ...optionen.felder,
  });
  if (antwort.statusCode !== 200) throw new Error(`Testumgebung Antwort: ${antwort.statusCode}`);
  return formular(antwort.body, /\/bundid\/acs$/);
}

// ---------------------------------------------------------------------------------------------------------
// Tampering with real responses of the stand-in: open (decrypt), change, re-sign, re-encrypt.

const SAMLP = 'urn:oasis:names:tc:SAML:2.0:protocol';
const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion';
const DSIG = 'http://www.w3.org/2000/09/xmldsig#';

export const VERFAHREN = {
  sha256: {
    signatur: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    digest: 'http://www.w3.org/2001/04/xmlenc#sha256',
  },
  sha1: {
    signatur: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
    digest: 'http://www.w3.org/2000/09/xmldsig#sha1',
  },
} as const;

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
export const ausgeben = (node: Node) => new XMLSerializer().serializeToString(node);

export type Geoeffnet = { antwort: Document; assertion: Document };

/** Decrypts a stand-in response with the SP key: the Response and its (still signed) assertion. */
export async function oeffnen(
  samlResponse: string,
  spVerschluesselungsSchluessel: string,
): Promise<Geoeffnet> {
  const antwort = parse(Buffer.from(samlResponse, 'base64').toString('utf8'));
  const verschluesselt = antwort.getElementsByTagNameNS(SAML, 'EncryptedAssertion')[0];
  if (verschluesselt === undefined) throw new Error('keine EncryptedAssertion');
  const klar = await promisify(xmlenc.decrypt.bind(xmlenc))(ausgeben(verschluesselt), {
    key: spVerschluesselungsSchluessel,
  });
  return { antwort, assertion: parse(klar) };
}

type Signatur = { schluessel: string; verfahren?: keyof typeof VERFAHREN };

export type Verpackung = {
  /** 'behalten': keep the assertion's original signature (for "changed after signing") */
  assertionSignatur: Signatur | 'behalten' | 'keine';
  antwortSignatur: Signatur | 'keine';
  /** PEM certificate to encrypt to, or false for a plaintext assertion */
  verschluesseln: string | false;
  datenverschluesselung?: string;
  schluesseltransport?: string;
  /** changes the EncryptedData XML before it goes into the response (e.g. another DigestMethod) */
  nachVerschluesselung?: (xml: string) => string;
};

function signaturenEntfernen(el: Element) {
  for (const s of Array.from(el.childNodes)) {
    if (
      s.nodeType === 1 &&
      (s as Element).namespaceURI === DSIG &&
      (s as Element).localName === 'Signature'
    ) {
      el.removeChild(s);
    }
  }
}

function signieren(xml: string, wurzel: 'Response' | 'Assertion', signatur: Signatur): string {
  const verfahren = VERFAHREN[signatur.verfahren ?? 'sha256'];
  const sig = new SignedXml({
    privateKey: signatur.schluessel,
    signatureAlgorithm: verfahren.signatur,
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: `/*[local-name(.)='${wurzel}']`,
    digestAlgorithm: verfahren.digest,
    transforms: [
      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
      'http://www.w3.org/2001/10/xml-exc-c14n#',
    ],
  });
  sig.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: `/*[local-name(.)='${wurzel}']/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return sig.getSignedXml();
}

/** Builds a response from the (changed) parts again: signs, encrypts and signs as told. */
export async function verpacken(teile: Geoeffnet, v: Verpackung): Promise<string> {
  const assertionEl = teile.assertion.documentElement;
  if (v.assertionSignatur !== 'behalten') signaturenEntfernen(assertionEl);
  let assertionXml = ausgeben(assertionEl);
  if (typeof v.assertionSignatur === 'object')
    assertionXml = signieren(assertionXml, 'Assertion', v.assertionSignatur);

  let einzusetzen: string;
  if (v.verschluesseln === false) {
    einzusetzen = assertionXml;
  } else {
    const zertifikat = v.verschluesseln;
    const verschluesselt = await promisify(xmlenc.encrypt.bind(xmlenc))(assertionXml, {
      rsa_pub: zertifikat,
      pem: zertifikat,
      encryptionAlgorithm: (v.datenverschluesselung ??
        'http://www.w3.org/2009/xmlenc11#aes256-gcm') as 'http://www.w3.org/2009/xmlenc11#aes256-gcm',
      keyEncryptionAlgorithm: (v.schluesseltransport ??
        'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p') as 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
    });
    const daten = v.nachVerschluesselung?.(verschluesselt) ?? verschluesselt;
    einzusetzen = `<saml:EncryptedAssertion xmlns:saml="${SAML}">${daten}</saml:EncryptedAssertion>`;
  }
  const antwort = teile.antwort.documentElement;
  signaturenEntfernen(antwort);
  for (const alt of [
    ...Array.from(antwort.getElementsByTagNameNS(SAML, 'EncryptedAssertion')),
    ...Array.from(antwort.getElementsByTagNameNS(SAML, 'Assertion')),
  ]) {
    if (alt.parentNode === antwort) antwort.removeChild(alt);
  }
  antwort.appendChild(antwort.ownerDocument.importNode(parse(einzusetzen).documentElement, true));
  let xml = ausgeben(antwort);
  if (typeof v.antwortSignatur === 'object') xml = signieren(xml, 'Response', v.antwortSignatur);
  return Buffer.from(xml).toString('base64');
}

/** First element by local name in the SAML namespaces, for changing it. */
export function element(doc: Document, name: string, ns: 'saml' | 'samlp' = 'saml'): Element {
  const el = doc.getElementsByTagNameNS(ns === 'saml' ? SAML : SAMLP, name)[0];
  if (el === undefined) throw new Error(`${name} fehlt`);
  return el;
}

export function attributwert(assertion: Document, oid: string): Element {
  const attribut = Array.from(assertion.getElementsByTagNameNS(SAML, 'Attribute')).find(
    (a) => a.getAttribute('Name') === oid,
  );
  const wert = attribut?.getElementsByTagNameNS(SAML, 'AttributeValue')[0];
  if (wert === undefined) throw new Error(`Attribut ${oid} fehlt`);
  return wert;
}
