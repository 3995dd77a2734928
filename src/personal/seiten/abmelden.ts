import { z } from 'zod';
import { leseFormular } from '../../web/index.ts';
import { protokolliere } from '../ereignis.ts';
import { personalSeite } from '../personal-deps.ts';
import type { PersonalSitzung } from '../rollen.ts';
import { anmeldenUrl, requirePersonal, sicheresZiel } from '../zugang.tsx';

// Logout, and "stay signed in" from the session warning.

export const abmelden = personalSeite({
  methode: 'POST',
  pfad: '/verwaltung/abmelden',
  behandle: async ({ request, reply, deps }) => {
    const sitzung = await request.server.sitzungen.lesen<PersonalSitzung>(request, 'personal');
    if (sitzung !== null)
      await protokolliere(deps.datenbank.db, {
        art: 'abmeldung',
        zeitpunkt: deps.jetzt(),
        weg: 'web',
        kontoId: sitzung.daten.benutzerId,
        ausgeloestVon: sitzung.daten.benutzerId,
        ip: request.ip,
      });
    await request.server.sitzungen.beenden(request, reply, 'personal');
    return reply.redirect(anmeldenUrl(undefined, 'abgemeldet'), 303);
  },
});

// Reading the session through the guard already moves its end; this only brings the person back.
export const sitzungVerlaengern = personalSeite({
  methode: 'POST',
  pfad: '/verwaltung/sitzung',
  optionen: { preHandler: requirePersonal() },
  behandle: async ({ request, reply }) => {
    const { werte } = leseFormular(request.body, z.object({}));
    return reply.redirect(sicheresZiel(werte.ziel), 303);
  },
});
