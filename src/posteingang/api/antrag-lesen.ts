import { akteurVon, protokolliere } from '../faelle.ts';
import { antragJson } from './als-json.ts';
import { fallEndpunkt } from './endpunkt.ts';
import { fallParams, nichtAngemeldet, nichtGefunden } from './gemeinsam.ts';
import { antragSchema } from './schemas.ts';

export const antragLesen = fallEndpunkt({
  methode: 'GET',
  pfad: '/antraege/:vorgangsnummer',
  operationId: 'antragLesen',
  zusammenfassung: 'Ein Antrag mit allen Angaben, Anlagen, Nachforderungen und Nachrichten',
  params: fallParams,
  antworten: {
    200: { beschreibung: 'Antrag', json: antragSchema },
    401: nichtAngemeldet,
    404: nichtGefunden,
  },
  behandle: async ({ reply, k, zugriff, fall }) => {
    await protokolliere(k.db, fall.antrag, 'api_abgerufen', akteurVon(zugriff), k.jetzt());
    return reply.header('cache-control', 'no-store').send(await antragJson(k, fall));
  },
});
