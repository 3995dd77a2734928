import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { SAML, SamlStatusError, ValidateInResponseTo, type SamlConfig } from '@node-saml/node-saml';
import { XMLSerializer } from '@xmldom/xmldom';
import xmlenc from 'xml-encryption';
import type { Db } from '../db/client.ts';
import { speichereAnfrage, verbraucheAnfrage } from './anfrage-repo.ts';
import { angefragteAttribute, identitaetAusAttributen, storkStufe, type Attribute } from './attribute.ts';
import { reichtAus, type BuergerIdentitaet } from './identitaet.ts';
import type { IdpMetadaten } from './idp-metadaten.ts';
import { algorithmusUri, type BundidKonfiguration } from './konfiguration.ts';
import type { SpSchluessel } from './schluessel.ts';
import { attribut, kind, kinder, NS, nachfahren, parseXml, text } from './xml.ts';

// The SAML 2.0 service provider for BundID. node-saml signs the AuthnRequest, verifies signatures (with its
// protections against signature wrapping), decrypts and checks the audience. Everything node-saml does not
// check is checked here (see SPIKES.md): encryption required, no SHA-1, allowed encryption algorithms,
// top-level Status, Issuer, Destination, Recipient, InResponseTo (single use, in the database), the validity
// window against the application clock, and the achieved trust level.

export type Ablehnungsgrund =
  | 'ungueltig'
  | 'status'
  | 'aussteller'
  | 'nicht_verschluesselt'
  | 'mehrere_assertions'
  | 'verschluesselung_algorithmus'
  | 'entschluesselung'
  | 'signatur_algorithmus'
  | 'signatur'
  | 'zielgruppe'
  | 'ziel_adresse'
  | 'empfaenger'
  | 'abgelaufen'
  | 'noch_nicht_gueltig'
  | 'unaufgefordert'
  | 'wiederholt'
  | 'anfrage_abgelaufen'
  | 'niveau_fehlt'
  | 'niveau_zu_niedrig'
  | 'pseudonym_fehlt';

export type Pruefergebnis =
  | { ok: true; identitaet: BuergerIdentitaet; ziel: string }
  | { ok: false; grund: Ablehnungsgrund; detail: string };

class Ablehnung extends Error {
  constructor(
    readonly grund: Ablehnungsgrund,
    readonly detail: string,
  ) {
    super(`${grund}: ${detail}`);
  }
}

const ablehnen = (grund: Ablehnungsgrund, detail: string): never => {
  throw new Ablehnung(grund, detail);
};

const ERFOLG = 'urn:oasis:names:tc:SAML:2.0:status:Success';
const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';
const ERLAUBTE_SIGNATUR = new Set([
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
]);
const ERLAUBTER_DIGEST = new Set([
  'http://www.w3.org/2001/04/xmlenc#sha256',
  'http://www.w3.org/2001/04/xmlenc#sha512',
]);
const SHA1_DIGEST = 'http://www.w3.org/2000/09/xmldsig#sha1';
/** Responses larger than this are not parsed at all. */
const HOECHSTGROESSE = 200 * 1024;
/** An assertion issued longer ago than this is refused, whatever its Conditions say. */
const HOECHSTALTER_MS = 10 * 60_000;

const entschluesseln = promisify(xmlenc.decrypt.bind(xmlenc)) as (
  xml: string,
  options: { key: string; disallowDecryptionWithInsecureAlgorithm: boolean; warnInsecureAlgorithm: boolean },
) => Promise<string>;

export type DienstanbieterOptionen = {
  config: BundidKonfiguration;
  sp: SpSchluessel;
  idp: IdpMetadaten;
  db: Db;
  jetzt: () => Date;
};

export type Dienstanbieter = ReturnType<typeof createDienstanbieter>;

