import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

// A minimal but real OpenID Connect provider for tests: discovery, JWKS with a generated RSA key, /authorize
// issuing a one-time code (the "person" who signs in is set by the test), /token with client_secret_basic and
// PKCE S256 returning an RS256-signed ID token, and /userinfo. Test-only; it speaks plain HTTP on 127.0.0.1.

export type Manipulation =
  | 'nonce' // ID token with another nonce
  | 'aud' // ID token for another client
  | 'iss' // ID token from another issuer
  | 'abgelaufen' // ID token expired an hour ago
  | 'signatur' // ID token signed with a key that is not in the JWKS
  | 'state'; // redirect with another state

export type OidcTestAnbieter = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims of the person who signs in at /authorize; null: the person cancels (error=access_denied). */
  person: Record<string, unknown> | null;
  /** Claims returned only by /userinfo, not in the ID token. */
  nurUserinfo: Record<string, unknown>;
  manipulation: Manipulation | undefined;
  /** Every request the provider saw (method, path, and for /authorize and /token the parameters). */
  protokoll: { methode: string; pfad: string; parameter: Record<string, string> }[];
  close(): Promise<void>;
};

type Code = {
  redirectUri: string;
  challenge: string;
  nonce: string | undefined;
  claims: Record<string, unknown>;
  ablauf: number;
};

