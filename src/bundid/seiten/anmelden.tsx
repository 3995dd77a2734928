import { z } from 'zod';
import { sendeSeite } from '../../web/index.ts';
import { merkeAnfrage } from '../anfrage-cookie.ts';
import { bundidSeite } from '../bundid-deps.ts';
import { buergerAusSitzung, lokalesZiel, STANDARDZIEL } from '../sitzung.ts';
import { Anmeldeseite } from './anmelde-ansicht.tsx';
import { Infoseite } from './info-ansicht.tsx';

// The start of the BundID login (a form that posts the signed AuthnRequest) and the page BundID's "back"
// link leads to.

export const anmelden = bundidSeite({
  methode: 'GET',
  pfad: '/anmelden',
  query: z.object({ ziel: z.unknown().optional(), abgelaufen: z.unknown().optional() }),
  behandle: async ({ request, reply, deps, query }) => {
    const ziel = lokalesZiel(query.ziel) ?? STANDARDZIEL;
    if ((await buergerAusSitzung(request)) !== null) return reply.redirect(ziel, 303);
    const anfrage = await deps.sp.anfrageErstellen(ziel);
    merkeAnfrage(request, reply, anfrage.id, deps.baseUrl.startsWith('https://'));
    reply.header('cache-control', 'no-store');
    return sendeSeite(
      reply,
      <Anmeldeseite
        ssoUrl={anfrage.ssoUrl}
        felder={anfrage.felder}
        mindestniveau={deps.config.mindestniveau}
        testumgebung={deps.material.testIdp !== undefined}
        abgelaufen={query.abgelaufen === '1'}
      />,
    );
  },
});

// BundID's "back" link (classic-ui:BackURL) when the citizen leaves the login there.
export const anmeldungAbgebrochen = bundidSeite({
  methode: 'GET',
  pfad: '/anmelden/abgebrochen',
  behandle: async ({ reply }) =>
    sendeSeite(
      reply,
      <Infoseite titel="Die Anmeldung wurde abgebrochen">
        <p class="kern-body">
          Sie haben die Anmeldung bei der BundID abgebrochen. Es wurden keine Daten übermittelt.
        </p>
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href="/anmelden">
            <span class="kern-label">Noch einmal anmelden</span>
          </a>
        </p>
      </Infoseite>,
    ),
});
