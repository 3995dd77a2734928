import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import type { FeldFehler } from '../web/komponenten/formular.tsx';
import { sendeSeite } from '../web/render.ts';
import { decryptJson, encryptJson } from '../shared/verschluesselung.ts';
import { ereignisseLesen, protokolliere } from './ereignis.ts';
import {
  aktuellesPasswortPruefen,
  anmeldungPruefen,
  kontenListe,
  kontoAendern,
  kontoPerEmail,
  kontoPerLogin,
  passwortSetzen,
  type Konto,
} from './konto-repo.ts';
import { anspruchAusClaims, createOidc, type OidcTransaktion } from './oidc.ts';
import { personalKontext } from './personal-layout.tsx';
import type { PersonalSitzung } from './rollen.ts';
import { AnmeldeSeite, AnmeldungAbgelehnt, KontenSeite, PasswortSeite, Startseite } from './seiten.tsx';
import {
  ANMELDEN,
  anmeldenUrl,
  installierePersonalZugang,
  PASSWORT,
  requirePersonal,
  requirePersonalOhnePasswortwechsel,
  sicheresZiel,
} from './zugang.tsx';

// Staff login (password and OpenID Connect), logout, session extension, start page and password change.

/** Password logins per client address and minute; the per-account lockout is in konto-repo.ts. */
export const ANMELDUNGEN_PRO_MINUTE = 10;
const OIDC_COOKIE = 'mr_oidc';
const OIDC_PFAD = '/verwaltung/anmelden/oidc';
const OIDC_GUELTIG_MS = 10 * 60_000;

const text = z
  .string()
  .optional()
  .catch(undefined)
  .transform((v) => v ?? '');

const anmeldeQuery = z.object({
  ziel: z.string().optional().catch(undefined),
  grund: z.enum(['abgelaufen', 'abgemeldet']).optional().catch(undefined),
});
const anmeldeFormular = z.object({ login: text, passwort: text, ziel: text });
const passwortFormular = z.object({ aktuell: text, neu: text, wiederholung: text, ziel: text });
const zielFormular = z.object({ ziel: text });

