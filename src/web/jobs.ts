import type { Deps } from '../deps.ts';
import { loeschJob, type Job } from '../hintergrund/index.ts';
import { abgelaufeneSitzungenLoeschen } from './sitzung.ts';

/** Expired sessions (they hold the encrypted BundID identity) are deleted at start and then periodically. */
export function webJobs(deps: Pick<Deps, 'datenbank' | 'jetzt' | 'config' | 'logger'>): Job[] {
  return [
    loeschJob({
      name: 'web.sitzungen-loeschen',
      regel: 'sitzungen',
      intervallMs: deps.config.draftCleanupIntervalMinutes * 60_000,
      logger: deps.logger,
      loesche: () => abgelaufeneSitzungenLoeschen(deps.datenbank.db, deps.jetzt()),
    }),
  ];
}
