import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { z } from 'zod';

// A page controller: one page or endpoint declares its route, its input (zod schemas for the path and the
// query) and its handler, in a file of its own. A part's route module only lists its controllers and calls
// `registriereSeiten`. Form bodies are not parsed here: a form with errors must be shown again with the
// messages at the fields, so handlers read them with `leseFormular` (formular-lesen.ts).

export type Methode = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type SeitenAufruf<D, P, Q> = {
  request: FastifyRequest;
  reply: FastifyReply;
  deps: D;
  /** The path parameters, checked against `params`. */
  params: P;
  /** The query, checked against `query`. */
  query: Q;
};

export type SeitenDefinition<D, P, Q> = {
  methode: Methode;
  pfad: string;
  /** Path parameters; a URL whose parameters do not match answers 404, as an unknown page would. */
  params?: z.ZodType<P>;
  /**
   * The query. A query that does not match is answered with 400; give fields a `.catch()` where a wrong value
   * should simply be ignored (filters, messages after a redirect).
   */
  query?: z.ZodType<Q>;
  /** Hooks, body limits, rate limits, OpenAPI schemas: passed to Fastify as they are. */
  optionen?: RouteShorthandOptions;
  behandle: (aufruf: SeitenAufruf<D, P, Q>) => Promise<unknown>;
};

/** A controller with its types erased, so lists of different pages can be registered together. */
export type Seite<D> = {
  readonly methode: Methode;
  readonly pfad: string;
  readonly registriere: (app: FastifyInstance, deps: D) => void;
};

type Leer = Record<string, never>;

export function definiereSeite<D, P = Leer, Q = Leer>(definition: SeitenDefinition<D, P, Q>): Seite<D> {
  const { methode, pfad, params, query, optionen = {}, behandle } = definition;
  return {
    methode,
    pfad,
    registriere(app, deps) {
      app.route({
        ...optionen,
        method: methode,
        url: pfad,
        handler: async (request, reply) => {
          const p = params === undefined ? ok({} as P) : params.safeParse(request.params);
          if (!p.success) {
            reply.callNotFound();
            return reply;
          }
          const q = query === undefined ? ok({} as Q) : query.safeParse(request.query);
          if (!q.success) return reply.status(400).send('Ungültige Anfrage');
          return behandle({ request, reply, deps, params: p.data, query: q.data });
        },
      });
    },
  };
}

function ok<T>(data: T): { success: true; data: T } {
  return { success: true, data };
}

/**
 * Fixes the dependencies' type once, so the path and query types are inferred from the schemas:
 * `const seite = seitenFuer<Deps>(); export const x = seite({ ... })`.
 */
export function seitenFuer<D>() {
  return <P = Leer, Q = Leer>(definition: SeitenDefinition<D, P, Q>): Seite<D> => definiereSeite(definition);
}

export function registriereSeiten<D>(app: FastifyInstance, deps: D, seiten: readonly Seite<D>[]): void {
  for (const seite of seiten) seite.registriere(app, deps);
}
