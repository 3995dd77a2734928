// The public API of hintergrund/: background jobs (types for the parts, the planner for the composition).

export { herzschlag } from './job.ts';
export type { DauerJob, Job, PeriodischerJob } from './job.ts';
export { laufStaende } from './lauf-repo.ts';
export type { LaufStand } from './lauf-repo.ts';
export { planer } from './planer.ts';
export type { Planer } from './planer.ts';
