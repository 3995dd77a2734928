import type { FastifyInstance } from 'fastify';
import { antragRepo } from '../antrag/index.ts';
import type { Deps } from '../deps.ts';
import { posteingangApiRouten } from './api-routen.ts';
import { posteingangBuergerRouten } from './buerger-routen.tsx';
import { entwicklungRouten } from './entwicklung-routen.tsx';
import type { Kontext } from './faelle.ts';
import { mitteilungsLauf } from './mitteilungen.ts';
import { posteingangPersonalRouten } from './personal-routen.tsx';
import { vermieterKontext } from '../vermieter/index.ts';

// The inbox part: staff pages (/verwaltung/posteingang), the citizen's status pages (/meine-antraege), the
// adapter API (/api/v1), the development mail folder (/entwicklung/mails) and the notice job.

export function posteingangKontext(deps: Deps): Kontext {
  const db = deps.datenbank.db;
  return {
    db,
    schluessel: deps.secrets.dataKey,
    repo: antragRepo(db, deps.secrets.dataKey),
    jetzt: deps.jetzt,
  };
}

export function posteingangRouten(app: FastifyInstance, deps: Deps): void {
  const k = posteingangKontext(deps);
  posteingangPersonalRouten(app, k, vermieterKontext(deps));
  posteingangBuergerRouten(app, k, {
    maxDatei: deps.config.uploadMaxDateiBytes,
    maxGesamt: deps.config.uploadMaxGesamtBytes,
  });
  posteingangApiRouten(app, k, deps.config.baseUrl);
  entwicklungRouten(app, deps.config);

  // The notice job: take in new applications, notice deliveries, send due e-mails. One run at a time.
  const sekunden = deps.config.posteingang.mitteilungIntervallSekunden;
  if (sekunden === 0) return;
  let timer: ReturnType<typeof setInterval> | undefined;
  let laeuft = false;
  app.addHook('onReady', () => {
    timer = setInterval(() => {
      if (laeuft) return;
      laeuft = true;
      mitteilungsLauf({ ...k, config: deps.config, logger: deps.logger })
        .then((b) => {
          if (b.gesendet + b.fehlgeschlagen > 0) app.log.info(b, 'E-Mail-Benachrichtigungen verarbeitet');
        })
        .catch((err: unknown) => {
          app.log.error({ err }, 'Benachrichtigungslauf fehlgeschlagen');
        })
        .finally(() => {
          laeuft = false;
        });
    }, sekunden * 1000);
    timer.unref();
    return Promise.resolve();
  });
  app.addHook('onClose', () => {
    clearInterval(timer);
    return Promise.resolve();
  });
}