export function createDienstanbieter(opts: DienstanbieterOptionen) {
  const { config, sp, idp } = opts;

  const samlOptionen = (id?: string): SamlConfig => ({
    callbackUrl: config.acsUrl,
    entryPoint: idp.ssoUrl,
    issuer: config.spEntityId,
    audience: config.spEntityId,
    idpCert: idp.signaturZertifikate,
    idpIssuer: idp.entityId,
    privateKey: sp.signatur.schluessel,
    publicCert: sp.signatur.zertifikat,
    decryptionPvk: sp.verschluesselung.schluessel,
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'sha256',
    authnRequestBinding: 'HTTP-POST',
    // The POST binding carries the plain XML; node-saml would deflate it by default.
    skipRequestCompression: true,
    identifierFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    authnContext: [storkStufe(config.mindestniveau)],
    racComparison: 'minimum',
    samlAuthnRequestExtensions: akdbErweiterung(config),
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: config.antwortSigniert,
    // node-saml reads the system clock; the validity window is checked below against opts.jetzt.
    acceptedClockSkewMs: -1,
    // InResponseTo is checked below, atomically and single use, in the database.
    validateInResponseTo: ValidateInResponseTo.never,
    ...(id === undefined ? {} : { generateUniqueId: () => id }),
  });

  /** A signed AuthnRequest for the HTTP-POST binding; the request id is recorded with the target page. */
  async function anfrageErstellen(ziel: string) {
    const id = `_${randomUUID()}`;
    const nachricht = await new SAML(samlOptionen(id)).getAuthorizeMessageAsync(ziel);
    await speichereAnfrage(opts.db, { id, ziel }, opts.jetzt());
    return {
      id,
      ssoUrl: idp.ssoUrl,
      felder: { SAMLRequest: String(nachricht.SAMLRequest), RelayState: ziel },
    };
  }

  /**
   * Validates a SAMLResponse (base64) from the ACS post. Every refusal is a result with a reason; only
   * failures of our own (e.g. the database) throw and become the 500 page.
   */
  async function antwortPruefen(samlResponse: string): Promise<Pruefergebnis> {
    try {
      return await pruefen(samlResponse);
    } catch (error) {
      if (error instanceof Ablehnung) return { ok: false, grund: error.grund, detail: error.detail };
      throw error;
    }
  }

  async function pruefen(samlResponse: string): Promise<Pruefergebnis> {
    if (samlResponse.length > HOECHSTGROESSE * 1.4) ablehnen('ungueltig', 'Antwort zu groß');
    const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
    let doc: Document;
    try {
      doc = parseXml(xml);
    } catch {
      return ablehnen('ungueltig', 'kein wohlgeformtes XML');
    }
    const antwort = doc.documentElement;
    if (antwort.namespaceURI !== NS.protokoll || antwort.localName !== 'Response') {
      ablehnen('ungueltig', 'kein samlp:Response');
    }

    const statusCode = attribut(
      kind(kind(antwort, NS.protokoll, 'Status'), NS.protokoll, 'StatusCode'),
      'Value',
    );
    if (statusCode !== ERFOLG) {
      ablehnen('status', `Status ${kurz(statusCode ?? 'fehlt')}`);
    }
    const ausstellerAntwort = text(kind(antwort, NS.assertion, 'Issuer'));
    if (ausstellerAntwort !== undefined && ausstellerAntwort !== idp.entityId) {
      ablehnen('aussteller', 'Issuer der Antwort ist nicht der konfigurierte IdP');
    }

    const klar = kinder(antwort, NS.assertion, 'Assertion');
    const verschluesselt = kinder(antwort, NS.assertion, 'EncryptedAssertion');
    if (klar.length > 0) ablehnen('nicht_verschluesselt', 'Assertion im Klartext');
    if (verschluesselt.length !== 1) {
      ablehnen(
        verschluesselt.length === 0 ? 'nicht_verschluesselt' : 'mehrere_assertions',
        'EncryptedAssertion',
      );
    }
    const verschluesselteAssertion = verschluesselt[0] as Element;
    pruefeVerschluesselung(verschluesselteAssertion);
    pruefeSignaturAlgorithmen(antwort);

    let entschluesselt: Document;
    try {
      entschluesselt = parseXml(
        await entschluesseln(new XMLSerializer().serializeToString(verschluesselteAssertion), {
          key: sp.verschluesselung.schluessel,
          disallowDecryptionWithInsecureAlgorithm: true,
          warnInsecureAlgorithm: false,
        }),
      );
    } catch {
      return ablehnen('entschluesselung', 'Assertion ließ sich nicht entschlüsseln');
    }
    pruefeSignaturAlgorithmen(entschluesselt.documentElement);

    let gepruefteAssertion: string;
    try {
      const { profile } = await new SAML(samlOptionen()).validatePostResponseAsync({
        SAMLResponse: samlResponse,
      });
      const assertionXml = profile?.getAssertionXml?.();
      if (assertionXml === undefined) return ablehnen('ungueltig', 'keine Assertion');
      gepruefteAssertion = assertionXml;
    } catch (error) {
      if (error instanceof Ablehnung) throw error;
      return ablehnen(...nodeSamlFehler(error));
    }

    // From here on only the verified assertion and the (signed, if configured) Response root are read.
    const assertion = parseXml(gepruefteAssertion).documentElement;
    if (text(kind(assertion, NS.assertion, 'Issuer')) !== idp.entityId) {
      ablehnen('aussteller', 'Issuer der Assertion ist nicht der konfigurierte IdP');
    }
    if (attribut(antwort, 'Destination') !== config.acsUrl) {
      ablehnen('ziel_adresse', 'Destination ist nicht die ACS-URL');
    }
    const jetzt = opts.jetzt().getTime();
    const skew = config.uhrenabweichungMs;
    const zeit = (wert: string | undefined, name: string): number | undefined => {
      if (wert === undefined) return undefined;
      const ms = Date.parse(wert);
      return Number.isNaN(ms) ? ablehnen('ungueltig', `${name} ist kein Zeitpunkt`) : ms;
    };
    const pruefeFenster = (el: Element | undefined, wo: string) => {
      const vor = zeit(attribut(el, 'NotBefore'), `${wo} NotBefore`);
      const bis = zeit(attribut(el, 'NotOnOrAfter'), `${wo} NotOnOrAfter`);
      if (vor !== undefined && jetzt + skew < vor) ablehnen('noch_nicht_gueltig', `${wo} NotBefore`);
      if (bis !== undefined && jetzt - skew >= bis) ablehnen('abgelaufen', `${wo} NotOnOrAfter`);
      return bis;
    };
    const ausgestellt = zeit(attribut(assertion, 'IssueInstant'), 'IssueInstant');
    if (ausgestellt === undefined) return ablehnen('ungueltig', 'IssueInstant fehlt');
    if (ausgestellt > jetzt + skew) ablehnen('noch_nicht_gueltig', 'IssueInstant in der Zukunft');
    if (ausgestellt < jetzt - skew - HOECHSTALTER_MS) ablehnen('abgelaufen', 'IssueInstant zu alt');

    const bedingungen = kind(assertion, NS.assertion, 'Conditions');
    pruefeFenster(bedingungen, 'Conditions');
    const zielgruppen = nachfahren(bedingungen ?? assertion, NS.assertion, 'Audience').map((a) => text(a));
    if (bedingungen === undefined || !zielgruppen.includes(config.spEntityId)) {
      ablehnen('zielgruppe', 'Audience ist nicht die SP-Entity-ID');
    }

    const bestaetigung = kinder(
      kind(assertion, NS.assertion, 'Subject') ?? assertion,
      NS.assertion,
      'SubjectConfirmation',
    )
      .filter((s) => attribut(s, 'Method') === BEARER)
      .map((s) => kind(s, NS.assertion, 'SubjectConfirmationData'))
      .filter((d): d is Element => d !== undefined);
    if (bestaetigung.length !== 1) ablehnen('ungueltig', 'genau eine Bearer-SubjectConfirmation erwartet');
    const daten = bestaetigung[0] as Element;
    if (attribut(daten, 'Recipient') !== config.acsUrl) {
      ablehnen('empfaenger', 'Recipient ist nicht die ACS-URL');
    }
    if (pruefeFenster(daten, 'SubjectConfirmationData') === undefined) {
      ablehnen('ungueltig', 'SubjectConfirmationData ohne NotOnOrAfter');
    }
    const anfrageId = attribut(daten, 'InResponseTo');
    const anfrageIdAntwort = attribut(antwort, 'InResponseTo');
    if (anfrageId === undefined || anfrageId === '') ablehnen('unaufgefordert', 'ohne InResponseTo');
    if (anfrageIdAntwort !== undefined && anfrageIdAntwort !== anfrageId) {
      ablehnen('unaufgefordert', 'InResponseTo von Antwort und Assertion verschieden');
    }

    const authnContext = text(
      nachfahren(
        kind(assertion, NS.assertion, 'AuthnStatement') ?? assertion,
        NS.assertion,
        'AuthnContextClassRef',
      )[0],
    );
    const abbildung = identitaetAusAttributen(attributeAus(assertion), authnContext);
    if (!abbildung.ok) return ablehnen(abbildung.grund, 'Attribute unvollständig');
    const { identitaet } = abbildung;
    if (!reichtAus(identitaet.vertrauensniveau, config.mindestniveau)) {
      ablehnen(
        'niveau_zu_niedrig',
        `Vertrauensniveau ${identitaet.vertrauensniveau}, verlangt ${config.mindestniveau}`,
      );
    }

    const verbrauch = await verbraucheAnfrage(opts.db, anfrageId as string, opts.jetzt());
    if (!verbrauch.ok) return ablehnen(verbrauch.grund, 'AuthnRequest nicht offen');
    return { ok: true, identitaet, ziel: verbrauch.ziel };
  }

  function pruefeVerschluesselung(el: Element) {
    const daten = kind(el, NS.xenc, 'EncryptedData');
    const datenAlgorithmus = attribut(kind(daten, NS.xenc, 'EncryptionMethod'), 'Algorithm');
    const erlaubteDaten = config.datenverschluesselung.map((a) => algorithmusUri[a]);
    if (datenAlgorithmus === undefined || !erlaubteDaten.includes(datenAlgorithmus)) {
      ablehnen('verschluesselung_algorithmus', `Datenverschlüsselung ${kurz(datenAlgorithmus ?? 'fehlt')}`);
    }
    const schluessel = nachfahren(el, NS.xenc, 'EncryptedKey');
    if (schluessel.length !== 1) ablehnen('verschluesselung_algorithmus', 'genau ein EncryptedKey erwartet');
    const methode = kind(schluessel[0], NS.xenc, 'EncryptionMethod');
    const transport = attribut(methode, 'Algorithm');
    const erlaubterTransport = config.schluesseltransport.map((a) => algorithmusUri[a]);
    if (transport === undefined || !erlaubterTransport.includes(transport)) {
      ablehnen('verschluesselung_algorithmus', `Schlüsseltransport ${kurz(transport ?? 'fehlt')}`);
    }
    // rsa-oaep-mgf1p always uses MGF1 with SHA-1; xml-encryption 3.1.0 would apply a SHA-256 DigestMethod to
    // MGF1 as well and fail, so anything but the SHA-1 default is refused with a clear reason.
    const digest = attribut(kind(methode, NS.dsig, 'DigestMethod'), 'Algorithm');
    if (digest !== undefined && digest !== SHA1_DIGEST) {
      ablehnen('verschluesselung_algorithmus', `OAEP-Digest ${kurz(digest)} wird nicht unterstützt`);
    }
  }

  return { anfrageErstellen, antwortPruefen, samlOptionen };
}

