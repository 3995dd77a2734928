import { z } from 'zod';
import { metriken } from '../../metriken.ts';
import { sendeSeite } from '../../web/index.ts';
import { anfragenDesBrowsers, vergesseAnfragen } from '../anfrage-cookie.ts';
import { HOECHSTGROESSE_XML } from '../antwort-huelle.ts';
import { bundidSeite } from '../bundid-deps.ts';
import type { BuergerSitzung } from '../identitaet.ts';
import { lokalesZiel, STANDARDZIEL } from '../sitzung.ts';
import { Ablehnungsseite, ablehnungsText } from './ablehnung-ansicht.tsx';

// The Assertion Consumer Service: BundID posts the SAML response here (cross-site, hence no CSRF token).

const acsBody = z.object({
  SAMLResponse: z
    .string()
    .min(1)
    .max(Math.ceil(HOECHSTGROESSE_XML / 3) * 4 + 8),
  RelayState: z.string().max(600).optional(),
});

/**
 * The whole form body, url-encoded: the base64 response (of which "+", "/", "=" become three characters
 * each), the RelayState and some room. Larger bodies are refused before they are read into memory.
 */
export const ACS_BODY_LIMIT = 2 * Math.ceil(HOECHSTGROESSE_XML / 3) * 4;

export const acs = bundidSeite({
  methode: 'POST',
  pfad: '/bundid/acs',
  optionen: { config: { csrf: false }, bodyLimit: ACS_BODY_LIMIT },
  behandle: async ({ request, reply, deps }) => {
    const body = acsBody.safeParse(request.body);
    const relayZiel = body.success ? lokalesZiel(body.data.RelayState) : undefined;
    const ergebnis = body.success
      ? await deps.sp.antwortPruefen(body.data.SAMLResponse, anfragenDesBrowsers(request))
      : ({ ok: false, grund: 'ungueltig', detail: 'SAMLResponse fehlt' } as const);
    if (!ergebnis.ok) {
      metriken.anmeldungenAbgelehnt.inc({ weg: 'bundid', grund: ergebnis.grund });
      // Reason code and our own detail text only: no attribute values, no SAML text from the IdP.
      request.log.warn(
        { bundid: 'abgelehnt', grund: ergebnis.grund, detail: ergebnis.detail },
        'BundID-Antwort abgelehnt',
      );
      const text = ablehnungsText(ergebnis.grund, deps.config.mindestniveau);
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
    vergesseAnfragen(reply, deps.baseUrl.startsWith('https://'));
    await request.server.sitzungen.starten(request, reply, 'buerger', sitzung);
    request.log.info(
      { bundid: 'angemeldet', vertrauensniveau: ergebnis.identitaet.vertrauensniveau },
      'BundID-Anmeldung',
    );
    return reply.redirect(lokalesZiel(ergebnis.ziel) ?? STANDARDZIEL, 303);
  },
});
