import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

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

export function healthRoutes(app: FastifyInstance, db: Db) {
  app.get('/health/live', { logLevel: 'warn' }, () => {
    return { status: 'ok' };
  });
  app.get('/health/ready', { logLevel: 'warn' }, async (_request, reply) => {
    const ok = await checkDatabase(db);
    return reply
      .status(ok ? 200 : 503)
      .send({ status: ok ? 'ok' : 'fehler', datenbank: ok ? 'ok' : 'nicht erreichbar' });
  });
}
