import * as client from 'openid-client';
import type { OidcEinstellungen } from '../config.ts';
import { rollen as alleRollen, type Rolle } from './rollen.ts';

// OpenID Connect login for staff: authorization code flow with PKCE (S256), state and nonce, confidential
// client (client_secret_basic). openid-client checks the ID token (iss, aud, exp, iat, nonce; the signature
// against the JWKS because we enable non-repudiation checks) and the authorization response (state, and iss
// when the provider announces RFC 9207 support).

/** What the browser carries between the redirect to the provider and the return (encrypted cookie). */
export type OidcTransaktion = {
  verifier: string;
  state: string;
  nonce: string;
  ziel: string;
  /** ms since epoch, by the app clock */
  erstellt: number;
};

export type OidcAnspruch = {
  login: string | undefined;
  email: string | undefined;
  /** Undefined when roles are not taken from the provider (no OIDC_ROLLEN_GRUPPEN). */
  rollen: Rolle[] | undefined;
  /** Undefined when offices are not taken from the provider (no OIDC_BEHOERDEN_GRUPPEN). */
  behoerden: string[] | undefined;
};

export type Oidc = ReturnType<typeof createOidc>;

export function createOidc(e: OidcEinstellungen, redirectUri: string) {
  let konfiguration: Promise<client.Configuration> | undefined;
  const unsicher = new URL(e.issuer).protocol === 'http:';

  /** Discovery once; a failed discovery is retried at the next login. */
  function config(): Promise<client.Configuration> {
    konfiguration ??= client
      .discovery(
        new URL(e.issuer),
        e.clientId,
        { client_secret: e.clientSecret },
        client.ClientSecretBasic(e.clientSecret),
        {
          execute: [
            // OIDC Core § 3.1.3.7 lets a client trust TLS instead of the ID token signature; we check the
            // signature against the provider's JWKS anyway (defence in depth, and for the audit trail).
            client.enableNonRepudiationChecks,
            // http:// only for a provider on 127.0.0.1 outside production (config.ts), i.e. in tests.
            // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated only as a warning sign
            ...(unsicher ? [client.allowInsecureRequests] : []),
          ],
          timeout: 10,
        },
      )
      .catch((error: unknown) => {
        konfiguration = undefined;
        throw error;
      });
    return konfiguration;
  }

  async function anmeldungStarten(
    ziel: string,
    jetzt: Date,
  ): Promise<{ url: URL; transaktion: OidcTransaktion }> {
    const c = await config();
    const verifier = client.randomPKCECodeVerifier();
    const transaktion: OidcTransaktion = {
      verifier,
      state: client.randomState(),
      nonce: client.randomNonce(),
      ziel,
      erstellt: jetzt.getTime(),
    };
    const url = client.buildAuthorizationUrl(c, {
      redirect_uri: redirectUri,
      scope: e.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: transaktion.state,
      nonce: transaktion.nonce,
    });
    return { url, transaktion };
  }

  /** Redeems the code and returns the verified claims (ID token, completed from UserInfo when needed). */
  async function anmeldungAbschliessen(
    aktuelleUrl: URL,
    t: OidcTransaktion,
  ): Promise<Record<string, unknown>> {
    const c = await config();
    const tokens = await client.authorizationCodeGrant(c, aktuelleUrl, {
      pkceCodeVerifier: t.verifier,
      expectedState: t.state,
      expectedNonce: t.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (idToken === undefined) throw new Error('Kein ID-Token');
    let claims: Record<string, unknown> = { ...idToken };
    // The ID token's claims win; UserInfo only fills what it lacks.
    const fehlt = claims[e.loginClaim] === undefined || claims[e.gruppenClaim] === undefined;
    if (fehlt && c.serverMetadata().userinfo_endpoint !== undefined) {
      const info = await client.fetchUserInfo(c, tokens.access_token, idToken.sub);
      claims = { ...info, ...claims };
    }
    return claims;
  }

  return { anmeldungStarten, anmeldungAbschliessen, einstellungen: e };
}

/** Maps verified claims to login name, e-mail and, where configured, roles and offices from groups. */
export function anspruchAusClaims(claims: Record<string, unknown>, e: OidcEinstellungen): OidcAnspruch {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const rohGruppen = claims[e.gruppenClaim];
  const gruppen = new Set(
    Array.isArray(rohGruppen)
      ? rohGruppen.filter((g): g is string => typeof g === 'string')
      : typeof rohGruppen === 'string'
        ? [rohGruppen]
        : [],
  );
  // Keycloak sends group paths ("/mietrueckstaende/sachbearbeitung"); accept the name with or without "/".
  const hat = (g: string) => gruppen.has(g) || gruppen.has(g.startsWith('/') ? g.slice(1) : `/${g}`);
  const rollenGruppen = e.rollenGruppen;
  const behoerdenGruppen = e.behoerdenGruppen;
  return {
    login: text(claims[e.loginClaim])?.toLowerCase(),
    // An e-mail address the provider has not verified identifies nobody.
    email: claims.email_verified === false ? undefined : text(claims.email),
    rollen:
      rollenGruppen === undefined ? undefined : alleRollen.filter((r) => (rollenGruppen[r] ?? []).some(hat)),
    behoerden:
      behoerdenGruppen === undefined
        ? undefined
        : Object.entries(behoerdenGruppen)
            .filter(([, gs]) => gs.some(hat))
            .map(([ags]) => ags)
            .sort(),
  };
}
