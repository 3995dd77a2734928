import type { FastifyInstance } from 'fastify';
import { antragRepo } from '../antrag/index.ts';
import type { Deps } from '../deps.ts';
import { registriereSeiten } from '../web/index.ts';
import type { VermieterKontext } from './kontext.ts';
import { buergerSeiten } from './seiten/buerger.tsx';
import { vermieterSeiten } from './seiten/erklaerung.tsx';

// The landlord's pages (/vermieter/{code}) and the citizen's invitation (/meine-antraege/{nr}/vermieter-…).
// The office's invitation and revocation are pages of the inbox (posteingang/), which uses this part.

export function vermieterKontext(deps: Deps): VermieterKontext {
  const db = deps.datenbank.db;
  return {
    db,
    schluessel: deps.secrets.dataKey,
    repo: antragRepo(db, deps.secrets.dataKey),
    jetzt: deps.jetzt,
    config: deps.config,
    logger: deps.logger,
  };
}

export function vermieterRouten(app: FastifyInstance, deps: Deps): void {
  const k = vermieterKontext(deps);
  registriereSeiten(app, k, [...vermieterSeiten(k), ...buergerSeiten()]);
}
