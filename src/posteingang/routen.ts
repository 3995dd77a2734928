import type { FastifyInstance } from 'fastify';
import { antragRepo } from '../antrag/index.ts';
import type { Deps } from '../deps.ts';
import { posteingangApiRouten } from './api-routen.ts';
import { posteingangBuergerRouten } from './buerger-routen.tsx';
import { entwicklungRouten } from './entwicklung-routen.tsx';
import type { Kontext } from './faelle.ts';
import { posteingangPersonalRouten } from './personal-routen.tsx';
import { vermieterKontext } from '../vermieter/index.ts';

// The inbox part: staff pages (/verwaltung/posteingang), the citizen's status pages (/meine-antraege), the
// adapter API (/api/v1) and the development mail folder (/entwicklung/mails); the notice job is in jobs.ts.

export function posteingangKontext(deps: Pick<Deps, 'datenbank' | 'secrets' | 'jetzt'>): Kontext {
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
}
