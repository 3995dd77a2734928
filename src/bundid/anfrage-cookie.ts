import type { FastifyReply, FastifyRequest } from 'fastify';
import { ANFRAGE_GUELTIG_MS } from './anfrage-repo.ts';

// Binds an AuthnRequest to the browser that started the login (against login CSRF: a valid, unused response
// of the attacker's own login posted from the victim's browser). The ids of the browser's open requests are
// kept in a signed cookie that only the ACS sees; the response's InResponseTo must be one of them. Up to
// three, so a login started in two tabs still works in both.

const COOKIE = 'mr_saml_anfrage';
const PFAD = '/bundid/acs';
const HOECHSTENS = 3;

/**
 * BundID posts the response cross-site, and browsers send Lax cookies only with cross-site GETs, so on
 * https the cookie is SameSite=None (and Secure); on plain http (development, same-site stand-in) Lax.
 */
function optionen(sicher: boolean) {
  return {
    path: PFAD,
    httpOnly: true,
    secure: sicher,
    sameSite: sicher ? ('none' as const) : ('lax' as const),
    signed: true,
  };
}

/** The request ids this browser started (newest first); empty without a valid signed cookie. */
export function anfragenDesBrowsers(request: FastifyRequest): string[] {
  const roh = request.cookies[COOKIE];
  if (roh === undefined) return [];
  const entsiegelt = request.unsignCookie(roh);
  if (!entsiegelt.valid) return [];
  return entsiegelt.value.split(' ').filter((id) => /^_[\w-]{1,80}$/.test(id));
}

export function merkeAnfrage(
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  sicher: boolean,
): void {
  const ids = [id, ...anfragenDesBrowsers(request).filter((alt) => alt !== id)].slice(0, HOECHSTENS);
  reply.setCookie(COOKIE, ids.join(' '), { ...optionen(sicher), maxAge: ANFRAGE_GUELTIG_MS / 1000 });
}

/** After a login the browser's open requests are done (a replay is refused by the database anyway). */
export function vergesseAnfragen(reply: FastifyReply, sicher: boolean): void {
  reply.clearCookie(COOKIE, optionen(sicher));
}