export async function personalRouten(app: FastifyInstance, deps: Deps): Promise<void> {
  const db = deps.datenbank.db;
  const { config } = deps;
  const { passwortAnmeldung } = config.personal;
  const sicher = config.baseUrl.startsWith('https://');
  const oidcEinstellungen = config.personal.oidc;
  const oidc =
    oidcEinstellungen === undefined
      ? undefined
      : createOidc(oidcEinstellungen, `${config.baseUrl}${OIDC_PFAD}/rueckruf`);

  installierePersonalZugang(app, { db, production: config.production, jetzt: deps.jetzt });
  await app.register(fastifyStatic, {
    root: path.resolve(import.meta.dirname, 'static'),
    prefix: '/static/personal/',
    decorateReply: false,
    maxAge: '1h',
  });

  const sitzungsDaten = (konto: Konto, anmeldeweg: 'passwort' | 'oidc'): PersonalSitzung => ({
    benutzerId: konto.id,
    anzeigename: konto.anzeigename,
    rollen: konto.rollen,
    behoerden: konto.behoerden,
    angemeldetAm: deps.jetzt().toISOString(),
    anmeldeweg,
  });

  const nachAnmeldung = (konto: Konto, ziel: string) =>
    konto.passwortWechselNoetig ? `${PASSWORT}?ziel=${encodeURIComponent(ziel)}` : ziel;

  const anmeldeSeite = (
    reply: FastifyReply,
    props: Omit<Parameters<typeof AnmeldeSeite>[0], 'csrfToken' | 'passwortAnmeldung' | 'oidc'>,
    status = 200,
  ) =>
    sendeSeite(
      reply,
      <AnmeldeSeite
        {...props}
        csrfToken={reply.generateCsrf()}
        passwortAnmeldung={passwortAnmeldung}
        oidc={oidcEinstellungen === undefined ? undefined : { anzeigename: oidcEinstellungen.anzeigename }}
      />,
      status,
    );

  app.get(ANMELDEN, async (request, reply) => {
    const q = anmeldeQuery.parse(request.query);
    const ziel = sicheresZiel(q.ziel);
    const pruefung = await app.personalSitzungPruefen(request, reply);
    if (pruefung.angemeldet) return reply.redirect(ziel, 303);
    return anmeldeSeite(reply, { ziel, hinweis: q.grund });
  });

  app.post(
    ANMELDEN,
    { config: { rateLimit: { max: ANMELDUNGEN_PRO_MINUTE, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const form = anmeldeFormular.parse(request.body ?? {});
      const ziel = sicheresZiel(form.ziel);
      if (!passwortAnmeldung)
        return sendeSeite(
          reply,
          <AnmeldungAbgelehnt
            titel="Anmeldung mit Passwort ist abgeschaltet"
            text="Bitte melden Sie sich über Ihr Dienstkonto (Single Sign-on) an."
          />,
          403,
        );
      const fehler: FeldFehler = {};
      if (form.login.trim() === '') fehler.login = 'Geben Sie Ihren Anmeldenamen ein.';
      if (form.passwort === '') fehler.passwort = 'Geben Sie Ihr Passwort ein.';
      if (fehler.login !== undefined || fehler.passwort !== undefined)
        return anmeldeSeite(reply, { ziel, login: form.login, fehler }, 400);

      const ergebnis = await anmeldungPruefen(
        db,
        { login: form.login, passwort: form.passwort },
        { jetzt: deps.jetzt(), ip: request.ip, production: config.production },
      );
      if (!ergebnis.ok) {
        request.log.info({ grund: ergebnis.grund }, 'Anmeldung abgelehnt');
        return anmeldeSeite(reply, { ziel, login: form.login, hinweis: 'fehlgeschlagen' }, 401);
      }
      await app.sitzungen.starten(request, reply, 'personal', sitzungsDaten(ergebnis.konto, 'passwort'));
      return reply.redirect(nachAnmeldung(ergebnis.konto, ziel), 303);
    },
  );

  app.post('/verwaltung/abmelden', async (request, reply) => {
    const sitzung = await app.sitzungen.lesen<PersonalSitzung>(request, 'personal');
    if (sitzung !== null)
      await protokolliere(db, {
        art: 'abmeldung',
        zeitpunkt: deps.jetzt(),
        weg: 'web',
        kontoId: sitzung.daten.benutzerId,
        ausgeloestVon: sitzung.daten.benutzerId,
        ip: request.ip,
      });
    await app.sitzungen.beenden(request, reply, 'personal');
    return reply.redirect(anmeldenUrl(undefined, 'abgemeldet'), 303);
  });

  // Reading the session through the guard already moves its end; this only brings the person back.
  app.post('/verwaltung/sitzung', { preHandler: requirePersonal() }, async (request, reply) => {
    const form = zielFormular.parse(request.body ?? {});
    return reply.redirect(sicheresZiel(form.ziel), 303);
  });

  app.get('/verwaltung', { preHandler: requirePersonal() }, async (request, reply) => {
    const anmeldungen = await ereignisseLesen(db, {
      kontoId: request.personal.benutzerId,
      arten: ['anmeldung_erfolgreich'],
      limit: 2,
    });
    return sendeSeite(
      reply,
      <Startseite kontext={personalKontext(request, reply)} letzteAnmeldung={anmeldungen[1]?.zeitpunkt} />,
    );
  });

  app.get(
    '/verwaltung/konten',
    { preHandler: requirePersonal({ rollen: ['betrieb'] }) },
    async (request, reply) => {
      const [konten, ereignisse] = await Promise.all([kontenListe(db), ereignisseLesen(db, { limit: 50 })]);
      return sendeSeite(
        reply,
        <KontenSeite kontext={personalKontext(request, reply)} konten={konten} ereignisse={ereignisse} />,
      );
    },
  );

  // ---- own password ----------------------------------------------------------------------------------

  app.get(PASSWORT, { preHandler: requirePersonalOhnePasswortwechsel() }, async (request, reply) => {
    const q = anmeldeQuery.parse(request.query);
    return sendeSeite(
      reply,
      <PasswortSeite
        kontext={personalKontext(request, reply)}
        ziel={sicheresZiel(q.ziel)}
        pflicht={request.personalSitzung.passwortWechselNoetig}
      />,
    );
  });

  app.post(
    PASSWORT,
    {
      preHandler: requirePersonalOhnePasswortwechsel(),
      config: { rateLimit: { max: ANMELDUNGEN_PRO_MINUTE, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const form = passwortFormular.parse(request.body ?? {});
      const ziel = sicheresZiel(form.ziel);
      const pflicht = request.personalSitzung.passwortWechselNoetig;
      const seite = (fehler: FeldFehler, status: number) =>
        sendeSeite(
          reply,
          <PasswortSeite
            kontext={personalKontext(request, reply)}
            ziel={ziel}
            pflicht={pflicht}
            fehler={fehler}
          />,
          status,
        );
      if (!request.personalSitzung.hatPasswort) return seite({}, 400);
      const fehler: FeldFehler = {};
      if (form.aktuell === '') fehler.aktuell = 'Geben Sie Ihr jetziges Passwort ein.';
      if (form.neu === '') fehler.neu = 'Geben Sie ein neues Passwort ein.';
      else if (form.wiederholung !== form.neu)
        fehler.wiederholung = 'Die Wiederholung stimmt nicht mit dem neuen Passwort überein.';
      if (Object.values(fehler).some((f) => f !== undefined)) return seite(fehler, 400);

      const id = request.personal.benutzerId;
      const k = { jetzt: deps.jetzt(), ip: request.ip };
      if (!(await aktuellesPasswortPruefen(db, id, form.aktuell, k)))
        return seite({ aktuell: 'Das jetzige Passwort stimmt nicht.' }, 400);
      const gesetzt = await passwortSetzen(
        db,
        id,
        form.neu,
        { wechselNoetig: false },
        { ...k, weg: 'web', ausgeloestVon: id },
      );
      if (!gesetzt.ok) return seite({ neu: gesetzt.fehler.passwort }, 400);
      // A new session id after a credential change.
      await app.sitzungen.starten(request, reply, 'personal', request.personal);
      if (pflicht) return reply.redirect(ziel, 303);
      request.personalSitzung = { ...request.personalSitzung, passwortWechselNoetig: false };
      return sendeSeite(
        reply,
        <PasswortSeite kontext={personalKontext(request, reply)} ziel={ziel} pflicht={false} erfolg />,
      );
    },
  );

  // ---- OpenID Connect --------------------------------------------------------------------------------

  const abgelehnt = (reply: FastifyReply, status: number, titel: string, textInhalt: string) =>
    sendeSeite(reply, <AnmeldungAbgelehnt titel={titel} text={textInhalt} />, status);

  app.get(OIDC_PFAD, async (request, reply) => {
    if (oidc === undefined) {
      reply.callNotFound();
      return reply;
    }
    const ziel = sicheresZiel(anmeldeQuery.parse(request.query).ziel);
    try {
      const { url, transaktion } = await oidc.anmeldungStarten(ziel, deps.jetzt());
      reply.setCookie(
        OIDC_COOKIE,
        encryptJson(deps.secrets.dataKey, transaktion, 'oidc').toString('base64url'),
        { path: OIDC_PFAD, httpOnly: true, sameSite: 'lax', secure: sicher, maxAge: OIDC_GUELTIG_MS / 1000 },
      );
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
  });

  app.get(`${OIDC_PFAD}/rueckruf`, async (request, reply) => {
    if (oidc === undefined || oidcEinstellungen === undefined) {
      reply.callNotFound();
      return reply;
    }
    const transaktion = oidcTransaktionLesen(request, deps.secrets.dataKey, deps.jetzt());
    reply.clearCookie(OIDC_COOKIE, { path: OIDC_PFAD, httpOnly: true, sameSite: 'lax', secure: sicher });
    if (transaktion === undefined)
      return abgelehnt(
        reply,
        400,
        'Die Anmeldung ist abgelaufen',
        'Die Anmeldung wurde nicht in den letzten 10 Minuten in diesem Browser begonnen. Bitte starten Sie sie noch einmal.',
      );
    const query = request.query as Record<string, unknown>;
    if (typeof query.error === 'string')
      return abgelehnt(
        reply,
        401,
        'Die Anmeldung wurde abgebrochen',
        'Der Anmeldedienst hat die Anmeldung nicht bestätigt. Bitte versuchen Sie es noch einmal.',
      );

    let claims: Record<string, unknown>;
    try {
      claims = await oidc.anmeldungAbschliessen(new URL(request.url, config.baseUrl), transaktion);
    } catch (error) {
      request.log.info({ err: fehlerKurz(error) }, 'OpenID-Connect-Antwort abgelehnt');
      return abgelehnt(
        reply,
        400,
        'Die Anmeldung konnte nicht bestätigt werden',
        'Die Antwort des Anmeldedienstes war ungültig oder abgelaufen. Bitte starten Sie die Anmeldung noch einmal.',
      );
    }

    const anspruch = anspruchAusClaims(claims, oidcEinstellungen);
    const jetzt = deps.jetzt();
    const konto =
      (anspruch.login === undefined ? undefined : await kontoPerLogin(db, anspruch.login)) ??
      (anspruch.email === undefined ? undefined : await kontoPerEmail(db, anspruch.email));
    const ablehnen = async (grund: string, titel: string, textInhalt: string) => {
      await protokolliere(db, {
        art: 'oidc_abgelehnt',
        zeitpunkt: jetzt,
        weg: 'oidc',
        kontoId: konto?.id ?? null,
        ip: request.ip,
        details: { grund, ...(konto === undefined ? { login: anspruch.login ?? null } : {}) },
      });
      return abgelehnt(reply, 403, titel, textInhalt);
    };

    if (konto === undefined)
      return ablehnen(
        'kein_konto',
        'Für Ihr Dienstkonto gibt es hier kein Benutzerkonto',
        `Ihr Dienstkonto (${anspruch.login ?? anspruch.email ?? 'ohne Namen'}) ist keinem Benutzerkonto dieses Dienstes zugeordnet. Die Stelle, die die Konten verwaltet, muss zuerst ein Konto mit demselben Anmeldenamen oder derselben E-Mail-Adresse anlegen.`,
      );
    if (!konto.aktiv || (konto.demo && config.production))
      return ablehnen(
        'inaktiv',
        'Ihr Benutzerkonto ist deaktiviert',
        'Bitte wenden Sie sich an die Stelle, die Ihr Konto verwaltet.',
      );
    if (anspruch.rollen?.length === 0)
      return ablehnen(
        'keine_rolle',
        'Ihr Dienstkonto hat hier keine Rolle',
        'Ihr Dienstkonto gehört zu keiner Gruppe, der in diesem Dienst eine Rolle zugeordnet ist. Bitte wenden Sie sich an die Stelle, die die Gruppen verwaltet.',
      );

    let angemeldet = konto;
    if (anspruch.rollen !== undefined || anspruch.behoerden !== undefined) {
      const abgeglichen = await kontoAendern(
        db,
        konto.id,
        {
          ...(anspruch.rollen !== undefined ? { rollen: anspruch.rollen } : {}),
          ...(anspruch.behoerden !== undefined ? { behoerden: anspruch.behoerden } : {}),
        },
        { jetzt, weg: 'oidc', ausgeloestVon: null, ip: request.ip },
      );
      if (!abgeglichen.ok)
        return ablehnen(
          'gruppen_unvollstaendig',
          'Ihr Dienstkonto ist keinem Sozialamt zugeordnet',
          'Für die Sachbearbeitung muss Ihr Dienstkonto zur Gruppe Ihres Sozialamts gehören. Bitte wenden Sie sich an die Stelle, die die Gruppen verwaltet.',
        );
      angemeldet = abgeglichen.wert;
    }

    await protokolliere(db, {
      art: 'anmeldung_erfolgreich',
      zeitpunkt: jetzt,
      weg: 'oidc',
      kontoId: angemeldet.id,
      ip: request.ip,
    });
    await app.sitzungen.starten(request, reply, 'personal', sitzungsDaten(angemeldet, 'oidc'));
    return reply.redirect(sicheresZiel(transaktion.ziel), 303);
  });
}

function oidcTransaktionLesen(
  request: FastifyRequest,
  schluessel: Buffer,
  jetzt: Date,
): OidcTransaktion | undefined {
  const wert = request.cookies[OIDC_COOKIE];
  if (wert === undefined) return undefined;
  try {
    const t = decryptJson<OidcTransaktion>(schluessel, Buffer.from(wert, 'base64url'), 'oidc');
    const alter = jetzt.getTime() - t.erstellt;
    return alter >= 0 && alter <= OIDC_GUELTIG_MS ? t : undefined;
  } catch {
    return undefined;
  }
}

/** Error name and code only: an OIDC error may carry tokens or claims in its cause. */
function fehlerKurz(error: unknown): { name: string; code?: unknown; message: string } {
  if (error instanceof Error)
    return {
      name: error.name,
      code: (error as { code?: unknown }).code,
      message: error.message.slice(0, 200),
    };
  return { name: 'unbekannt', message: '' };
}