export async function starteOidcAnbieter(options: {
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
}): Promise<OidcTestAnbieter> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
  const fremd = await generateKeyPair('RS256', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const codes = new Map<string, Code>();
  const zugriffe = new Map<string, Record<string, unknown>>();

  const anbieter: OidcTestAnbieter = {
    issuer: '',
    clientId: options.clientId ?? 'mietrueckstaende',
    clientSecret: options.clientSecret ?? randomBytes(24).toString('base64url'),
    person: null,
    nurUserinfo: {},
    manipulation: undefined,
    protokoll: [],
    close: () => Promise.resolve(),
  };

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  async function signiere(claims: Record<string, unknown>, schluessel: CryptoKey): Promise<string> {
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(schluessel);
  }

  async function bearbeite(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', anbieter.issuer);
    const body = req.method === 'POST' ? await lies(req) : '';
    const parameter = Object.fromEntries(
      req.method === 'POST' ? new URLSearchParams(body) : url.searchParams,
    );
    anbieter.protokoll.push({ methode: req.method ?? '', pfad: url.pathname, parameter });

    switch (url.pathname) {
      case '/.well-known/openid-configuration': {
        json(res, 200, {
          issuer: anbieter.issuer,
          authorization_endpoint: `${anbieter.issuer}/authorize`,
          token_endpoint: `${anbieter.issuer}/token`,
          userinfo_endpoint: `${anbieter.issuer}/userinfo`,
          jwks_uri: `${anbieter.issuer}/jwks`,
          response_types_supported: ['code'],
          grant_types_supported: ['authorization_code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['client_secret_basic'],
          code_challenge_methods_supported: ['S256'],
          scopes_supported: ['openid', 'profile', 'email'],
          claims_supported: ['sub', 'preferred_username', 'name', 'email', 'email_verified', 'groups'],
          authorization_response_iss_parameter_supported: true,
        });
        return;
      }
      case '/jwks': {
        json(res, 200, { keys: [jwk] });
        return;
      }
      case '/authorize': {
        const p = parameter;
        if (p.client_id !== anbieter.clientId) {
          json(res, 400, { error: 'unauthorized_client' });
          return;
        }
        if (p.redirect_uri === undefined || !options.redirectUris.includes(p.redirect_uri)) {
          json(res, 400, { error: 'invalid_request', error_description: 'redirect_uri' });
          return;
        }
        const ziel = new URL(p.redirect_uri);
        const state = anbieter.manipulation === 'state' ? 'fremder-state' : p.state;
        if (state !== undefined) ziel.searchParams.set('state', state);
        ziel.searchParams.set('iss', anbieter.issuer);
        const fehler =
          p.response_type !== 'code'
            ? 'unsupported_response_type'
            : !(p.scope ?? '').split(' ').includes('openid')
              ? 'invalid_scope'
              : p.code_challenge_method !== 'S256' || p.code_challenge === undefined
                ? 'invalid_request'
                : anbieter.person === null
                  ? 'access_denied'
                  : undefined;
        if (fehler !== undefined || anbieter.person === null || p.code_challenge === undefined) {
          ziel.searchParams.set('error', fehler ?? 'access_denied');
        } else {
          const code = randomBytes(24).toString('base64url');
          codes.set(code, {
            redirectUri: p.redirect_uri,
            challenge: p.code_challenge,
            nonce: p.nonce,
            claims: anbieter.person,
            ablauf: Date.now() + 60_000,
          });
          ziel.searchParams.set('code', code);
        }
        res.writeHead(302, { location: ziel.href });
        return res.end();
      }
      case '/token': {
        if (req.method !== 'POST') {
          json(res, 405, { error: 'invalid_request' });
          return;
        }
        const [id, secret] = basicAuth(req.headers.authorization);
        if (id !== anbieter.clientId || secret !== anbieter.clientSecret) {
          json(res, 401, { error: 'invalid_client' });
          return;
        }
        const p = parameter;
        if (p.grant_type !== 'authorization_code') {
          json(res, 400, { error: 'unsupported_grant_type' });
          return;
        }
        const code = p.code === undefined ? undefined : codes.get(p.code);
        if (p.code !== undefined) codes.delete(p.code); // one use only
        if (code === undefined || code.ablauf < Date.now() || code.redirectUri !== p.redirect_uri) {
          json(res, 400, { error: 'invalid_grant' });
          return;
        }
        const challenge = createHash('sha256')
          .update(p.code_verifier ?? '')
          .digest('base64url');
        if (challenge !== code.challenge) {
          json(res, 400, { error: 'invalid_grant', error_description: 'PKCE' });
          return;
        }
        const jetzt = Math.floor(Date.now() / 1000);
        const m = anbieter.manipulation;
        const idToken = await signiere(
          {
            ...code.claims,
            iss: m === 'iss' ? 'http://127.0.0.1:1/fremd' : anbieter.issuer,
            aud: m === 'aud' ? 'anderer-client' : anbieter.clientId,
            iat: m === 'abgelaufen' ? jetzt - 7200 : jetzt,
            exp: m === 'abgelaufen' ? jetzt - 3600 : jetzt + 300,
            auth_time: jetzt,
            ...(code.nonce !== undefined ? { nonce: m === 'nonce' ? 'fremde-nonce' : code.nonce } : {}),
          },
          m === 'signatur' ? fremd.privateKey : privateKey,
        );
        const accessToken = randomBytes(24).toString('base64url');
        zugriffe.set(accessToken, { ...code.claims, ...anbieter.nurUserinfo });
        json(res, 200, {
          access_token: accessToken,
          token_type: 'Bearer',
          expires_in: 300,
          id_token: idToken,
          scope: 'openid profile email',
        });
        return;
      }
      case '/userinfo': {
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        const claims = token === undefined ? undefined : zugriffe.get(token);
        if (claims === undefined) {
          res.writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"' });
          return res.end();
        }
        json(res, 200, claims);
        return;
      }
      default: {
        json(res, 404, { error: 'not_found' });
        return;
      }
    }
  }

  const server = createServer((req, res) => {
    bearbeite(req, res).catch((error: unknown) => {
      json(res, 500, { error: 'server_error', error_description: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  anbieter.issuer = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  anbieter.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        resolve();
      });
    });
  return anbieter;
}

function basicAuth(header: string | undefined): [string | undefined, string | undefined] {
  const m = /^Basic (.+)$/.exec(header ?? '');
  if (m?.[1] === undefined) return [undefined, undefined];
  const [id, secret] = Buffer.from(m[1], 'base64').toString('utf8').split(':');
  // RFC 6749 § 2.3.1: both parts are form-urlencoded before the Basic encoding.
  return [
    id === undefined ? undefined : decodeURIComponent(id.replace(/\+/g, ' ')),
    secret === undefined ? undefined : decodeURIComponent(secret.replace(/\+/g, ' ')),
  ];
}

function lies(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const teile: Buffer[] = [];
    req.on('data', (c: Buffer) => teile.push(c));
    req.on('end', () => {
      resolve(Buffer.concat(teile).toString('utf8'));
    });
    req.on('error', reject);
  });
}
