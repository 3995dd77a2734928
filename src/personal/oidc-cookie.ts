import type { FastifyReply, FastifyRequest } from 'fastify';
import { decryptJson, encryptJson } from '../shared/index.ts';
import type { OidcTransaktion } from './oidc.ts';

// The OpenID Connect transaction travels in an encrypted cookie between the redirect to the provider and the
// return; it is valid for ten minutes and only on the OIDC paths.

export const OIDC_PFAD = '/verwaltung/anmelden/oidc';
const OIDC_COOKIE = 'mr_oidc';
const OIDC_GUELTIG_MS = 10 * 60_000;

type CookieKontext = { schluessel: Buffer; sicher: boolean };

export function oidcTransaktionMerken(reply: FastifyReply, transaktion: OidcTransaktion, k: CookieKontext) {
  reply.setCookie(OIDC_COOKIE, encryptJson(k.schluessel, transaktion, 'oidc').toString('base64url'), {
    path: OIDC_PFAD,
    httpOnly: true,
    sameSite: 'lax',
    secure: k.sicher,
    maxAge: OIDC_GUELTIG_MS / 1000,
  });
}

export function oidcTransaktionVergessen(reply: FastifyReply, k: CookieKontext) {
  reply.clearCookie(OIDC_COOKIE, { path: OIDC_PFAD, httpOnly: true, sameSite: 'lax', secure: k.sicher });
}

export function oidcTransaktionLesen(
  request: FastifyRequest,
  schluessel: Buffer,
  jetzt: Date,
): OidcTransaktion | undefined {
  const wert = request.cookies[OIDC_COOKIE];
  if (wert === undefined) return undefined;
  try {
    const t = decryptJson<OidcTransaktion>(schluessel, Buffer.from(wert, 'base64url'), 'oidc');
    const alter = jetzt.getTime() - t.erstellt;
    return alter >= 0 && alter <= OIDC_GUELTIG_MS ? t : undefined;
  } catch {
    return undefined;
  }
}

/** Error name and code only: an OIDC error may carry tokens or claims in its cause. */
export function fehlerKurz(error: unknown): { name: string; code?: unknown; message: string } {
  if (error instanceof Error)
    return {
      name: error.name,
      code: (error as { code?: unknown }).code,
      message: error.message.slice(0, 200),
    };
  return { name: 'unbekannt', message: '' };
}
