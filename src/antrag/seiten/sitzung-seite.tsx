import { z } from 'zod';
import { lokalesZiel } from '../../bundid/index.ts';
import { seite } from '../../seite.ts';
import { leseFormular } from '../../web/index.ts';
import { anmeldeZiel } from '../buerger-zugang.tsx';
import { SITZUNG_VERLAENGERN_PFAD } from './bausteine.tsx';

// "Sitzung verlängern": reading the citizen session moves its end (sliding idle time-out), then back to the page.
// Too late (the session has ended): to the login, which says why and comes back to that page.

export const sitzungVerlaengernSeite = seite({
  methode: 'POST',
  pfad: SITZUNG_VERLAENGERN_PFAD,
  behandle: async ({ request, reply }) => {
    const { werte } = leseFormular(request.body, z.object({}));
    const ziel = lokalesZiel(werte.ziel) ?? '/antrag';
    const sitzung = await request.server.sitzungen.lesen(request, 'buerger');
    if (sitzung === null) return reply.redirect(anmeldeZiel(request, ziel), 303);
    return reply.redirect(ziel, 303);
  },
});
