import type { Deps } from '../deps.ts';
import type { Job } from '../hintergrund/index.ts';
import { mitteilungsLauf } from './mitteilungen.ts';
import { posteingangKontext } from './routen.ts';

/** The notice job: take in new applications, notice deliveries, send due e-mails. */
export function posteingangJobs(deps: Omit<Deps, 'bundid'>): Job[] {
  return [
    {
      art: 'periodisch',
      name: 'posteingang.mitteilungen',
      intervallMs: deps.config.posteingang.mitteilungIntervallSekunden * 1000,
      async lauf() {
        const b = await mitteilungsLauf({
          ...posteingangKontext(deps),
          config: deps.config,
          logger: deps.logger,
        });
        if (b.gesendet + b.fehlgeschlagen > 0) deps.logger.info(b, 'E-Mail-Benachrichtigungen verarbeitet');
      },
    },
  ];
}
