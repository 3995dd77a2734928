import type { FastifyInstance } from 'fastify';
import { registriereSeiten } from '../web/index.ts';
import { auftragAnzeigen, auftragWiederholen } from './seiten/auftrag-seite.tsx';
import type { BetriebDeps } from './seiten/betrieb-deps.ts';
import { betriebUebersicht } from './seiten/uebersicht-seite.tsx';

// Operations (role Betrieb): the delivery status of every job and the replay of dead ones, the web twin of
// `npm run cli -- zustellung-liste / zustellung-wiederholen`. Offices' staff never see this: jobs of all
// offices are listed here.

export function betriebRouten(app: FastifyInstance, deps: BetriebDeps): void {
  registriereSeiten(app, deps, [betriebUebersicht, auftragAnzeigen, auftragWiederholen]);
}
