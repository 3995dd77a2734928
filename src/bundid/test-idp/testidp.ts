import { randomUUID } from 'node:crypto';
import * as xmllint from '@authenio/samlify-xmllint-wasm';
import * as samlify from 'samlify';
import { OID, storkStufe } from '../attribute.ts';
import { create } from 'xmlbuilder2';
import { type Schluesselpaar, zertifikatOhneRahmen } from '../schluessel.ts';
import { NS } from '../xml.ts';
import { xmlEscape } from '../../shared/index.ts';
import type { PersonaDaten } from './personas.ts';

// The built-in BundID stand-in: a real SAML 2.0 identity provider built with samlify (an implementation
// independent of the service provider's node-saml). It verifies the signed AuthnRequest against the SP
// metadata, then answers like BundID: assertion signed, encrypted to the SP's encryption certificate, and
// the whole Response signed (encrypt-then-sign), sent back with the HTTP-POST binding.

// samlify refuses to parse anything before a schema validator is set. The WASM xmllint validates against
// the SAML, XML-DSig and XML-Enc schemas (about 0.2 s per message; fine for a development stand-in).
samlify.setSchemaValidator({ validate: (xml: string) => xmllint.validate(xml) });

const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';

export const TESTIDP_PFAD = '/bundid-testidp';

export type TestIdpOptionen = {
  baseUrl: string;
  schluessel: Schluesselpaar;
  /** Metadata of the one service provider this stand-in serves. */
  spMetadaten: string;
  jetzt: () => Date;
  /** Defaults like BundID's Shibboleth: AES-256-GCM with RSA-OAEP; tests vary them. */
  datenverschluesselung?: string;
  schluesseltransport?: string;
  signaturverfahren?: string;
};

export type Anfrage = {
  id: string;
  acsUrl: string;
  spEntityId: string;
  verlangtesNiveau: string | undefined;
};

export function testIdpEntityId(baseUrl: string): string {
  return `${baseUrl}${TESTIDP_PFAD}`;
}

/** The stand-in's metadata: entity id, the HTTP-POST SSO endpoint and the signing certificate. */
export function testIdpMetadaten(baseUrl: string, zertifikat: string): string {
  const entityId = testIdpEntityId(baseUrl);
  return create({ version: '1.0', encoding: 'UTF-8' })
    .ele({
      'md:EntityDescriptor': {
        '@xmlns:md': NS.metadaten,
        '@xmlns:ds': NS.dsig,
        '@entityID': entityId,
        'md:IDPSSODescriptor': {
          '@WantAuthnRequestsSigned': 'true',
          '@protocolSupportEnumeration': NS.protokoll,
          'md:KeyDescriptor': {
            '@use': 'signing',
            'ds:KeyInfo': { 'ds:X509Data': { 'ds:X509Certificate': zertifikatOhneRahmen(zertifikat) } },
          },
          'md:NameIDFormat': 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
          'md:SingleSignOnService': { '@Binding': POST, '@Location': `${entityId}/sso` },
        },
      },
    })
    .end({ prettyPrint: true });
}

