import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zertifikatAlsPem } from './schluessel.ts';
import { NS } from './xml.ts';
import { domAttribut, domKinder, domNachfahren, domText, leseXmlDokument } from '../shared/index.ts';

// The identity provider as its SAML metadata describe it. Loaded once at start-up from a file or URL;
// a URL's last good copy is kept in DATA_DIR/bundid so a restart survives a short outage of the IdP.

export type IdpMetadaten = {
  entityId: string;
  /** SingleSignOnService with the HTTP-POST binding. */
  ssoUrl: string;
  /** Signing certificates (PEM); more than one during a key rollover. */
  signaturZertifikate: string[];
};

const POST_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';

/** Reads entity id, POST SSO endpoint and signing certificates; throws a German message otherwise. */
export function leseIdpMetadaten(xml: string): IdpMetadaten {
  const doc = leseXmlDokument(xml);
  const entity = domNachfahren(doc, NS.metadaten, 'EntityDescriptor').find(
    (e) => domKinder(e, NS.metadaten, 'IDPSSODescriptor').length > 0,
  );
  const idp = entity === undefined ? undefined : domKinder(entity, NS.metadaten, 'IDPSSODescriptor')[0];
  const entityId = domAttribut(entity, 'entityID');
  if (entity === undefined || idp === undefined || entityId === undefined) {
    throw new Error('IdP-Metadaten: kein EntityDescriptor mit IDPSSODescriptor gefunden');
  }
  const sso = domKinder(idp, NS.metadaten, 'SingleSignOnService').find(
    (s) => domAttribut(s, 'Binding') === POST_BINDING,
  );
  const ssoUrl = domAttribut(sso, 'Location');
  if (ssoUrl === undefined || !/^https?:\/\//.test(ssoUrl)) {
    throw new Error('IdP-Metadaten: kein SingleSignOnService mit HTTP-POST-Binding');
  }
  const signaturZertifikate = domKinder(idp, NS.metadaten, 'KeyDescriptor')
    .filter((k) => (domAttribut(k, 'use') ?? 'signing') === 'signing')
    .flatMap((k) => domNachfahren(k, NS.dsig, 'X509Certificate'))
    .map((c) => domText(c))
    .filter((c): c is string => c !== undefined)
    .map(zertifikatAlsPem);
  if (signaturZertifikate.length === 0) {
    throw new Error('IdP-Metadaten: kein Signaturzertifikat (KeyDescriptor use="signing")');
  }
  return { entityId, ssoUrl, signaturZertifikate };
}

/**
 * Loads the IdP metadata from a file path or an http(s) URL. A URL that cannot be reached falls back to
 * the copy saved at the last successful start.
 */
export async function ladeIdpMetadaten(
  quelle: string,
  dataDir: string,
  warnen: (meldung: string) => void,
): Promise<{ metadaten: IdpMetadaten; xml: string }> {
  if (!/^https?:\/\//.test(quelle)) {
    let xml: string;
    try {
      xml = await readFile(quelle, 'utf8');
    } catch {
      throw new Error(`BUNDID_IDP_METADATA: Datei ${quelle} kann nicht gelesen werden`);
    }
    return { metadaten: leseIdpMetadaten(xml), xml };
  }
  const kopie = path.join(dataDir, 'bundid', 'idp-metadaten.xml');
  try {
    const antwort = await fetch(quelle, { signal: AbortSignal.timeout(10_000) });
    if (!antwort.ok) throw new Error(`HTTP ${antwort.status}`);
    const xml = await antwort.text();
    const metadaten = leseIdpMetadaten(xml);
    try {
      await mkdir(path.dirname(kopie), { recursive: true });
      await writeFile(kopie, xml);
    } catch {
      warnen('IdP-Metadaten konnten nicht zwischengespeichert werden');
    }
    return { metadaten, xml };
  } catch (error) {
    try {
      const xml = await readFile(kopie, 'utf8');
      warnen(`IdP-Metadaten von ${quelle} nicht erreichbar, nutze die gespeicherte Kopie`);
      return { metadaten: leseIdpMetadaten(xml), xml };
    } catch {
      throw new Error(
        `BUNDID_IDP_METADATA: ${quelle} nicht lesbar (${error instanceof Error ? error.message : 'Fehler'})`,
      );
    }
  }
}
