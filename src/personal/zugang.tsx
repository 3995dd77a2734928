import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { sendeSeite } from '../web/index.ts';
import { personalKontext } from './personal-layout.tsx';
import type { Rolle } from './rollen.ts';
import { KeinZugriff } from './seiten/kein-zugriff.tsx';
import { anmeldenUrl, PASSWORT, sicheresZiel } from './ziele.ts';

// The guard every staff route uses (the session itself is read in sitzung-pruefen.ts).

export { installierePersonalZugang } from './sitzung-pruefen.ts';
export { ANMELDEN, anmeldenUrl, PASSWORT, sicheresZiel } from './ziele.ts';

export type RequirePersonalOptionen = {
  /** Any of these roles opens the route; omitted: every signed-in staff member. */
  rollen?: Rolle[];
};

/**
 * preHandler for staff routes. Not signed in (or session expired): 303 to /verwaltung/anmelden?ziel=<path>.
 * Signed in without one of the roles: 403 with a German page. Otherwise sets `request.personal` and
 * `request.personalSitzung`. A password the holder did not choose must be changed first.
 */
export function requirePersonal(optionen: RequirePersonalOptionen = {}): preHandlerAsyncHookHandler {
  return pruefeZugang(optionen, false);
}

/** The same guard, but reachable while a password change is pending (only the password page uses it). */
export function requirePersonalOhnePasswortwechsel(): preHandlerAsyncHookHandler {
  return pruefeZugang({}, true);
}

function pruefeZugang(optionen: RequirePersonalOptionen, passwortSeite: boolean): preHandlerAsyncHookHandler {
  return async function personalGuard(request, reply) {
    const pruefung = await request.server.personalSitzungPruefen(request, reply);
    if (!pruefung.angemeldet) {
      const ziel =
        request.method === 'GET' || request.method === 'HEAD' ? request.url : zielAusFormular(request);
      return reply.redirect(anmeldenUrl(ziel, pruefung.abgelaufen ? 'abgelaufen' : undefined), 303);
    }
    request.personal = pruefung.personal;
    request.personalSitzung = pruefung.info;
    if (pruefung.info.passwortWechselNoetig && !passwortSeite) {
      const ziel = request.method === 'GET' ? request.url : '/verwaltung';
      return reply.redirect(`${PASSWORT}?ziel=${encodeURIComponent(sicheresZiel(ziel))}`, 303);
    }
    const rollen = optionen.rollen ?? [];
    if (rollen.length > 0 && !rollen.some((r) => pruefung.personal.rollen.includes(r))) {
      request.log.info({ rollen, pfad: request.routeOptions.url }, 'Personal ohne passende Rolle');
      return sendeSeite(
        reply,
        <KeinZugriff kontext={personalKontext(request, reply)} benoetigt={rollen} />,
        403,
      );
    }
    return undefined;
  };
}

function zielAusFormular(request: FastifyRequest): string | undefined {
  const body = request.body;
  if (typeof body !== 'object' || body === null || !('ziel' in body)) return undefined;
  return typeof body.ziel === 'string' ? body.ziel : undefined;
}
