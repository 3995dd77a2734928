import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/index.ts';
import { cookieName } from '../web/index.ts';
import { kontoLaden } from './konto.ts';
import type { PersonalSitzung } from './rollen.ts';
import { behoerdenNachAgs } from '../katalog/index.ts';

// Reading a staff session: each request re-reads the account, so a deactivated account or a changed role
// takes effect at once, not only at the next login.

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
      const namen = [...(await behoerdenNachAgs(deps.db, konto.behoerden)).values()];
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
