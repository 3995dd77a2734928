import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import type { Logger } from '../log.ts';
import { sendeSeite } from '../web/render.ts';
import { createDienstanbieter } from './dienstanbieter.ts';
import type { BuergerSitzung } from './identitaet.ts';
import type { BundidKonfiguration } from './konfiguration.ts';
import type { BundidMaterial } from './laden.ts';
import { Ablehnungsseite, ablehnungsText, Anmeldeseite, Infoseite, Sitzungsseite } from './seiten.tsx';
import {
  ABMELDEN_PFAD,
  buergerAusSitzung,
  buergerNavigation,
  lokalesZiel,
  requireBuerger,
  STANDARDZIEL,
} from './sitzung.ts';

export type BundidDeps = {
  config: BundidKonfiguration;
  baseUrl: string;
  material: BundidMaterial;
  db: Db;
  jetzt: () => Date;
  logger: Logger;
};

/** Origins the login form posts to (the IdP), for the CSP `form-action` directive. */
export function bundidFormActionOrigins(material: BundidMaterial, baseUrl: string): string[] {
  const idp = new URL(material.idp.ssoUrl).origin;
  return idp === new URL(baseUrl).origin ? [] : [idp];
}

const acsBody = z.object({
  SAMLResponse: z.string().min(1).max(300_000),
  RelayState: z.string().max(600).optional(),
});

export async function bundidRouten(app: FastifyInstance, deps: BundidDeps): Promise<void> {
  const { config, material } = deps;
  const sp = createDienstanbieter({
    config,
    sp: material.sp,
    idp: material.idp,
    db: deps.db,
    jetzt: deps.jetzt,
  });

  app.get('/anmelden', async (request, reply) => {
    const ziel = lokalesZiel((request.query as Record<string, unknown>).ziel) ?? STANDARDZIEL;
    if ((await buergerAusSitzung(request)) !== null) return reply.redirect(ziel, 303);
    const anfrage = await sp.anfrageErstellen(ziel);
    reply.header('cache-control', 'no-store');
    return sendeSeite(
      reply,
      <Anmeldeseite
        ssoUrl={anfrage.ssoUrl}
        felder={anfrage.felder}
        mindestniveau={config.mindestniveau}
        testumgebung={material.testIdp !== undefined}
      />,
    );
  });

  // BundID's "back" link (classic-ui:BackURL) when the citizen leaves the login there.
  app.get('/anmelden/abgebrochen', (_request, reply) =>
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
  );

  app.post('/bundid/acs', { config: { csrf: false } }, async (request, reply) => {
    const body = acsBody.safeParse(request.body);
    const relayZiel = body.success ? lokalesZiel(body.data.RelayState) : undefined;
    const ergebnis = body.success
      ? await sp.antwortPruefen(body.data.SAMLResponse)
      : ({ ok: false, grund: 'ungueltig', detail: 'SAMLResponse fehlt' } as const);
    if (!ergebnis.ok) {
      // Reason code and our own detail text only: no attribute values, no SAML text from the IdP.
      request.log.warn(
        { bundid: 'abgelehnt', grund: ergebnis.grund, detail: ergebnis.detail },
        'BundID-Antwort abgelehnt',
      );
      const text = ablehnungsText(ergebnis.grund, config.mindestniveau);
      return sendeSeite(
        reply,
        <Ablehnungsseite
          text={text}
          grund={ergebnis.grund}
          anfrageId={request.id}
          nochmalUrl={`/anmelden?ziel=${encodeURIComponent(relayZiel ?? STANDARDZIEL)}`}
        />,
        text.status,
      );
    }
    const sitzung: BuergerSitzung = {
      identitaet: ergebnis.identitaet,
      angemeldetAm: deps.jetzt().toISOString(),
    };
    await app.sitzungen.starten(request, reply, 'buerger', sitzung);
    request.log.info(
      { bundid: 'angemeldet', vertrauensniveau: ergebnis.identitaet.vertrauensniveau },
      'BundID-Anmeldung',
    );
    return reply.redirect(lokalesZiel(ergebnis.ziel) ?? STANDARDZIEL, 303);
  });

  app.get('/bundid/metadata', (_request, reply) =>
    reply
      .type('application/samlmetadata+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(material.spMetadaten),
  );

  app.post(ABMELDEN_PFAD, async (request, reply) => {
    await app.sitzungen.beenden(request, reply, 'buerger');
    return reply.redirect('/abgemeldet', 303);
  });

  app.get('/abgemeldet', (_request, reply) =>
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
        <p class="kern-body">
          <a class="kern-link" href="/">
            Zur Startseite
          </a>
        </p>
      </Infoseite>,
    ),
  );

  app.get('/bundid/sitzung', { preHandler: requireBuerger }, async (request, reply) => {
    const identitaet = await buergerAusSitzung(request);
    if (identitaet === null) return reply.redirect('/anmelden', 303);
    return sendeSeite(
      reply,
      <Sitzungsseite identitaet={identitaet} navigation={await buergerNavigation(request, reply)} />,
    );
  });

  if (material.testIdp !== undefined) {
    const { testIdpRouten } = await import('./test-idp/routen.tsx');
    testIdpRouten(app, {
      baseUrl: deps.baseUrl,
      schluessel: material.testIdp.schluessel,
      spMetadaten: material.spMetadaten,
      jetzt: deps.jetzt,
    });
  }
}
