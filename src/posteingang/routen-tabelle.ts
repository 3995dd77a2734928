import type { FastifyInstance, HTTPMethods } from 'fastify';

// The route table of the whole app, collected as routes are registered (onRoute). Tests generate their
// tenant-isolation matrix from it, so every new route is covered without anyone adding it to a list.

export type Route = { methode: string; url: string; csrf: boolean };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route of the app (method, URL pattern), in the order of registration. */
    routenTabelle: Route[];
  }
}

/** Call right after creating the Fastify instance, before anything registers a route. */
export function routenSammeln(app: FastifyInstance): void {
  const liste: Route[] = [];
  app.decorate('routenTabelle', liste);
  app.addHook('onRoute', (r) => {
    const methoden: HTTPMethods[] = Array.isArray(r.method) ? r.method : [r.method];
    for (const methode of methoden) liste.push({ methode, url: r.url, csrf: r.config?.csrf !== false });
  });
}
