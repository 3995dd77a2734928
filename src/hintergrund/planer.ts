import { hostname } from 'node:os';
import type { Db } from '../db/index.ts';
import type { Logger } from '../log.ts';
import { herzschlag, type DauerJob, type Job, type PeriodischerJob } from './job.ts';
import { beanspruche, legeLaufAn, schliesseAb, verlaengere } from './lauf-repo.ts';

// The one owner of background work in a process: the composition root registers every job here and starts
// the planner. Periodic jobs are claimed through their lease row, so N processes run each due job once.

export type Planer = {
  /** Starts the continuous jobs and the clock of the periodic ones. */
  start(): Promise<void>;
  /** Stops everything and waits for runs in progress. */
  stop(): Promise<void>;
  /** Runs every periodic job that is due now and not held elsewhere (one pass of the clock; tests). */
  takt(): Promise<string[]>;
  readonly jobs: readonly Job[];
};

const STANDARD_SPERRDAUER_MS = 10 * 60_000;

export function planer(o: {
  db: Db;
  jetzt: () => Date;
  logger: Logger;
  jobs: Job[];
  /** How often the clock looks for due periodic jobs. */
  taktMs: number;
  /** Names this process in the lease rows and the history. */
  prozess?: string;
}): Planer {
  const namen = new Set<string>();
  for (const j of o.jobs) {
    if (namen.has(j.name)) throw new Error(`Hintergrundjob ${j.name} ist doppelt registriert.`);
    namen.add(j.name);
  }
  const prozess = o.prozess ?? `${hostname()}:${process.pid}`;
  const periodisch = o.jobs.filter((j): j is PeriodischerJob => j.art === 'periodisch' && j.intervallMs > 0);
  const dauernd = o.jobs.filter((j): j is DauerJob => j.art === 'dauernd');
  let laufende: { stop(): Promise<void> }[] = [];
  let timer: NodeJS.Timeout | undefined;
  let aktiv: Promise<string[]> | undefined;
  let gestoppt = false;
  let angelegt = false;

  async function fuehreAus(job: PeriodischerJob): Promise<boolean> {
    const sperrdauerMs = job.sperrdauerMs ?? STANDARD_SPERRDAUER_MS;
    const begonnenAm = o.jetzt();
    const b = await beanspruche(o.db, { name: job.name, jetzt: begonnenAm, sperrdauerMs, prozess });
    if (b === undefined) return false;
    const stopp = herzschlag(Math.max(1000, Math.floor(sperrdauerMs / 3)), () =>
      verlaengere(o.db, b, new Date(o.jetzt().getTime() + sperrdauerMs)),
    );
    let fehler: string | null = null;
    try {
      await job.lauf();
    } catch (error) {
      fehler = error instanceof Error ? error.message.slice(0, 500) : 'unbekannter Fehler';
      o.logger.error({ err: error, job: job.name }, 'Hintergrundjob fehlgeschlagen');
    } finally {
      stopp();
    }
    await schliesseAb(o.db, b, {
      naechsterLauf: new Date(begonnenAm.getTime() + job.intervallMs),
      begonnenAm,
      beendetAm: o.jetzt(),
      prozess,
      fehler,
    });
    return true;
  }

  async function takt(): Promise<string[]> {
    if (!angelegt) {
      for (const j of periodisch) await legeLaufAn(o.db, j.name, o.jetzt());
      angelegt = true;
    }
    const gelaufen: string[] = [];
    for (const job of periodisch) {
      if (gestoppt) break;
      try {
        if (await fuehreAus(job)) gelaufen.push(job.name);
      } catch (error) {
        o.logger.error({ err: error, job: job.name }, 'Hintergrundjob konnte nicht beansprucht werden');
      }
    }
    return gelaufen;
  }

  function pass() {
    aktiv = takt().catch((error: unknown) => {
      o.logger.error({ err: error }, 'Hintergrundjobs: Datenbank nicht erreichbar');
      return [];
    });
    void aktiv.finally(() => {
      aktiv = undefined;
      if (gestoppt) return;
      timer = setTimeout(pass, o.taktMs);
    });
  }

  return {
    jobs: o.jobs,
    async start() {
      gestoppt = false;
      laufende = dauernd.map((j) => j.start());
      // First pass right away: a job due at start (e.g. draft clean-up) does not wait a whole period.
      pass();
      o.logger.info(
        { periodisch: periodisch.map((j) => j.name), dauernd: dauernd.map((j) => j.name) },
        'Hintergrundjobs gestartet',
      );
      return Promise.resolve();
    },
    async stop() {
      gestoppt = true;
      clearTimeout(timer);
      await aktiv;
      await Promise.all(laufende.map((l) => l.stop()));
      laufende = [];
    },
    takt,
  };
}
