import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../db/client.ts';
import { sendeSeite } from '../web/render.ts';
import { cookieName } from '../web/sitzung.ts';
import { kontoLaden } from './konto.ts';
import { personalKontext } from './personal-layout.tsx';
import type { PersonalSitzung, Rolle } from './rollen.ts';
import { KeinZugriff } from './seiten/kein-zugriff.tsx';

// The guard every staff route uses. Each request re-reads the account, so a deactivated account or a changed
// role takes effect at once, not only at the next login.

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member. Set by requirePersonal(); read it only on routes that use the guard. */
    personal: PersonalSitzung;
    /** Session details for the staff layout. Set by requirePersonal(). */
    personalSitzung: PersonalSitzungsInfo;
  }
  interface FastifyInstance {
    /** Reads and checks the staff session of a request (used by requirePersonal and the login page). */
    personalSitzungPruefen(request: FastifyRequest, reply: FastifyReply): Promise<SitzungsPruefung>;
  }
}

export type PersonalSitzungsInfo = {
  /** When the session ends if nothing happens (sliding idle time-out of 30 minutes). */
  ablauf: Date;
  behoerdenNamen: Record<string, string>;
  hatPasswort: boolean;
  passwortWechselNoetig: boolean;
  jetzt: Date;
};

export type SitzungsPruefung =
  | { angemeldet: true; personal: PersonalSitzung; info: PersonalSitzungsInfo }
  | { angemeldet: false; abgelaufen: boolean };

export const ANMELDEN = '/verwaltung/anmelden';
export const PASSWORT = '/verwaltung/passwort';

/**
 * Where to go after login: only a path inside /verwaltung (no other host, no protocol-relative "//", no
 * backslashes), never back to the login or logout itself.
 */
export function sicheresZiel(ziel: unknown): string {
  if (typeof ziel !== 'string' || ziel.length > 500) return '/verwaltung';
  if (!/^\/verwaltung(?:[/?][^\s\\#]*)?$/.test(ziel) || ziel.includes('//')) return '/verwaltung';
  if (/^\/verwaltung\/(?:anmelden|abmelden)(?:[/?]|$)/.test(ziel)) return '/verwaltung';
  return ziel;
}

export function anmeldenUrl(ziel?: string, grund?: 'abgelaufen' | 'abgemeldet'): string {
  const q = new URLSearchParams();
  if (ziel !== undefined && sicheresZiel(ziel) !== '/verwaltung') q.set('ziel', sicheresZiel(ziel));
  if (grund !== undefined) q.set('grund', grund);
  const s = q.toString();
  return s === '' ? ANMELDEN : `${ANMELDEN}?${s}`;
}

export function installierePersonalZugang(
  app: FastifyInstance,
  deps: { db: Db; production: boolean; jetzt: () => Date },
) {
  app.decorateRequest('personal', null as unknown as PersonalSitzung);
  app.decorateRequest('personalSitzung', null as unknown as PersonalSitzungsInfo);

  app.decorate(
    'personalSitzungPruefen',
    async function pruefen(request: FastifyRequest, reply: FastifyReply): Promise<SitzungsPruefung> {
      const hatteCookie = request.cookies[cookieName.personal] !== undefined;
      const sitzung = await app.sitzungen.lesen<PersonalSitzung>(request, 'personal');
      if (sitzung === null) {
        if (hatteCookie) await app.sitzungen.beenden(request, reply, 'personal');
        return { angemeldet: false, abgelaufen: hatteCookie };
      }
      const konto = await kontoLaden(deps.db, sitzung.daten.benutzerId);
      if (konto === undefined || !konto.aktiv || (konto.demo && deps.production)) {
        await app.sitzungen.beenden(request, reply, 'personal');
        return { angemeldet: false, abgelaufen: false };
      }
      const personal: PersonalSitzung = {
        ...sitzung.daten,
        anzeigename: konto.anzeigename,
        rollen: konto.rollen,
        behoerden: konto.behoerden,
      };
      if (
        personal.anzeigename !== sitzung.daten.anzeigename ||
        personal.rollen.join() !== sitzung.daten.rollen.join() ||
        personal.behoerden.join() !== sitzung.daten.behoerden.join()
      )
        await app.sitzungen.aktualisieren(request, 'personal', personal);
      const namen =
        konto.behoerden.length === 0
          ? []
          : await deps.db
              .selectFrom('behoerde')
              .select(['ags', 'kurzname'])
              .where('ags', 'in', konto.behoerden)
              .execute();
      return {
        angemeldet: true,
        personal,
        info: {
          ablauf: sitzung.ablauf,
          behoerdenNamen: Object.fromEntries(namen.map((b) => [b.ags, b.kurzname])),
          hatPasswort: konto.hatPasswort,
          // Only a password login must replace a password the holder did not choose.
          passwortWechselNoetig: konto.passwortWechselNoetig && personal.anmeldeweg !== 'oidc',
          jetzt: deps.jetzt(),
        },
      };
    },
  );
}

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
