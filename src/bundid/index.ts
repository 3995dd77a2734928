// The public API of bundid/: what other parts may use. Everything else in the folder is internal.

export { anzeigename } from './identitaet.ts';
export type { BuergerIdentitaet, BuergerSitzung } from './identitaet.ts';
export { ABMELDEN_PFAD, STANDARDZIEL, lokalesZiel } from './sitzung.ts';
export { bundidJobs } from './jobs.ts';
