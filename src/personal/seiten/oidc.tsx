import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { sendeSeite } from '../../web/index.ts';
import { protokolliere } from '../ereignis.ts';
import { anspruchAusClaims } from '../oidc.ts';
import {
  fehlerKurz,
  OIDC_PFAD,
  oidcTransaktionLesen,
  oidcTransaktionMerken,
  oidcTransaktionVergessen,
} from '../oidc-cookie.ts';
import { oidcKontoAbgleichen, oidcKontoFinden } from '../oidc-konto.ts';
import { personalSeite, sitzungsDaten } from '../personal-deps.ts';
import { sicheresZiel } from '../zugang.tsx';
import { AnmeldungAbgelehnt } from './abgelehnt-ansicht.tsx';
import { anmeldeQuery } from './anmelden.tsx';

// Staff login through the administration's OpenID Connect provider: the start (redirect to the provider)
// and the return with the authorization code.

function abgelehnt(reply: FastifyReply, status: number, titel: string, text: string) {
  return sendeSeite(reply, <AnmeldungAbgelehnt titel={titel} text={text} />, status);
}

const cookieKontext = (deps: { secrets: { dataKey: Buffer }; config: { baseUrl: string } }) => ({
  schluessel: deps.secrets.dataKey,
  sicher: deps.config.baseUrl.startsWith('https://'),
});

export const oidcStarten = personalSeite({
  methode: 'GET',
  pfad: OIDC_PFAD,
  query: anmeldeQuery,
  behandle: async ({ request, reply, deps, query }) => {
    if (deps.oidc === undefined) {
      reply.callNotFound();
      return reply;
    }
    const ziel = sicheresZiel(query.ziel);
    try {
      const { url, transaktion } = await deps.oidc.anmeldungStarten(ziel, deps.jetzt());
      oidcTransaktionMerken(reply, transaktion, cookieKontext(deps));
      return await reply.redirect(url.href, 303);
    } catch (error) {
      request.log.warn({ err: fehlerKurz(error) }, 'OpenID-Connect-Anbieter nicht erreichbar');
      return abgelehnt(
        reply,
        503,
        'Die Anmeldung über das Dienstkonto ist gerade nicht möglich',
        'Der Anmeldedienst Ihrer Verwaltung antwortet nicht. Bitte versuchen Sie es in einigen Minuten noch einmal.',
      );
    }
  },
});

export const oidcRueckruf = personalSeite({
  methode: 'GET',
  pfad: `${OIDC_PFAD}/rueckruf`,
  query: z.object({ error: z.string().optional().catch(undefined) }),
  behandle: async ({ request, reply, deps, query }) => {
    const einstellungen = deps.config.personal.oidc;
    if (deps.oidc === undefined || einstellungen === undefined) {
      reply.callNotFound();
      return reply;
    }
    const transaktion = oidcTransaktionLesen(request, deps.secrets.dataKey, deps.jetzt());
    oidcTransaktionVergessen(reply, cookieKontext(deps));
    if (transaktion === undefined)
      return abgelehnt(
        reply,
        400,
        'Die Anmeldung ist abgelaufen',
        'Die Anmeldung wurde nicht in den letzten 10 Minuten in diesem Browser begonnen. Bitte starten Sie sie noch einmal.',
      );
    if (query.error !== undefined)
      return abgelehnt(
        reply,
        401,
        'Die Anmeldung wurde abgebrochen',
        'Der Anmeldedienst hat die Anmeldung nicht bestätigt. Bitte versuchen Sie es noch einmal.',
      );

    let claims: Record<string, unknown>;
    try {
      claims = await deps.oidc.anmeldungAbschliessen(new URL(request.url, deps.config.baseUrl), transaktion);
    } catch (error) {
      request.log.info({ err: fehlerKurz(error) }, 'OpenID-Connect-Antwort abgelehnt');
      return abgelehnt(
        reply,
        400,
        'Die Anmeldung konnte nicht bestätigt werden',
        'Die Antwort des Anmeldedienstes war ungültig oder abgelaufen. Bitte starten Sie die Anmeldung noch einmal.',
      );
    }

    const db = deps.datenbank.db;
    const anspruch = anspruchAusClaims(claims, einstellungen);
    const jetzt = deps.jetzt();
    const konto = await oidcKontoFinden(db, anspruch);
    const ergebnis = await oidcKontoAbgleichen(db, konto, anspruch, {
      jetzt,
      ip: request.ip,
      production: deps.config.production,
    });
    if (!ergebnis.ok) {
      await protokolliere(db, {
        art: 'oidc_abgelehnt',
        zeitpunkt: jetzt,
        weg: 'oidc',
        kontoId: konto?.id ?? null,
        ip: request.ip,
        details: {
          grund: ergebnis.fehler.grund,
          ...(konto === undefined ? { login: anspruch.login ?? null } : {}),
        },
      });
      return abgelehnt(reply, 403, ergebnis.fehler.titel, ergebnis.fehler.text);
    }

    await protokolliere(db, {
      art: 'anmeldung_erfolgreich',
      zeitpunkt: jetzt,
      weg: 'oidc',
      kontoId: ergebnis.wert.id,
      ip: request.ip,
    });
    await request.server.sitzungen.starten(
      request,
      reply,
      'personal',
      sitzungsDaten(ergebnis.wert, 'oidc', jetzt),
    );
    return reply.redirect(sicheresZiel(transaktion.ziel), 303);
  },
});
