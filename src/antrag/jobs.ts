import type { Deps } from '../deps.ts';
import { loeschJob, type Job } from '../hintergrund/index.ts';
import { entwuerfeAufraeumen } from './antrag-repo.ts';

/** Expired drafts are deleted at start and then periodically (also `npm run cli -- entwuerfe-aufraeumen`). */
export function antragJobs(deps: Pick<Deps, 'datenbank' | 'jetzt' | 'config' | 'logger'>): Job[] {
  return [
    loeschJob({
      name: 'antrag.entwuerfe-aufraeumen',
      regel: 'antragsentwuerfe',
      intervallMs: deps.config.draftCleanupIntervalMinutes * 60_000,
      logger: deps.logger,
      loesche: () => entwuerfeAufraeumen(deps.datenbank.db, deps.jetzt(), deps.config.draftRetentionDays),
    }),
  ];
}
