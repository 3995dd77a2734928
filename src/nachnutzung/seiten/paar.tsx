import { zeigeDetail } from '../seitenhilfen/detail-zeigen.tsx';
import { paarSeite } from '../seitenhilfen/paar-seite.ts';

/** The detail page of one (office, service) pair: its state, facts, timeline and next steps. */
export const paarDetailSeite = paarSeite({
  methode: 'GET',
  pfad: '',
  behandle: async ({ request, reply, deps, x }) => zeigeDetail(deps, request, reply, x.kopf),
});
