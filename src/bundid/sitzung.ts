import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Navigation } from '../web/index.ts';
import { anzeigename, type BuergerIdentitaet, type BuergerSitzung } from './identitaet.ts';

// What other parts use to find the signed-in citizen. The session is read once per request and cached.

const zwischenspeicher = new WeakMap<FastifyRequest, Promise<BuergerSitzung | null>>();

function sitzungLesen(request: FastifyRequest): Promise<BuergerSitzung | null> {
  let sitzung = zwischenspeicher.get(request);
  if (sitzung === undefined) {
    sitzung = request.server.sitzungen
      .lesen<BuergerSitzung>(request, 'buerger')
      .then((s) => s?.daten ?? null);
    zwischenspeicher.set(request, sitzung);
  }
  return sitzung;
}

/** The citizen of this request's BundID session, or null when nobody is signed in. */
export async function buergerAusSitzung(request: FastifyRequest): Promise<BuergerIdentitaet | null> {
  return (await sitzungLesen(request))?.identitaet ?? null;
}

/**
 * preHandler for the wizard, the status pages and the citizen's files: without a citizen session it
 * redirects to `/anmelden?ziel=<current path>`, and after the login the citizen comes back here.
 */
export async function requireBuerger(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if ((await buergerAusSitzung(request)) !== null) return;
  const ziel = lokalesZiel(request.url) ?? STANDARDZIEL;
  await reply.redirect(`/anmelden?ziel=${encodeURIComponent(ziel)}`, 303);
}

/** Layout navigation ("Angemeldet: Name" with the sign-out button) for a signed-in citizen. */
export async function buergerNavigation(request: FastifyRequest, reply: FastifyReply): Promise<Navigation> {
  const identitaet = await buergerAusSitzung(request);
  if (identitaet === null) return {};
  return {
    angemeldet: { name: anzeigename(identitaet), abmeldenPfad: ABMELDEN_PFAD },
    csrfToken: reply.generateCsrf(),
  };
}

export const ABMELDEN_PFAD = '/abmelden';
export const STANDARDZIEL = '/antrag';

/**
 * Accepts only a path on this site (no scheme, no host, no "//" or backslash tricks), so the login cannot
 * be used as an open redirect. Login pages themselves are not targets.
 */
export function lokalesZiel(wert: unknown): string | undefined {
  if (typeof wert !== 'string' || wert.length > 500) return undefined;
  if (!wert.startsWith('/') || wert.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(wert))
    return undefined;
  let url: URL;
  try {
    url = new URL(wert, 'http://lokal.invalid');
  } catch {
    return undefined;
  }
  if (url.origin !== 'http://lokal.invalid') return undefined;
  if (
    /^\/(anmelden|abmelden|abgemeldet|bundid\/acs|bundid\/metadata|bundid-testidp)(\/|$)/.test(url.pathname)
  ) {
    return undefined;
  }
  return url.pathname + url.search;
}
