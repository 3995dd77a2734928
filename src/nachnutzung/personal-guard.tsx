import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PersonalSitzung, Rolle } from '../personal/rollen.ts';
import { sendeSeite } from '../web/render.ts';
import { Fehlerseite } from '../web/seiten/fehler.tsx';

// TEMPORARY stand-in with exactly the contract of personal/'s `requirePersonal({ rollen? })`: a preHandler
// that reads the staff session and sets `request.personal`. When personal/ lands on main, the import in
// routen.tsx switches to it and this file is deleted.

declare module 'fastify' {
  interface FastifyRequest {
    personal: PersonalSitzung;
  }
}

export function requirePersonal(opts: { rollen?: Rolle[] } = {}) {
  return async function personalPruefen(request: FastifyRequest, reply: FastifyReply) {
    const sitzung = await request.server.sitzungen.lesen<PersonalSitzung>(request, 'personal');
    if (sitzung === null) {
      return sendeSeite(
        reply,
        <Fehlerseite
          titel="Bitte melden Sie sich an"
          text="Dieser Bereich ist nur für Mitarbeitende der Sozialämter und der Land-Koordination. Bitte melden Sie sich an."
        />,
        401,
      );
    }
    if (opts.rollen !== undefined && !opts.rollen.some((r) => sitzung.daten.rollen.includes(r))) {
      return sendeSeite(
        reply,
        <Fehlerseite titel="Kein Zugriff" text="Für diesen Bereich fehlt Ihnen die nötige Rolle." />,
        403,
      );
    }
    request.personal = sitzung.daten;
  };
}
