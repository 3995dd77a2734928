import path from 'node:path';
import type { Config } from '../config.ts';
import { ladeIdpMetadaten, leseIdpMetadaten, type IdpMetadaten } from './idp-metadaten.ts';
import {
  erzeugeSchluesselpaar,
  erzeugeSpSchluessel,
  ladeOderErzeuge,
  leseSpSchluessel,
  type Schluesselpaar,
  type SpSchluessel,
} from './schluessel.ts';
import { spMetadaten } from './sp-metadaten.ts';

/** Keys, certificates and metadata of both SAML sides, loaded once at start-up. */
export type BundidMaterial = {
  sp: SpSchluessel;
  spMetadaten: string;
  idp: IdpMetadaten;
  /** Only with the built-in stand-in (never in production). */
  testIdp: { schluessel: Schluesselpaar } | undefined;
};

/**
 * Production: SP keys from the configured PEM files, IdP metadata from file or URL. Embedded mode: keys
 * generated once in DATA_DIR/bundid, and the built-in stand-in as IdP.
 */
export async function ladeBundid(config: Config, warnen: (meldung: string) => void): Promise<BundidMaterial> {
  const b = config.bundid;
  const ordner = path.join(config.dataDir, 'bundid');
  // Both files at once: on a first start the three RSA keys are generated in parallel on the thread pool.
  const [sp, testIdpSchluessel] = await Promise.all([
    b.schluesselDateien !== undefined
      ? leseSpSchluessel(b.schluesselDateien)
      : ladeOderErzeuge(path.join(ordner, 'sp-schluessel.json'), () => erzeugeSpSchluessel()),
    b.testIdp
      ? ladeOderErzeuge(path.join(ordner, 'testidp-schluessel.json'), () =>
          erzeugeSchluesselpaar('BundID-Testumgebung (nur Entwicklung)'),
        )
      : undefined,
  ]);
  if (testIdpSchluessel !== undefined) return bundidMaterial(config, sp, testIdpSchluessel);
  if (b.idpMetadaten === undefined) throw new Error('BUNDID_IDP_METADATA fehlt');
  const { metadaten } = await ladeIdpMetadaten(b.idpMetadaten, config.dataDir, warnen);
  return { sp, spMetadaten: spMetadaten(b, sp), idp: metadaten, testIdp: undefined };
}

/** The material for the built-in stand-in: its metadata are read back like a foreign IdP's. */
export async function bundidMaterial(
  config: Config,
  sp: SpSchluessel,
  testIdpSchluessel: Schluesselpaar,
): Promise<BundidMaterial> {
  const { createTestIdp } = await import('./test-idp/testidp.ts');
  const spXml = spMetadaten(config.bundid, sp);
  const idpXml = createTestIdp({
    baseUrl: config.baseUrl,
    schluessel: testIdpSchluessel,
    spMetadaten: spXml,
    jetzt: () => new Date(),
  }).metadaten();
  return {
    sp,
    spMetadaten: spXml,
    idp: leseIdpMetadaten(idpXml),
    testIdp: { schluessel: testIdpSchluessel },
  };
}