/** Every XML signature below `el` must use RSA-SHA256/512 with SHA-256/512 digests. */
function pruefeSignaturAlgorithmen(el: Element) {
  for (const signatur of nachfahren(el, NS.dsig, 'Signature')) {
    const methode = attribut(nachfahren(signatur, NS.dsig, 'SignatureMethod')[0], 'Algorithm');
    if (methode === undefined || !ERLAUBTE_SIGNATUR.has(methode)) {
      ablehnen('signatur_algorithmus', `Signaturverfahren ${kurz(methode ?? 'fehlt')}`);
    }
    for (const digest of nachfahren(signatur, NS.dsig, 'DigestMethod')) {
      const algorithmus = attribut(digest, 'Algorithm');
      if (algorithmus === undefined || !ERLAUBTER_DIGEST.has(algorithmus)) {
        ablehnen('signatur_algorithmus', `Digest ${kurz(algorithmus ?? 'fehlt')}`);
      }
    }
  }
}

function attributeAus(assertion: Element): Attribute {
  const ergebnis: Attribute = {};
  for (const aussage of kinder(assertion, NS.assertion, 'AttributeStatement')) {
    for (const a of kinder(aussage, NS.assertion, 'Attribute')) {
      const name = attribut(a, 'Name');
      if (name === undefined) continue;
      const werte = kinder(a, NS.assertion, 'AttributeValue')
        .map((v) => v.textContent)
        .filter((v) => v.trim() !== '');
      if (werte.length > 0) ergebnis[name] = werte.length === 1 ? werte[0] : werte;
    }
  }
  return ergebnis;
}

