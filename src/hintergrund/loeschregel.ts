import type { Logger } from '../log.ts';
import { metriken } from '../metriken.ts';
import type { PeriodischerJob } from './job.ts';

// A deletion rule as a periodic job. The rule itself (a function of the part that owns the table) returns how
// many rows it deleted; every run that deleted something is logged with the rule's name and the count, and
// the count goes into the counter `loeschungen_total{regel}`. The planner runs a new job right at start (its
// lease row is created due now), so a process restarted more often than the interval still deletes.

export function loeschJob(o: {
  /** Job name, e.g. "web.sitzungen-loeschen"; the log and the metric use `regel`. */
  name: string;
  regel: string;
  intervallMs: number;
  logger: Logger;
  loesche: () => Promise<number>;
}): PeriodischerJob {
  return {
    art: 'periodisch',
    name: o.name,
    intervallMs: o.intervallMs,
    async lauf() {
      const geloescht = await o.loesche();
      if (geloescht === 0) return;
      metriken.loeschungen.inc({ regel: o.regel }, geloescht);
      o.logger.info({ loeschregel: o.regel, geloescht }, 'Gelöscht nach Löschregel');
    },
  };
}
