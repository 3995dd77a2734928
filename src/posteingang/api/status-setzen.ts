import type { z } from 'zod';
import { akteurVon, fallLaden, statusAendern } from '../faelle.ts';
import type { Entscheidung } from '../status.ts';
import { antragJson } from './als-json.ts';
import { fallEndpunkt, type Antwort } from './endpunkt.ts';
import { fallParams, nichtAngemeldet, nichtGefunden, ungueltig } from './gemeinsam.ts';
import { problem } from './problem.ts';
import { antragSchema, statusAenderungSchema } from './schemas.ts';

type Eingabe = z.infer<typeof statusAenderungSchema>;

function entscheidung(e: Eingabe['entscheidung']): Entscheidung | undefined {
  if (e === undefined) return undefined;
  if (e.art === 'beihilfe' || e.art === 'darlehen') return { art: e.art, betragCent: e.betragCent ?? 0 };
  if (e.art === 'jobcenter') return { art: 'jobcenter', weitergeleitetAm: e.weitergeleitetAm ?? '' };
  return { art: 'abgelehnt' };
}

const konflikt: Antwort = {
  beschreibung: 'Unzulässiger Übergang oder inzwischen geändert (version)',
  problem: true,
};

export const statusSetzen = fallEndpunkt({
  methode: 'POST',
  pfad: '/antraege/:vorgangsnummer/status',
  operationId: 'statusSetzen',
  zusammenfassung: 'Status setzen (nur erlaubte Übergänge)',
  params: fallParams,
  body: statusAenderungSchema,
  antworten: {
    200: { beschreibung: 'Neuer Stand', json: antragSchema },
    400: ungueltig,
    401: nichtAngemeldet,
    404: nichtGefunden,
    409: konflikt,
  },
  behandle: async ({ reply, k, zugriff, fall, body }) => {
    const r = await statusAendern(
      k,
      fall,
      { nach: body.status, entscheidung: entscheidung(body.entscheidung) },
      akteurVon(zugriff),
      body.version,
    );
    if (!r.ok) {
      if (r.grund === 'veraltet') return problem(reply, 409, 'Inzwischen geändert', r.meldung);
      return problem(reply, r.feld === 'status' ? 409 : 400, 'Änderung nicht möglich', r.meldung, {
        [r.feld]: r.meldung,
      });
    }
    const neu = await fallLaden(k, fall.antrag.vorgangsnummer, zugriff);
    return reply.send(neu === undefined ? {} : await antragJson(k, neu));
  },
});