/** node-saml's error texts mapped to reason codes; the texts themselves never reach the browser. */
function nodeSamlFehler(error: unknown): [Ablehnungsgrund, string] {
  if (error instanceof SamlStatusError) return ['status', 'Status ungleich Success'];
  const meldung = error instanceof Error ? error.message : '';
  if (/audience/i.test(meldung)) return ['zielgruppe', 'Audience passt nicht'];
  if (/signature/i.test(meldung)) return ['signatur', 'Signatur ungültig oder fehlt'];
  if (/decrypt|encrypt|oaep/i.test(meldung)) return ['entschluesselung', 'Entschlüsselung fehlgeschlagen'];
  return ['ungueltig', 'node-saml hat die Antwort abgelehnt'];
}

/** The last part of a URI, for logs ("rsa-sha1"), never attribute values. */
function kurz(uri: string): string {
  return uri.slice(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf(':')) + 1).slice(0, 60);
}

/** The AKDB `samlp:Extensions` block BundID expects (recherche-domaene.md § 3.2). */
export function akdbErweiterung(config: BundidKonfiguration): Record<string, unknown> {
  return {
    'akdb:AuthenticationRequest': {
      '@xmlns:akdb': 'https://www.akdb.de/request/2018/09',
      '@Version': '2',
      '@EnableStatusDetail': 'true',
      'akdb:AuthnMethods': Object.fromEntries(
        config.anmeldeverfahren.map((v) => [`akdb:${v}`, { 'akdb:Enabled': 'true' }]),
      ),
      'akdb:RequestedAttributes': {
        'akdb:RequestedAttribute': angefragteAttribute.map((a) => ({
          '@Name': a.name,
          '@RequiredAttribute': a.erforderlich ? 'true' : 'false',
        })),
      },
      'akdb:DisplayInformation': {
        'classic-ui:Version': {
          '@xmlns:classic-ui': 'https://www.akdb.de/request/2018/09/classic-ui/v1',
          'classic-ui:OrganizationDisplayName': config.organisationsname,
          'classic-ui:Lang': 'de',
          'classic-ui:BackURL': `${new URL(config.acsUrl).origin}/anmelden/abgebrochen`,
          'classic-ui:OnlineServiceId': config.onlineServiceId,
        },
      },
    },
  };
}
