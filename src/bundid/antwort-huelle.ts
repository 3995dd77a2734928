import { promisify } from 'node:util';
import { XMLSerializer } from '@xmldom/xmldom';
import xmlenc from 'xml-encryption';
import { ablehnen, kurz } from './ablehnung.ts';
import type { IdpMetadaten } from './idp-metadaten.ts';
import { algorithmusUri, type BundidKonfiguration } from './konfiguration.ts';
import type { SpSchluessel } from './schluessel.ts';
import { NS } from './xml.ts';
import {
  domAttribut,
  domKind,
  domKinder,
  domNachfahren,
  domText,
  leseXmlDokument,
  type XmlGrenzen,
} from '../shared/index.ts';

// The checks node-saml does not make on the Response around the assertion: size, top-level Status and
// Issuer, exactly one encrypted assertion with allowed algorithms, and no SHA-1 in any signature, also
// inside the encrypted assertion (so it is decrypted once here just to look at it).

const ERFOLG = 'urn:oasis:names:tc:SAML:2.0:status:Success';
const ERLAUBTE_SIGNATUR = new Set([
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
]);
const ERLAUBTER_DIGEST = new Set([
  'http://www.w3.org/2001/04/xmlenc#sha256',
  'http://www.w3.org/2001/04/xmlenc#sha512',
]);
const SHA1_DIGEST = 'http://www.w3.org/2000/09/xmldsig#sha1';
/**
 * Responses larger than this are not parsed at all. A BundID response (encrypted assertion with some 20
 * attributes, two signatures with certificates) is 10 to 25 kB; four times that is still cheap to check.
 */
export const HOECHSTGROESSE_XML = 96 * 1024;
/** What a SAML response needs, tighter than the project default (docs/adr/0021). */
const SAML_GRENZEN: XmlGrenzen = { tiefe: 40, attribute: 48, elemente: 2000 };

const entschluesseln = promisify(xmlenc.decrypt.bind(xmlenc)) as (
  xml: string,
  options: { key: string; disallowDecryptionWithInsecureAlgorithm: boolean; warnInsecureAlgorithm: boolean },
) => Promise<string>;

/** Checks the Response envelope and returns its root element; refusals throw `Ablehnung`. */
export async function pruefeHuelle(
  samlResponse: string,
  k: { config: BundidKonfiguration; sp: SpSchluessel; idp: IdpMetadaten },
): Promise<Element> {
  if (samlResponse.length > Math.ceil(HOECHSTGROESSE_XML / 3) * 4 + 8)
    ablehnen('ungueltig', 'Antwort zu groß');
  const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
  let doc: Document;
  try {
    doc = leseXmlDokument(xml, SAML_GRENZEN);
  } catch {
    return ablehnen('ungueltig', 'kein wohlgeformtes XML');
  }
  const antwort = doc.documentElement;
  if (antwort.namespaceURI !== NS.protokoll || antwort.localName !== 'Response') {
    ablehnen('ungueltig', 'kein samlp:Response');
  }

  const statusCode = domAttribut(
    domKind(domKind(antwort, NS.protokoll, 'Status'), NS.protokoll, 'StatusCode'),
    'Value',
  );
  if (statusCode !== ERFOLG) {
    ablehnen('status', `Status ${kurz(statusCode ?? 'fehlt')}`);
  }
  const ausstellerAntwort = domText(domKind(antwort, NS.assertion, 'Issuer'));
  if (ausstellerAntwort !== undefined && ausstellerAntwort !== k.idp.entityId) {
    ablehnen('aussteller', 'Issuer der Antwort ist nicht der konfigurierte IdP');
  }

  const klar = domKinder(antwort, NS.assertion, 'Assertion');
  const verschluesselt = domKinder(antwort, NS.assertion, 'EncryptedAssertion');
  if (klar.length > 0) ablehnen('nicht_verschluesselt', 'Assertion im Klartext');
  if (verschluesselt.length !== 1) {
    ablehnen(
      verschluesselt.length === 0 ? 'nicht_verschluesselt' : 'mehrere_assertions',
      'EncryptedAssertion',
    );
  }
  const verschluesselteAssertion = verschluesselt[0] as Element;
  pruefeVerschluesselung(verschluesselteAssertion, k.config);
  pruefeSignaturAlgorithmen(antwort);

  let entschluesselt: Document;
  try {
    entschluesselt = leseXmlDokument(
      await entschluesseln(new XMLSerializer().serializeToString(verschluesselteAssertion), {
        key: k.sp.verschluesselung.schluessel,
        disallowDecryptionWithInsecureAlgorithm: true,
        warnInsecureAlgorithm: false,
      }),
      SAML_GRENZEN,
    );
  } catch {
    return ablehnen('entschluesselung', 'Assertion ließ sich nicht entschlüsseln');
  }
  pruefeSignaturAlgorithmen(entschluesselt.documentElement);
  return antwort;
}

