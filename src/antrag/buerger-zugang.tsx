import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  anzeigename,
  type BuergerIdentitaet,
  type BuergerSitzung,
  lokalesZiel,
  STANDARDZIEL,
} from '../bundid/index.ts';
import type { Deps } from '../deps.ts';
import { cookieName, sendeSeite, Fehlerseite } from '../web/index.ts';
import { antragRepo, type AntragRepo } from './antrag-repo.ts';
import type { Rahmen } from './seiten/bausteine.tsx';

// Who is asking: the signed-in citizen, identified towards the drafts and applications by an owner key
// derived from the BundID pseudonym. Every page of the application path starts here.

export type Angemeldet = { identitaet: BuergerIdentitaet; besitzer: string; ablauf: Date; jetzt: Date };

const repos = new WeakMap<Deps, AntragRepo>();

/** The repository for these dependencies; built once, since deriving the owner key costs a HKDF. */
export function repoVon(deps: Deps): AntragRepo {
  let repo = repos.get(deps);
  if (repo === undefined) {
    repo = antragRepo(deps.datenbank.db, deps.secrets.dataKey);
    repos.set(deps, repo);
  }
  return repo;
}

const ohneQuery = (url: string) => url.split('?')[0] ?? url;

/** The signed-in citizen, or a redirect to the BundID login that returns here. */
export async function anmelden(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
): Promise<Angemeldet | null> {
  const sitzung = await request.server.sitzungen.lesen<BuergerSitzung>(request, 'buerger');
  if (sitzung === null) {
    await reply.redirect(anmeldeZiel(request, ohneQuery(request.url)), 303);
    return null;
  }
  const identitaet = sitzung.daten.identitaet;
  return {
    identitaet,
    besitzer: repoVon(deps).besitzerVon(identitaet.pseudonym),
    ablauf: sitzung.ablauf,
    jetzt: deps.jetzt(),
  };
}

/**
 * The login that comes back to `pfad`. A form posted with an expired session (the cookie is still there) says
 * so: the login page explains that the input of that page was not saved, and the citizen lands on it again.
 */
export function anmeldeZiel(request: FastifyRequest, pfad: string): string {
  const ziel = lokalesZiel(pfad) ?? STANDARDZIEL;
  const abgelaufen = request.method !== 'GET' && request.cookies[cookieName.buerger] !== undefined;
  return `/anmelden?ziel=${encodeURIComponent(ziel)}${abgelaufen ? '&abgelaufen=1' : ''}`;
}

/** What every page of the path shows around its content: name, CSRF token, end of session, this page. */
export function rahmen(a: Angemeldet, reply: FastifyReply): Rahmen {
  return {
    name: anzeigename(a.identitaet),
    csrf: reply.generateCsrf(),
    sitzungsende: a.ablauf,
    restSekunden: Math.max(0, Math.round((a.ablauf.getTime() - a.jetzt.getTime()) / 1000)),
    pfad: reply.request.method === 'GET' ? ohneQuery(reply.request.url) : '/antrag',
  };
}

export function nichtGefunden(reply: FastifyReply) {
  return sendeSeite(
    reply,
    <Fehlerseite
      titel="Antrag nicht gefunden"
      text="Diesen Antrag gibt es nicht, oder er gehört zu einem anderen BundID-Konto. Ihre eigenen Anträge finden Sie unter „Ihre Anträge“."
    />,
    404,
  );
}
