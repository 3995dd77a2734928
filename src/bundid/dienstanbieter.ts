import { randomUUID } from 'node:crypto';
import { SAML } from '@node-saml/node-saml';
import type { Db } from '../db/index.ts';
import { Ablehnung, ablehnen, type Pruefergebnis } from './ablehnung.ts';
import { anfrageBekannt, speichereAnfrage, verbraucheAnfrage } from './anfrage-repo.ts';
import { pruefeHuelle } from './antwort-huelle.ts';
import { pruefeAssertion, verifizierteAssertion } from './assertion-pruefung.ts';
import type { IdpMetadaten } from './idp-metadaten.ts';
import type { BundidKonfiguration } from './konfiguration.ts';
import { samlOptionen } from './saml-optionen.ts';
import type { SpSchluessel } from './schluessel.ts';

// The SAML 2.0 service provider for BundID. node-saml signs the AuthnRequest, verifies signatures (with its
// protections against signature wrapping), decrypts and checks the audience. Everything node-saml does not
// check is checked here (see SPIKES.md): encryption required, no SHA-1, allowed encryption algorithms,
// top-level Status, Issuer, Destination, Recipient, InResponseTo (single use, in the database), the validity
// window against the application clock, and the achieved trust level.

export type { Ablehnungsgrund, Pruefergebnis } from './ablehnung.ts';

export type DienstanbieterOptionen = {
  config: BundidKonfiguration;
  sp: SpSchluessel;
  idp: IdpMetadaten;
  db: Db;
  jetzt: () => Date;
};

export type Dienstanbieter = ReturnType<typeof createDienstanbieter>;

export function createDienstanbieter(opts: DienstanbieterOptionen) {
  const { idp } = opts;

  /** A signed AuthnRequest for the HTTP-POST binding; the request id is recorded with the target page. */
  async function anfrageErstellen(ziel: string) {
    const id = `_${randomUUID()}`;
    const nachricht = await new SAML(samlOptionen(opts, id)).getAuthorizeMessageAsync(ziel);
    await speichereAnfrage(opts.db, { id, ziel }, opts.jetzt());
    return {
      id,
      ssoUrl: idp.ssoUrl,
      felder: { SAMLRequest: String(nachricht.SAMLRequest), RelayState: ziel },
    };
  }

  /**
   * Validates a SAMLResponse (base64) from the ACS post; its InResponseTo must be one of the requests this
   * browser started (anfrage-cookie.ts). Every refusal is a result with a reason; only
   * failures of our own (e.g. the database) throw and become the 500 page.
   */
  async function antwortPruefen(
    samlResponse: string,
    anfragenDesBrowsers: readonly string[],
  ): Promise<Pruefergebnis> {
    try {
      return await pruefen(samlResponse, anfragenDesBrowsers);
    } catch (error) {
      if (error instanceof Ablehnung) return { ok: false, grund: error.grund, detail: error.detail };
      throw error;
    }
  }

  async function pruefen(
    samlResponse: string,
    anfragenDesBrowsers: readonly string[],
  ): Promise<Pruefergebnis> {
    const antwort = await pruefeHuelle(samlResponse, opts);
    const assertion = await verifizierteAssertion(samlResponse, opts);
    const { identitaet, anfrageId } = pruefeAssertion(assertion, antwort, {
      config: opts.config,
      idp,
      jetzt: opts.jetzt().getTime(),
    });
    // Checked before the request is used up, so a foreign post does not spend the rightful browser's login.
    if (!anfragenDesBrowsers.includes(anfrageId)) {
      if (!(await anfrageBekannt(opts.db, anfrageId)))
        return ablehnen('unaufgefordert', 'unbekannte Anfrage');
      return ablehnen('fremder_browser', 'AuthnRequest nicht in diesem Browser begonnen');
    }
    const verbrauch = await verbraucheAnfrage(opts.db, anfrageId, opts.jetzt());
    if (!verbrauch.ok) return ablehnen(verbrauch.grund, 'AuthnRequest nicht offen');
    return { ok: true, identitaet, ziel: verbrauch.ziel };
  }

  return { anfrageErstellen, antwortPruefen };
}
