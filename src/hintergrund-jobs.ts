import { antragEntwurfsquelle } from './antrag/entwurfsquelle.ts';
import { antragJobs } from './antrag/jobs.ts';
import { betriebJobs } from './betrieb/zusammenfassung.ts';
import { bundidJobs } from './bundid/index.ts';
import type { Deps } from './deps.ts';
import { planer, type Job, type Planer } from './hintergrund/index.ts';
import { nachnutzungJobs } from './nachnutzung/job.ts';
import { posteingangJobs } from './posteingang/jobs.ts';
import { webJobs } from './web/index.ts';
import { zustellungJobs } from './zustellung/start.ts';

// The one list of background work. Each part exports its jobs; adding one is one line here. The web process
// (main.ts, unless HINTERGRUND_JOBS=false) or the worker process (worker.ts) starts them.

/** What jobs need: everything but the BundID material (the worker process does not load it). */
export type JobDeps = Omit<Deps, 'bundid'>;

export function hintergrundJobs(deps: JobDeps): Job[] {
  return [
    ...zustellungJobs(deps),
    ...nachnutzungJobs(deps, antragEntwurfsquelle(deps)),
    ...antragJobs(deps),
    ...posteingangJobs(deps),
    ...betriebJobs(deps),
    ...webJobs(deps),
    ...bundidJobs(deps),
  ];
}

/**
 * `zeitplan`: the clock that decides when a job is due; the jobs themselves use `deps.jetzt`. Both are the
 * system time in production; tests with a frozen clock (testApp) schedule by the system time, as before.
 */
export function hintergrundPlaner(deps: JobDeps, zeitplan: () => Date = deps.jetzt): Planer {
  return planer({
    db: deps.datenbank.db,
    jetzt: zeitplan,
    logger: deps.logger,
    jobs: hintergrundJobs(deps),
    taktMs: deps.config.hintergrund.taktMs,
  });
}
