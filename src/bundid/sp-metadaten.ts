import { create } from 'xmlbuilder2';
import { algorithmusUri, type BundidKonfiguration } from './konfiguration.ts';
import { type SpSchluessel, zertifikatOhneRahmen } from './schluessel.ts';
import { NS } from './xml.ts';

/**
 * The service provider's SAML metadata, to upload in the BundID self-service portal. Deterministic (no
 * random IDs or timestamps), so the same keys and settings always give the same document.
 */
export function spMetadaten(config: BundidKonfiguration, schluessel: SpSchluessel): string {
  const schluesselInfo = (pem: string) => ({
    'ds:KeyInfo': { 'ds:X509Data': { 'ds:X509Certificate': zertifikatOhneRahmen(pem) } },
  });
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele({
    'md:EntityDescriptor': {
      '@xmlns:md': NS.metadaten,
      '@xmlns:ds': NS.dsig,
      '@entityID': config.spEntityId,
      'md:SPSSODescriptor': {
        '@AuthnRequestsSigned': 'true',
        '@WantAssertionsSigned': 'true',
        '@protocolSupportEnumeration': NS.protokoll,
        'md:KeyDescriptor': [
          { '@use': 'signing', ...schluesselInfo(schluessel.signatur.zertifikat) },
          {
            '@use': 'encryption',
            ...schluesselInfo(schluessel.verschluesselung.zertifikat),
            'md:EncryptionMethod': [
              ...config.datenverschluesselung.map((a) => ({ '@Algorithm': algorithmusUri[a] })),
              ...config.schluesseltransport.map((a) => ({ '@Algorithm': algorithmusUri[a] })),
            ],
          },
        ],
        'md:NameIDFormat': 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
        'md:AssertionConsumerService': {
          '@Binding': 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
          '@Location': config.acsUrl,
          '@index': '0',
          '@isDefault': 'true',
        },
      },
      'md:Organization': {
        'md:OrganizationName': { '@xml:lang': 'de', '#': config.organisationsname },
        'md:OrganizationDisplayName': { '@xml:lang': 'de', '#': config.organisationsname },
        'md:OrganizationURL': { '@xml:lang': 'de', '#': new URL(config.acsUrl).origin },
      },
    },
  });
  return doc.end({ prettyPrint: true });
}
