import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { Gauge, Registry } from 'prom-client';
import type { Db } from '../db/index.ts';
import { metriken, metrikRegister } from '../metriken.ts';
import { zustellKennzahlen } from '../zustellung/index.ts';

// /metrics for operators (Prometheus text format). Never public: either on a port of its own (METRICS_PORT,
// reachable only inside the data centre) or on the app's port with a bearer token (METRICS_TOKEN); with
// neither configured there are no metrics over HTTP at all.

/** HTTP latency by route pattern (never the URL: it carries IDs and would explode the label values). */
export function messeAnfragen(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    metriken.anfrageDauer.observe(
      {
        methode: request.method,
        route: request.routeOptions.url ?? 'unbekannt',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
}

/** The database's state as gauges, read at scrape time (the same from every process). */
function zustellRegister(db: Db, jetzt: () => Date): Registry {
  const register = new Registry();
  let stand: Promise<Awaited<ReturnType<typeof zustellKennzahlen>>> | undefined;
  const lies = () => (stand ??= zustellKennzahlen(db, jetzt()).finally(() => (stand = undefined)));
  const messwert = (name: string, help: string, wert: (k: Awaited<ReturnType<typeof lies>>) => number) =>
    new Gauge({
      name,
      help,
      registers: [register],
      async collect() {
        this.set(wert(await lies()));
      },
    });
  messwert(
    'zustellungen_offen',
    'Noch nicht zugestellte Zustellaufträge (wartend, gesendet, gescheitert)',
    (k) => k.offen,
  );
  messwert(
    'zustellungen_aelteste_offen_sekunden',
    'Alter des ältesten nicht zugestellten Auftrags',
    (k) => k.aeltesteOffenSekunden,
  );
  messwert('zustellungen_tot', 'Unzustellbare Aufträge, die der Betrieb lösen muss', (k) => k.tot);
  messwert(
    'zustellungen_fehlgeschlagen',
    'Aufträge, deren letzter Versuch scheiterte',
    (k) => k.fehlgeschlagen,
  );
  return register;
}

export type Metrikquelle = { text(): Promise<string>; contentType: string };

export function metrikquelle(db: Db, jetzt: () => Date): Metrikquelle {
  const zustellung = zustellRegister(db, jetzt);
  return {
    contentType: metrikRegister.contentType,
    async text() {
      return (await metrikRegister.metrics()) + (await zustellung.metrics());
    },
  };
}

const hash = (wert: string) => createHash('sha256').update(wert).digest();

export function tokenPasst(kopf: string | undefined, token: string): boolean {
  const gegeben = /^Bearer (.+)$/.exec(kopf ?? '')?.[1];
  return gegeben !== undefined && timingSafeEqual(hash(gegeben), hash(token));
}

/** /metrics on the app's port, only with the bearer token (and only when no metrics port is configured). */
export function metrikRoute(app: FastifyInstance, quelle: Metrikquelle, token: string | undefined): void {
  app.get('/metrics', { logLevel: 'warn' }, async (request, reply) => {
    if (token === undefined)
      return reply.status(404).type('text/plain; charset=utf-8').send('Nicht gefunden');
    if (!tokenPasst(request.headers.authorization, token)) {
      return reply
        .status(401)
        .header('www-authenticate', 'Bearer realm="metrics"')
        .type('text/plain; charset=utf-8')
        .send('Anmeldung erforderlich');
    }
    return reply.type(quelle.contentType).send(await quelle.text());
  });
}

/** The metrics on a port of their own (main.ts and worker.ts when METRICS_PORT is set). */
export async function starteMetrikServer(quelle: Metrikquelle, port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    quelle.text().then(
      (text) => res.writeHead(200, { 'content-type': quelle.contentType }).end(text),
      () => res.writeHead(503).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return server;
}
