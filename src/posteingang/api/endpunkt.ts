import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Fall, Kontext } from '../faelle.ts';
import { problem, zodFehler } from './problem.ts';
import { fallDesSchluessels, schluesselPruefen, zugriffVon, type ApiZugriff } from './zugang.ts';

// An endpoint of the adapter API: its route, its input and its answers in zod, and its handler, in one
// declaration. The same declaration registers the route (registriereEndpunkte) and describes it in the
// OpenAPI document (openapi.ts), so the two cannot drift apart.

export type ApiKontext = Kontext & {
  /** The absolute URL of an API path, e.g. url('/antraege/MR-…') → https://…/api/v1/antraege/MR-… */
  url: (pfad: string) => string;
};

/** One answer of an endpoint: JSON with a schema, a problem document, or a file of the given types. */
export type Antwort =
  | { beschreibung: string; json: z.ZodType }
  | { beschreibung: string; problem: true }
  | { beschreibung: string; datei: readonly string[]; text?: true };

export type Aufruf<P, Q, B, F> = {
  request: FastifyRequest;
  reply: FastifyReply;
  k: ApiKontext;
  zugriff: ApiZugriff;
  params: P;
  query: Q;
  body: B;
  /** The case of `:vorgangsnummer`, already checked to belong to the key's office (endpoints with `fall`). */
  fall: F;
};

export type EndpunktDefinition<P, Q, B, F> = {
  methode: 'GET' | 'POST';
  /** Below /api/v1, in Fastify's notation: '/antraege/:vorgangsnummer'. */
  pfad: string;
  operationId: string;
  zusammenfassung: string;
  params?: z.ZodType<P>;
  /** Query parameters; a value that does not match is answered 400 „Ungültiger Filter“ naming the field. */
  query?: z.ZodType<Q>;
  /** The JSON body; one that does not match is answered 400 „Ungültige Angaben“ naming the fields. */
  body?: z.ZodType<B>;
  antworten: Readonly<Record<number, Antwort>>;
  behandle: (aufruf: Aufruf<P, Q, B, F>) => Promise<unknown>;
};

/** An endpoint with its types erased, so a list of them can be registered and described together. */
export type Endpunkt = Omit<EndpunktDefinition<unknown, unknown, unknown, unknown>, 'behandle'> & {
  readonly registriere: (api: FastifyInstance, k: ApiKontext) => void;
};

const ohneCsrf = { csrf: false };

function definiere<P, Q, B, F>(
  d: EndpunktDefinition<P, Q, B, F>,
  ladeFall: (
    k: ApiKontext,
    request: FastifyRequest,
    reply: FastifyReply,
    params: P,
  ) => Promise<F | undefined>,
): Endpunkt {
  return {
    ...d,
    registriere(api, k) {
      api.route({
        method: d.methode,
        url: d.pfad,
        config: ohneCsrf,
        preHandler: schluesselPruefen(k.db, k.jetzt),
        handler: async (request, reply) => {
          const params = d.params === undefined ? ok({} as P) : d.params.safeParse(request.params);
          if (!params.success) {
            reply.callNotFound();
            return reply;
          }
          const query = d.query === undefined ? ok({} as Q) : d.query.safeParse(request.query);
          if (!query.success)
            return problem(reply, 400, 'Ungültiger Filter', undefined, zodFehler(query.error));
          const fall = await ladeFall(k, request, reply, params.data);
          if (fall === undefined) return reply;
          const body = d.body === undefined ? ok(undefined as B) : d.body.safeParse(request.body);
          if (!body.success)
            return problem(reply, 400, 'Ungültige Angaben', undefined, zodFehler(body.error));
          const zugriff = zugriffVon(request);
          return d.behandle({
            request,
            reply,
            k,
            zugriff,
            params: params.data,
            query: query.data,
            body: body.data,
            fall,
          });
        },
      });
    },
  };
}

function ok<T>(data: T): { success: true; data: T } {
  return { success: true, data };
}

/** An endpoint that does not concern one case (the list). */
export function endpunkt<P, Q, B>(d: EndpunktDefinition<P, Q, B, null>): Endpunkt {
  return definiere(d, () => Promise.resolve(null));
}

/** An endpoint below /antraege/:vorgangsnummer: a case of another office is 404, like one that does not exist. */
export function fallEndpunkt<P extends { vorgangsnummer: string }, Q, B>(
  d: EndpunktDefinition<P, Q, B, Fall>,
): Endpunkt {
  return definiere(d, (k, request, reply, params) =>
    fallDesSchluessels(k, request, reply, params.vorgangsnummer),
  );
}

export function registriereEndpunkte(api: FastifyInstance, k: ApiKontext, liste: readonly Endpunkt[]): void {
  for (const e of liste) e.registriere(api, k);
}