function pruefeVerschluesselung(el: Element, config: BundidKonfiguration) {
  const daten = domKind(el, NS.xenc, 'EncryptedData');
  const datenAlgorithmus = domAttribut(domKind(daten, NS.xenc, 'EncryptionMethod'), 'Algorithm');
  const erlaubteDaten = config.datenverschluesselung.map((a) => algorithmusUri[a]);
  if (datenAlgorithmus === undefined || !erlaubteDaten.includes(datenAlgorithmus)) {
    ablehnen('verschluesselung_algorithmus', `Datenverschlüsselung ${kurz(datenAlgorithmus ?? 'fehlt')}`);
  }
  const schluessel = domNachfahren(el, NS.xenc, 'EncryptedKey');
  if (schluessel.length !== 1) ablehnen('verschluesselung_algorithmus', 'genau ein EncryptedKey erwartet');
  const methode = domKind(schluessel[0], NS.xenc, 'EncryptionMethod');
  const transport = domAttribut(methode, 'Algorithm');
  const erlaubterTransport = config.schluesseltransport.map((a) => algorithmusUri[a]);
  if (transport === undefined || !erlaubterTransport.includes(transport)) {
    ablehnen('verschluesselung_algorithmus', `Schlüsseltransport ${kurz(transport ?? 'fehlt')}`);
  }
  // rsa-oaep-mgf1p always uses MGF1 with SHA-1; xml-encryption 3.1.0 would apply a SHA-256 DigestMethod to
  // MGF1 as well and fail, so anything but the SHA-1 default is refused with a clear reason.
  const digest = domAttribut(domKind(methode, NS.dsig, 'DigestMethod'), 'Algorithm');
  if (digest !== undefined && digest !== SHA1_DIGEST) {
    ablehnen('verschluesselung_algorithmus', `OAEP-Digest ${kurz(digest)} wird nicht unterstützt`);
  }
}

/**
 * Every XML signature below `el` must use RSA-SHA256/512 with SHA-256/512 digests. At most one signature
 * with one reference: BundID signs the Response and (inside the encrypted part) the assertion, and every
 * further reference would cost node-saml a canonicalisation of the whole document.
 */
function pruefeSignaturAlgorithmen(el: Element) {
  const signaturen = domNachfahren(el, NS.dsig, 'Signature');
  if (signaturen.length > 1) ablehnen('ungueltig', 'mehr als eine Signatur auf einer Ebene');
  for (const signatur of signaturen) {
    if (domNachfahren(signatur, NS.dsig, 'Reference').length > 1) {
      ablehnen('ungueltig', 'mehr als eine Referenz in einer Signatur');
    }
    const methode = domAttribut(domNachfahren(signatur, NS.dsig, 'SignatureMethod')[0], 'Algorithm');
    if (methode === undefined || !ERLAUBTE_SIGNATUR.has(methode)) {
      ablehnen('signatur_algorithmus', `Signaturverfahren ${kurz(methode ?? 'fehlt')}`);
    }
    for (const digest of domNachfahren(signatur, NS.dsig, 'DigestMethod')) {
      const algorithmus = domAttribut(digest, 'Algorithm');
      if (algorithmus === undefined || !ERLAUBTER_DIGEST.has(algorithmus)) {
        ablehnen('signatur_algorithmus', `Digest ${kurz(algorithmus ?? 'fehlt')}`);
      }
    }
  }
}
