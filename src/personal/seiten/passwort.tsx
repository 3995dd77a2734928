import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type FeldFehler, leseFormular, sendeSeite } from '../../web/index.ts';
import { aktuellesPasswortPruefen } from '../anmeldung-pruefen.ts';
import { passwortSetzen } from '../passwort-setzen.ts';
import { anmeldeRateLimit, personalSeite } from '../personal-deps.ts';
import { personalKontext } from '../personal-layout.tsx';
import { PASSWORT, requirePersonalOhnePasswortwechsel, sicheresZiel } from '../zugang.tsx';
import { anmeldeQuery } from './anmelden.tsx';
import { PasswortSeite } from './passwort-ansicht.tsx';

// Changing one's own password; also the page a password the holder did not choose leads to.

const text = z.string().catch('');
const passwortFormular = z
  .object({ aktuell: text, neu: text, wiederholung: text })
  .superRefine((f, kontext) => {
    if (f.aktuell === '')
      kontext.addIssue({
        code: 'custom',
        path: ['aktuell'],
        message: 'Geben Sie Ihr jetziges Passwort ein.',
      });
    if (f.neu === '')
      kontext.addIssue({ code: 'custom', path: ['neu'], message: 'Geben Sie ein neues Passwort ein.' });
    else if (f.wiederholung !== f.neu)
      kontext.addIssue({
        code: 'custom',
        path: ['wiederholung'],
        message: 'Die Wiederholung stimmt nicht mit dem neuen Passwort überein.',
      });
  });

function zeigePasswortSeite(
  request: FastifyRequest,
  reply: FastifyReply,
  props: { ziel: string; pflicht: boolean; fehler?: FeldFehler; erfolg?: boolean },
  status = 200,
) {
  return sendeSeite(reply, <PasswortSeite kontext={personalKontext(request, reply)} {...props} />, status);
}

export const passwortseite = personalSeite({
  methode: 'GET',
  pfad: PASSWORT,
  query: anmeldeQuery,
  optionen: { preHandler: requirePersonalOhnePasswortwechsel() },
  behandle: async ({ request, reply, query }) =>
    zeigePasswortSeite(request, reply, {
      ziel: sicheresZiel(query.ziel),
      pflicht: request.personalSitzung.passwortWechselNoetig,
    }),
});

export const passwortAendern = personalSeite({
  methode: 'POST',
  pfad: PASSWORT,
  optionen: { preHandler: requirePersonalOhnePasswortwechsel(), config: anmeldeRateLimit },
  behandle: async ({ request, reply, deps }) => {
    const { werte, ergebnis } = leseFormular(request.body, passwortFormular);
    const ziel = sicheresZiel(werte.ziel ?? '');
    const pflicht = request.personalSitzung.passwortWechselNoetig;
    const seite = (fehler: FeldFehler, status: number) =>
      zeigePasswortSeite(request, reply, { ziel, pflicht, fehler }, status);
    if (!request.personalSitzung.hatPasswort) return seite({}, 400);
    if (!ergebnis.ok) return seite(ergebnis.fehler, 400);

    const db = deps.datenbank.db;
    const id = request.personal.benutzerId;
    const k = { jetzt: deps.jetzt(), ip: request.ip };
    if (!(await aktuellesPasswortPruefen(db, id, ergebnis.wert.aktuell, k)))
      return seite({ aktuell: 'Das jetzige Passwort stimmt nicht.' }, 400);
    const gesetzt = await passwortSetzen(
      db,
      id,
      ergebnis.wert.neu,
      { wechselNoetig: false },
      { ...k, weg: 'web', ausgeloestVon: id },
    );
    if (!gesetzt.ok) return seite({ neu: gesetzt.fehler.passwort }, 400);
    // A new session id after a credential change.
    await request.server.sitzungen.starten(request, reply, 'personal', request.personal);
    if (pflicht) return reply.redirect(ziel, 303);
    request.personalSitzung = { ...request.personalSitzung, passwortWechselNoetig: false };
    return zeigePasswortSeite(request, reply, { ziel, pflicht: false, erfolg: true });
  },
});
