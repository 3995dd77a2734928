import { z } from 'zod';
import { dateiDesFalls } from '../datei-des-falls.ts';
import { akteurVon, protokolliere } from '../faelle.ts';
import { sendeDatei } from '../herunterladen.ts';
import { fallEndpunkt } from './endpunkt.ts';
import { nichtAngemeldet, nichtGefunden, vorgangsnummer } from './gemeinsam.ts';
import { problem } from './problem.ts';

export const dateiLesen = fallEndpunkt({
  methode: 'GET',
  pfad: '/antraege/:vorgangsnummer/dateien/:datei',
  operationId: 'dateiLesen',
  zusammenfassung: 'Eine Anlage oder nachgereichte Unterlage',
  params: z.object({
    vorgangsnummer,
    datei: z
      .string()
      .meta({ pattern: '^[A-Za-z0-9_-]{16}$', description: 'Die id aus `anlagen` oder `dateien`' }),
  }),
  antworten: {
    200: { beschreibung: 'Datei', datei: ['application/pdf', 'image/jpeg', 'image/png'] },
    401: nichtAngemeldet,
    404: nichtGefunden,
  },
  behandle: async ({ reply, k, zugriff, fall, params: { datei } }) => {
    const d = await dateiDesFalls(k, fall, datei);
    if (d === undefined)
      return problem(reply, 404, 'Datei nicht gefunden', 'Diese Datei gehört nicht zu diesem Antrag.');
    await protokolliere(k.db, fall.antrag, 'anlage_abgerufen', akteurVon(zugriff), k.jetzt(), {
      datei,
      art: d.art,
    });
    return sendeDatei(reply, d.inhalt, d.mime, d.dateiname);
  },
});
