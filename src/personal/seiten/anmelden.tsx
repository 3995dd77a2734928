import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { leseFormular, sendeSeite } from '../../web/index.ts';
import { anmeldungPruefen } from '../anmeldung-pruefen.ts';
import {
  anmeldeRateLimit,
  nachAnmeldung,
  personalSeite,
  sitzungsDaten,
  type PersonalDeps,
} from '../personal-deps.ts';
import { ANMELDEN, sicheresZiel } from '../zugang.tsx';
import { AnmeldungAbgelehnt } from './abgelehnt-ansicht.tsx';
import { AnmeldeSeite } from './anmelde-ansicht.tsx';

// The staff login page and the password login.

export const anmeldeQuery = z.object({
  ziel: z.string().optional().catch(undefined),
  grund: z.enum(['abgelaufen', 'abgemeldet']).optional().catch(undefined),
});

const text = z.string().catch('');
const anmeldeFormular = z.object({
  login: text.refine((v) => v.trim() !== '', { error: 'Geben Sie Ihren Anmeldenamen ein.' }),
  passwort: text.refine((v) => v !== '', { error: 'Geben Sie Ihr Passwort ein.' }),
});

type AnmeldeProps = Omit<Parameters<typeof AnmeldeSeite>[0], 'csrfToken' | 'passwortAnmeldung' | 'oidc'>;

export function zeigeAnmeldeSeite(
  reply: FastifyReply,
  deps: PersonalDeps,
  props: AnmeldeProps,
  status = 200,
) {
  const { passwortAnmeldung, oidc } = deps.config.personal;
  return sendeSeite(
    reply,
    <AnmeldeSeite
      {...props}
      csrfToken={reply.generateCsrf()}
      passwortAnmeldung={passwortAnmeldung}
      oidc={oidc === undefined ? undefined : { anzeigename: oidc.anzeigename }}
    />,
    status,
  );
}

export const anmeldenSeite = personalSeite({
  methode: 'GET',
  pfad: ANMELDEN,
  query: anmeldeQuery,
  behandle: async ({ request, reply, deps, query }) => {
    const ziel = sicheresZiel(query.ziel);
    const pruefung = await request.server.personalSitzungPruefen(request, reply);
    if (pruefung.angemeldet) return reply.redirect(ziel, 303);
    return zeigeAnmeldeSeite(reply, deps, { ziel, hinweis: query.grund });
  },
});

export const anmeldenAbsenden = personalSeite({
  methode: 'POST',
  pfad: ANMELDEN,
  optionen: { config: anmeldeRateLimit },
  behandle: async ({ request, reply, deps }) => {
    const { werte, ergebnis } = leseFormular(request.body, anmeldeFormular);
    const ziel = sicheresZiel(werte.ziel ?? '');
    const login = werte.login ?? '';
    if (!deps.config.personal.passwortAnmeldung)
      return sendeSeite(
        reply,
        <AnmeldungAbgelehnt
          titel="Anmeldung mit Passwort ist abgeschaltet"
          text="Bitte melden Sie sich über Ihr Dienstkonto (Single Sign-on) an."
        />,
        403,
      );
    if (!ergebnis.ok) return zeigeAnmeldeSeite(reply, deps, { ziel, login, fehler: ergebnis.fehler }, 400);

    const geprueft = await anmeldungPruefen(deps.datenbank.db, ergebnis.wert, {
      jetzt: deps.jetzt(),
      ip: request.ip,
      production: deps.config.production,
    });
    if (!geprueft.ok) {
      request.log.info({ grund: geprueft.grund }, 'Anmeldung abgelehnt');
      return zeigeAnmeldeSeite(reply, deps, { ziel, login, hinweis: 'fehlgeschlagen' }, 401);
    }
    const daten = sitzungsDaten(geprueft.konto, 'passwort', deps.jetzt());
    await request.server.sitzungen.starten(request, reply, 'personal', daten);
    return reply.redirect(nachAnmeldung(geprueft.konto, ziel), 303);
  },
});
