import type { FastifyInstance } from 'fastify';
import { registriereSeiten } from '../web/index.ts';
import type { BundidDeps } from './bundid-deps.ts';
import { createDienstanbieter } from './dienstanbieter.ts';
import type { BundidMaterial } from './laden.ts';
import { acs } from './seiten/acs.tsx';
import { anmelden, anmeldungAbgebrochen } from './seiten/anmelden.tsx';
import { abgemeldet, abmelden, sitzungAnzeigen, spMetadaten } from './seiten/sitzung.tsx';

export type { BundidDeps } from './bundid-deps.ts';

/** Origins the login form posts to (the IdP), for the CSP `form-action` directive. */
export function bundidFormActionOrigins(material: BundidMaterial, baseUrl: string): string[] {
  const idp = new URL(material.idp.ssoUrl).origin;
  return idp === new URL(baseUrl).origin ? [] : [idp];
}

export async function bundidRouten(app: FastifyInstance, deps: BundidDeps): Promise<void> {
  const { config, material } = deps;
  const sp = createDienstanbieter({
    config,
    sp: material.sp,
    idp: material.idp,
    db: deps.db,
    jetzt: deps.jetzt,
  });
  registriereSeiten(app, { ...deps, sp }, [
    anmelden,
    anmeldungAbgebrochen,
    acs,
    spMetadaten,
    abmelden,
    abgemeldet,
    sitzungAnzeigen,
  ]);

  if (material.testIdp !== undefined) {
    const { testIdpRouten } = await import('./test-idp/routen.tsx');
    testIdpRouten(app, {
      baseUrl: deps.baseUrl,
      schluessel: material.testIdp.schluessel,
      spMetadaten: material.spMetadaten,
      jetzt: deps.jetzt,
    });
  }
}
