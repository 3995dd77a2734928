import { ValidateInResponseTo, type SamlConfig } from '@node-saml/node-saml';
import { angefragteAttribute, storkStufe } from './attribute.ts';
import type { IdpMetadaten } from './idp-metadaten.ts';
import type { BundidKonfiguration } from './konfiguration.ts';
import type { SpSchluessel } from './schluessel.ts';

// How node-saml is set up for BundID: what it signs and checks, and what is left to our own checks.

export type SamlPartner = { config: BundidKonfiguration; sp: SpSchluessel; idp: IdpMetadaten };

export function samlOptionen({ config, sp, idp }: SamlPartner, id?: string): SamlConfig {
  return {
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
    // node-saml reads the system clock; the validity window is checked in assertion-pruefung.ts against the app clock.
    acceptedClockSkewMs: -1,
    // InResponseTo is checked by the service provider, atomically and single use, in the database.
    validateInResponseTo: ValidateInResponseTo.never,
    ...(id === undefined ? {} : { generateUniqueId: () => id }),
  };
}

/** The AKDB `samlp:Extensions` block BundID expects (as public BundID integrations show it). */
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
