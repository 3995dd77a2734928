import { randomUUID } from 'node:crypto';
import path from 'node:path';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { antragRouten } from './antrag/antrag-routen.tsx';
import { betriebRouten } from './betrieb/betrieb-routen.tsx';
import { healthRoutes } from './betrieb/health.ts';
import { bundidFormActionOrigins, bundidRouten } from './bundid/routen.tsx';
import { buergerNavigation } from './bundid/sitzung.ts';
import type { Deps } from './deps.ts';
import { nachnutzungRouten } from './nachnutzung/routen.tsx';
import { antragEntwurfsquelle } from './antrag/entwurfsquelle.ts';
import { personalRouten } from './personal/personal-routen.tsx';
import { posteingangRouten } from './posteingang/routen.ts';
import { routenSammeln } from './posteingang/routen-tabelle.ts';
import { oeffentlicheRouten } from './oeffentlich/oeffentliche-routen.tsx';
import { alteAnfragenLoeschen } from './bundid/index.ts';
import { abgelaufeneSitzungenLoeschen, regelmaessigLoeschen } from './web/index.ts';
import { sendeSeite } from './web/render.ts';
import { Fehlerseite, NichtGefunden } from './web/seiten/fehler.tsx';
import { registerSicherheit } from './web/sicherheit.ts';
import { createSitzungen, type Sitzungen } from './web/sitzung.ts';
import { datenquellen } from './zustaendigkeit/zustaendigkeit-repo.ts';
import { zustaendigkeitRouten } from './zustaendigkeit/zustaendigkeit-routen.tsx';
import { zustellungRouten } from './zustellung/routen.ts';

declare module 'fastify' {
  interface FastifyInstance {
    sitzungen: Sitzungen;
  }
}

const kernDist = path.resolve(import.meta.dirname, '../node_modules/@kern-ux/native/dist');
const eigeneStatics = path.resolve(import.meta.dirname, 'web/static');

/** Builds the whole application from its dependencies. Never listens: main.ts does, tests use inject(). */
export async function createApp(deps: Deps): Promise<FastifyInstance> {
  const { config } = deps;
  const db = deps.datenbank.db;
  const sicher = config.baseUrl.startsWith('https://');

  const app = Fastify({
    loggerInstance: deps.logger,
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  });

  // Set before any plugin so that routes registered inside encapsulated plugins inherit it.
  app.setErrorHandler((error: FastifyError, request, reply) => fehlerAntwort(error, request.id, reply));
  routenSammeln(app);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await registerSicherheit(app, {
    cookieSecret: deps.secrets.sessionSecret,
    sicher,
    formActionOrigins: bundidFormActionOrigins(deps.bundid, config.baseUrl),
    anfragenProMinute: config.rateLimitPerMinute,
  });
  await app.register(formbody, { bodyLimit: 512 * 1024 });
  await app.register(multipart, {
    limits: { fileSize: config.uploadMaxDateiBytes, files: 1, fields: 20, parts: 25 },
  });
  await app.register(fastifyStatic, { root: kernDist, prefix: '/static/kern/', maxAge: '1d' });
  await app.register(fastifyStatic, {
    root: eigeneStatics,
    prefix: '/static/',
    decorateReply: false,
    maxAge: '1h',
  });

  app.decorate(
    'sitzungen',
    createSitzungen({
      db,
      schluessel: deps.secrets.dataKey,
      sicher,
      jetzt: deps.jetzt,
      leerlaufMinuten: { buerger: 30, personal: 30 },
      hoechstdauerStunden: 12,
    }),
  );

  healthRoutes(app, db);
  await personalRouten(app, deps);
  await bundidRouten(app, {
    config: config.bundid,
    baseUrl: config.baseUrl,
    material: deps.bundid,
    db,
    jetzt: deps.jetzt,
    logger: deps.logger,
  });
  oeffentlicheRouten(app, {
    db,
    betreiber: {
      name: 'Zweckverband Elektronische Verwaltung in Mecklenburg-Vorpommern (eGo-MV), Koordinierende Stelle',
      anschrift: 'Eckdrift 103, 19061 Schwerin',
      email: 'ozg@ego-mv.de',
    },
    datenquellen: () => datenquellen(db),
    navigation: buergerNavigation,
  });
  zustaendigkeitRouten(app, { db, jetzt: deps.jetzt });

  nachnutzungRouten(app, deps, antragEntwurfsquelle(deps));

  antragRouten(app, deps);
  zustellungRouten(app, deps);
  betriebRouten(app, { db, jetzt: deps.jetzt });
  posteingangRouten(app, deps);

  // Deletion rules of the parts (docs/adr/0021), run at start and then periodically; one line each.
  const loeschlauf = { db, jetzt: deps.jetzt, intervallMs: config.draftCleanupIntervalMinutes * 60_000 };
  regelmaessigLoeschen(app, loeschlauf, { name: 'sitzungen', regel: abgelaufeneSitzungenLoeschen });
  regelmaessigLoeschen(app, loeschlauf, { name: 'bundid_anfragen', regel: alteAnfragenLoeschen });

  app.setNotFoundHandler((_request, reply) => sendeSeite(reply, <NichtGefunden />, 404));

  return app;
}

function fehlerAntwort(error: FastifyError, anfrageId: string, reply: FastifyReply) {
  const status = error.statusCode ?? 500;
  // Not every error carries a code (e.g. the rate limiter's), whatever FastifyError's type claims.
  const code = (error.code as string | undefined) ?? '';
  if (status >= 500) reply.log.error({ err: error }, 'Unerwarteter Fehler');
  else reply.log.info({ code, status }, 'Anfrage abgelehnt');

  if (code.startsWith('FST_CSRF')) {
    return sendeSeite(
      reply,
      <Fehlerseite
        titel="Das Formular ist abgelaufen"
        text="Aus Sicherheitsgründen konnten wir Ihre Eingabe nicht annehmen. Bitte gehen Sie zurück, laden Sie die Seite neu und senden Sie das Formular noch einmal. Bereits gespeicherte Angaben bleiben erhalten."
      />,
      403,
    );
  }
  if (status === 413 || code === 'FST_REQ_FILE_TOO_LARGE') {
    return sendeSeite(
      reply,
      <Fehlerseite
        titel="Die Datei ist zu groß"
        text="Bitte wählen Sie eine kleinere Datei (höchstens 10 MB)."
      />,
      413,
    );
  }
  if (status === 429) {
    return sendeSeite(
      reply,
      <Fehlerseite
        titel="Zu viele Anfragen"
        text="Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal."
      />,
      429,
    );
  }
  if (status >= 400 && status < 500) {
    return sendeSeite(
      reply,
      <Fehlerseite titel="Die Anfrage ist ungültig" text="Bitte prüfen Sie die Adresse oder Ihre Eingabe." />,
      status,
    );
  }
  return sendeSeite(
    reply,
    <Fehlerseite
      titel="Es ist ein Fehler aufgetreten"
      text="Das tut uns leid. Ihre bisher gespeicherten Angaben gehen nicht verloren. Bitte versuchen Sie es später noch einmal."
      anfrageId={anfrageId}
    />,
    500,
  );
}
