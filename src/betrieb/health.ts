import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { registriereSeiten, seitenFuer } from '../web/index.ts';

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

export function healthRoutes(app: FastifyInstance, db: Db) {
  registriereSeiten(app, db, [lebt, bereit]);
}