export function createTestIdp(opts: TestIdpOptionen) {
  const entityId = testIdpEntityId(opts.baseUrl);
  const metadaten = testIdpMetadaten(opts.baseUrl, opts.schluessel.zertifikat);
  const idp = samlify.IdentityProvider({
    metadata: metadaten,
    privateKey: opts.schluessel.schluessel,
    isAssertionEncrypted: true,
    messageSigningOrder: 'encrypt-then-sign',
    requestSignatureAlgorithm: opts.signaturverfahren ?? 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    ...{
      // not in samlify's settings type, but read by its encryptAssertion()
      dataEncryptionAlgorithm: opts.datenverschluesselung ?? 'http://www.w3.org/2009/xmlenc11#aes256-gcm',
      keyEncryptionAlgorithm: opts.schluesseltransport ?? 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
    },
  });
  const sp = samlify.ServiceProvider({ metadata: opts.spMetadaten, wantMessageSigned: true });

  /** Verifies the AuthnRequest (schema, signature against the SP metadata) and returns what it asks for. */
  async function anfragePruefen(samlRequest: string): Promise<Anfrage> {
    const ergebnis = await idp.parseLoginRequest(sp, 'post', { body: { SAMLRequest: samlRequest } });
    const request = ergebnis.extract.request as Record<string, string | undefined> | undefined;
    const id = request?.id;
    const acsUrl = request?.assertionConsumerServiceUrl;
    const spEntityId = typeof ergebnis.extract.issuer === 'string' ? ergebnis.extract.issuer : undefined;
    if (id === undefined || spEntityId !== sp.entityMeta.getEntityID()) {
      throw new Error('AuthnRequest ohne ID oder von unbekanntem Dienst');
    }
    const erwartetAcs = sp.entityMeta.getAssertionConsumerService(samlify.Constants.wording.binding.post);
    if (acsUrl !== undefined && acsUrl !== erwartetAcs) throw new Error('ACS-URL nicht in den SP-Metadaten');
    const niveau = ergebnis.extract.authnContextClassRef;
    return {
      id,
      acsUrl: typeof erwartetAcs === 'string' ? erwartetAcs : String(erwartetAcs),
      spEntityId,
      verlangtesNiveau: Array.isArray(niveau) ? niveau[0] : niveau,
    };
  }

  /** A signed and encrypted Response for the persona, base64, for the ACS form. */
  async function antwortErstellen(anfrage: Anfrage, person: PersonaDaten): Promise<string> {
    const jetzt = opts.jetzt();
    const in5Minuten = new Date(jetzt.getTime() + 5 * 60_000).toISOString();
    const zeit = jetzt.toISOString();
    const stufe = storkStufe(person.niveau);
    const attribute: [string, string][] = (
      [
        [OID.bpk2, person.bpk2],
        [OID.vertrauensniveau, stufe],
        [OID.anmeldeart, person.anmeldeart],
        [OID.postfach, person.postfach],
        [OID.vorname, person.vorname],
        [OID.familienname, person.familienname],
        [OID.geburtsname, person.geburtsname],
        [OID.geburtsdatum, person.geburtsdatum],
        [OID.geburtsort, person.geburtsort],
        [OID.strasseHausnummer, person.strasse],
        [OID.plz, person.plz],
        [OID.ort, person.ort],
        [OID.land, person.land],
        [OID.staatsangehoerigkeit, person.staatsangehoerigkeit],
        [OID.geschlecht, person.geschlecht],
        [OID.email, person.email],
      ] as [string, string][]
    ).filter(([, wert]) => wert.trim() !== '');
    const e = xmlEscape;
    const antwortId = `_${randomUUID()}`;
    const xml =
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${antwortId}" Version="2.0" IssueInstant="${zeit}" Destination="${e(anfrage.acsUrl)}" InResponseTo="${e(anfrage.id)}">` +
      `<saml:Issuer>${e(entityId)}</saml:Issuer>` +
      `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
      `<saml:Assertion xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" ID="_${randomUUID()}" Version="2.0" IssueInstant="${zeit}">` +
      `<saml:Issuer>${e(entityId)}</saml:Issuer>` +
      `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">_${randomUUID()}</saml:NameID>` +
      `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${in5Minuten}" Recipient="${e(anfrage.acsUrl)}" InResponseTo="${e(anfrage.id)}"/></saml:SubjectConfirmation></saml:Subject>` +
      `<saml:Conditions NotBefore="${zeit}" NotOnOrAfter="${in5Minuten}"><saml:AudienceRestriction><saml:Audience>${e(anfrage.spEntityId)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
      `<saml:AuthnStatement AuthnInstant="${zeit}" SessionIndex="_${randomUUID()}"><saml:AuthnContext><saml:AuthnContextClassRef>${stufe}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
      `<saml:AttributeStatement>${attribute
        .map(
          ([name, wert]) =>
            `<saml:Attribute Name="${e(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml:AttributeValue xsi:type="xs:string">${e(wert)}</saml:AttributeValue></saml:Attribute>`,
        )
        .join('')}</saml:AttributeStatement>` +
      `</saml:Assertion></samlp:Response>`;
    const ergebnis = await idp.createLoginResponse(
      sp,
      { extract: { request: { id: anfrage.id } } },
      'post',
      {},
      { customTagReplacement: () => ({ id: antwortId, context: xml }), encryptThenSign: true },
    );
    return ergebnis.context;
  }

  /** The answer when the citizen cancels: a signed Response without assertion and a failure status. */
  function abbruchErstellen(anfrage: Anfrage): string {
    const e = xmlEscape;
    const xml =
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" Version="2.0" IssueInstant="${opts.jetzt().toISOString()}" Destination="${e(anfrage.acsUrl)}" InResponseTo="${e(anfrage.id)}">` +
      `<saml:Issuer>${e(entityId)}</saml:Issuer>` +
      `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder"><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"/></samlp:StatusCode><samlp:StatusMessage>Abbruch durch den Benutzer</samlp:StatusMessage></samlp:Status>` +
      `</samlp:Response>`;
    const signiert = samlify.SamlLib.constructSAMLSignature({
      rawSamlMessage: xml,
      privateKey: opts.schluessel.schluessel,
      signingCert: zertifikatOhneRahmen(opts.schluessel.zertifikat),
      signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      isMessageSigned: true,
      isBase64Output: false,
      signatureConfig: {
        prefix: 'ds',
        location: { reference: "/*[local-name(.)='Response']/*[local-name(.)='Issuer']", action: 'after' },
      },
    });
    return Buffer.from(signiert).toString('base64');
  }

  return {
    entityId,
    metadaten: () => metadaten,
    anfragePruefen,
    antwortErstellen,
    abbruchErstellen,
  };
}
