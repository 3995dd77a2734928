import type { Deps } from '../deps.ts';
import { loeschJob, type Job } from '../hintergrund/index.ts';
import { alteAnfragenLoeschen } from './anfrage-repo.ts';

/** BundID request records older than a day are deleted at start and then periodically. */
export function bundidJobs(deps: Pick<Deps, 'datenbank' | 'jetzt' | 'config' | 'logger'>): Job[] {
  return [
    loeschJob({
      name: 'bundid.anfragen-loeschen',
      regel: 'bundid_anfragen',
      intervallMs: deps.config.draftCleanupIntervalMinutes * 60_000,
      logger: deps.logger,
      loesche: () => alteAnfragenLoeschen(deps.datenbank.db, deps.jetzt()),
    }),
  ];
}
