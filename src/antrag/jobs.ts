import type { Deps } from '../deps.ts';
import type { Job } from '../hintergrund/index.ts';
import { entwuerfeAufraeumen } from './antrag-repo.ts';

/** Expired drafts are deleted at start and then periodically (also `npm run cli -- entwuerfe-aufraeumen`). */
export function antragJobs(deps: Pick<Deps, 'datenbank' | 'jetzt' | 'config' | 'logger'>): Job[] {
  return [
    {
      art: 'periodisch',
      name: 'antrag.entwuerfe-aufraeumen',
      intervallMs: deps.config.draftCleanupIntervalMinutes * 60_000,
      async lauf() {
        const n = await entwuerfeAufraeumen(deps.datenbank.db, deps.jetzt(), deps.config.draftRetentionDays);
        if (n > 0) deps.logger.info({ geloescht: n }, 'Abgelaufene Antragsentwürfe gelöscht');
      },
    },
  ];
}
