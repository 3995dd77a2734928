import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/index.ts';

// Deletion rules run as periodic jobs: once right at start (a process restarted more often than the
// interval still deletes) and then every interval. Each rule is a function (db, jetzt) in the part that owns
// the table; every run that deleted something is logged with the rule's name and the count.

type Loeschregel = { name: string; regel: (db: Db, jetzt: Date) => Promise<number> };

export function regelmaessigLoeschen(
  app: FastifyInstance,
  k: { db: Db; jetzt: () => Date; intervallMs: number },
  { name, regel }: Loeschregel,
): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const lauf = () =>
    regel(k.db, k.jetzt())
      .then((geloescht) => {
        if (geloescht > 0) app.log.info({ loeschregel: name, geloescht }, 'Gelöscht nach Löschregel');
      })
      .catch((err: unknown) => {
        app.log.error({ err, loeschregel: name }, 'Löschregel fehlgeschlagen');
      });
  app.addHook('onReady', async () => {
    if (k.intervallMs <= 0) return;
    await lauf();
    timer = setInterval(() => void lauf(), k.intervallMs);
    timer.unref();
  });
  app.addHook('onClose', () => {
    clearInterval(timer);
    return Promise.resolve();
  });
}
