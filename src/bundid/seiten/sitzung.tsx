import { sendeSeite, ZurStartseite } from '../../web/index.ts';
import { bundidSeite } from '../bundid-deps.ts';
import { ABMELDEN_PFAD, buergerAusSitzung, buergerNavigation, requireBuerger } from '../sitzung.ts';
import { Infoseite, Sitzungsseite } from './info-ansicht.tsx';

// The citizen's session: what BundID sent, logout, the page after logout, and the SP metadata.

export const sitzungAnzeigen = bundidSeite({
  methode: 'GET',
  pfad: '/bundid/sitzung',
  optionen: { preHandler: requireBuerger },
  behandle: async ({ request, reply }) => {
    const identitaet = await buergerAusSitzung(request);
    if (identitaet === null) return reply.redirect('/anmelden', 303);
    return sendeSeite(
      reply,
      <Sitzungsseite identitaet={identitaet} navigation={await buergerNavigation(request, reply)} />,
    );
  },
});

export const abmelden = bundidSeite({
  methode: 'POST',
  pfad: ABMELDEN_PFAD,
  behandle: async ({ request, reply }) => {
    await request.server.sitzungen.beenden(request, reply, 'buerger');
    return reply.redirect('/abgemeldet', 303);
  },
});

export const abgemeldet = bundidSeite({
  methode: 'GET',
  pfad: '/abgemeldet',
  behandle: async ({ reply }) =>
    sendeSeite(
      reply,
      <Infoseite titel="Sie sind abgemeldet">
        <p class="kern-body">
          Ihre Sitzung in diesem Antrag ist beendet. Ihre gespeicherten Angaben bleiben erhalten.
        </p>
        <p class="kern-body">
          Bei der BundID selbst können Sie noch angemeldet sein. Wenn Sie einen fremden Computer benutzen,
          schließen Sie bitte alle Fenster des Browsers.
        </p>
        <ZurStartseite />
      </Infoseite>,
    ),
});

export const spMetadaten = bundidSeite({
  methode: 'GET',
  pfad: '/bundid/metadata',
  behandle: async ({ reply, deps }) =>
    reply
      .type('application/samlmetadata+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(deps.material.spMetadaten),
});
