// The public API of hintergrund/: background jobs (types for the parts, the planner for the composition).

export { herzschlag } from './job.ts';
export type { Job } from './job.ts';
export { loeschJob } from './loeschregel.ts';
export { planer } from './planer.ts';
export type { Planer } from './planer.ts';
