// What a part hands to the composition root as background work. Parts export functions that build their jobs
// from their dependencies; src/hintergrund-jobs.ts lists them (one line per part) and the process that runs
// background work (the web process or `npm run worker`) starts them.

/** Runs every `intervallMs`, once per period across all processes on one database (lease row). */
export type PeriodischerJob = {
  art: 'periodisch';
  /** Stable name, the key of its lease row, e.g. "antrag.entwuerfe-aufraeumen". */
  name: string;
  /** 0 switches the job off. */
  intervallMs: number;
  /** How long a run may take before another process may take over (renewed while it runs). */
  sperrdauerMs?: number;
  lauf(): Promise<unknown>;
};

/** Runs all the time in every process that runs jobs (a queue worker that claims its own work). */
export type DauerJob = {
  art: 'dauernd';
  name: string;
  start(): { stop(): Promise<void> };
};

export type Job = PeriodischerJob | DauerJob;

/**
 * Calls `schlag` every `intervallMs` until the returned stop function is called: renews a lease while
 * work runs, so a crashed holder loses it within one lease period and a live one never does.
 */
export function herzschlag(intervallMs: number, schlag: () => Promise<unknown>): () => void {
  let aktiv: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (aktiv !== undefined) return;
    aktiv = schlag()
      .catch(() => undefined)
      .finally(() => {
        aktiv = undefined;
      });
  }, intervallMs);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
