import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { registriereSeiten, seitenFuer } from '../web/index.ts';
import { zustellKennzahlen, type ZustellKennzahlen } from '../zustellung/index.ts';

export async function checkDatabase(db: Db, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, timeoutMs);
  });
  try {
    return await Promise.race([sql`select 1`.execute(db).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

const seite = seitenFuer<Db>();

const lebt = seite({
  methode: 'GET',
  pfad: '/health/live',
  optionen: { logLevel: 'warn' },
  behandle: async ({ reply }) => reply.send({ status: 'ok' }),
});

/** Ready when the database answers within two seconds. */
const bereit = seite({
  methode: 'GET',
  pfad: '/health/ready',
  optionen: { logLevel: 'warn' },
  behandle: async ({ reply, deps: db }) => {
    const ok = await checkDatabase(db);
    return reply
      .status(ok ? 200 : 503)
      .send({ status: ok ? 'ok' : 'fehler', datenbank: ok ? 'ok' : 'nicht erreichbar' });
  },
});

export type Zustellgrenzen = { warnungAlterMs: number; warnungTote: number };

export type Zustellgesundheit = ZustellKennzahlen & {
  status: 'ok' | 'warnung';
  gruende: string[];
  grenzen: { aeltesteOffenSekunden: number; tot: number };
};

/** Delivery health: the oldest undelivered job and the dead ones against the configured thresholds. */
export async function zustellgesundheit(db: Db, jetzt: Date, g: Zustellgrenzen): Promise<Zustellgesundheit> {
  const k = await zustellKennzahlen(db, jetzt);
  const grenzeSekunden = Math.round(g.warnungAlterMs / 1000);
  const gruende = [
    ...(k.aeltesteOffenSekunden > grenzeSekunden
      ? [
          `Ältester nicht zugestellter Auftrag wartet seit ${Math.round(k.aeltesteOffenSekunden / 60)} Minuten`,
        ]
      : []),
    ...(k.tot >= g.warnungTote ? [`${k.tot} unzustellbare Aufträge`] : []),
  ];
  return {
    status: gruende.length === 0 ? 'ok' : 'warnung',
    gruende,
    ...k,
    grenzen: { aeltesteOffenSekunden: grenzeSekunden, tot: g.warnungTote },
  };
}

type HealthDeps = { db: Db; jetzt: () => Date; grenzen: Zustellgrenzen };
const healthSeite = seitenFuer<HealthDeps>();

/** Delivery health alone: 503 when a threshold is crossed, for the monitoring's alert. */
const zustellung = healthSeite({
  methode: 'GET',
  pfad: '/health/zustellung',
  optionen: { logLevel: 'warn' },
  behandle: async ({ reply, deps }) => {
    const z = await zustellgesundheit(deps.db, deps.jetzt(), deps.grenzen);
    return reply.status(z.status === 'ok' ? 200 : 503).send(z);
  },
});

/** Readiness and delivery health side by side; 503 when the database does not answer. */
const gesamt = healthSeite({
  methode: 'GET',
  pfad: '/health',
  optionen: { logLevel: 'warn' },
  behandle: async ({ reply, deps }) => {
    const ok = await checkDatabase(deps.db);
    if (!ok) return reply.status(503).send({ status: 'fehler', bereit: { datenbank: 'nicht erreichbar' } });
    const z = await zustellgesundheit(deps.db, deps.jetzt(), deps.grenzen);
    return reply.send({ status: z.status, bereit: { datenbank: 'ok' }, zustellung: z });
  },
});

export function healthRoutes(app: FastifyInstance, deps: HealthDeps) {
  registriereSeiten(app, deps.db, [lebt, bereit]);
  registriereSeiten(app, deps, [gesamt, zustellung]);
}
