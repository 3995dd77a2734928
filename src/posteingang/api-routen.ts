import type { FastifyError, FastifyInstance } from 'fastify';
import type { Kontext } from './faelle.ts';
import { registriereEndpunkte } from './api/endpunkt.ts';
import { apiEndpunkte } from './api/endpunkte.ts';
import { problem } from './api/problem.ts';
import { ANTRAG_SCHEMA_PFAD, openApiDokument } from './openapi.ts';
import { INHALT } from '../antrag/index.ts';
import { antragJsonSchema } from '../nachricht/index.ts';
import { registriereSeiten, seitenFuer } from '../web/index.ts';

// The JSON API for case-management adapters under /api/v1 (OpenAPI at /api/v1/openapi.json). Authenticated per
// office with an API key (Authorization: Bearer mrk_…); no cookies, so no CSRF (config csrf: false). Errors are
// RFC 9457 problem documents in German. A case of another office is 404, like one that does not exist.
// The endpoints are declared one per file in api/, listed in api/endpunkte.ts.

export const API = '/api/v1';

/** The OpenAPI document, generated once from the endpoints' schemas. */
const openApiSeite = seitenFuer<object>()({
  methode: 'GET',
  pfad: '/openapi.json',
  optionen: { config: { csrf: false } },
  behandle: async ({ reply, deps: dokument }) =>
    reply.header('cache-control', 'public, max-age=3600').send(dokument),
});

/** The JSON Schema of the typed answers, generated from the same definition as the XML extension. */
const antragSchemaSeite = seitenFuer<object>()({
  methode: 'GET',
  pfad: ANTRAG_SCHEMA_PFAD,
  optionen: { config: { csrf: false } },
  behandle: async ({ reply }) =>
    reply
      .header('cache-control', 'public, max-age=3600')
      .type('application/schema+json; charset=utf-8')
      .send(JSON.stringify(antragJsonSchema(INHALT))),
});

function fehlerAlsProblem(error: FastifyError, _request: unknown, reply: Parameters<typeof problem>[0]) {
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    reply.log.error({ err: error }, 'Unerwarteter Fehler in der API');
    return problem(reply, 500, 'Interner Fehler', 'Bitte später noch einmal versuchen.');
  }
  if (status === 429) return problem(reply, 429, 'Zu viele Anfragen', 'Bitte eine Minute warten.');
  if (status === 413) return problem(reply, 413, 'Anfrage zu groß');
  if (status === 415) return problem(reply, 415, 'Nur application/json wird angenommen');
  return problem(reply, status, 'Ungültige Anfrage', 'Der Inhalt ist kein gültiges JSON oder fehlerhaft.');
}

export function posteingangApiRouten(app: FastifyInstance, k: Kontext, baseUrl: string): void {
  app.decorateRequest('apiSchluessel', null);
  const dokument = openApiDokument(baseUrl);

  // Not awaited: awaiting a registration inside createApp would build the routes registered so far before
  // app.tsx sets its error handler, and they would answer errors with Fastify's default JSON.
  void app.register(
    (api, _opts, fertig) => {
      api.setErrorHandler(fehlerAlsProblem);
      api.setNotFoundHandler((_request, reply) =>
        problem(reply, 404, 'Nicht gefunden', 'Diese Adresse gibt es in der API nicht.'),
      );
      registriereSeiten(api, dokument, [openApiSeite, antragSchemaSeite]);
      registriereEndpunkte(api, { ...k, url: (pfad) => `${baseUrl}${API}${pfad}` }, apiEndpunkte);
      fertig();
    },
    { prefix: API },
  );
}
