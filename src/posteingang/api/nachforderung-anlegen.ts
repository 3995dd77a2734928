import { tagInBerlin } from '../../shared/index.ts';
import { akteurVon, nachforderungAnlegen, type Akteur } from '../faelle.ts';
import { fallEndpunkt } from './endpunkt.ts';
import { fallParams, nichtAngemeldet, nichtGefunden, ungueltig } from './gemeinsam.ts';
import { problem } from './problem.ts';
import { nachforderungEingabeSchema, nachforderungSchema, type NachforderungJson } from './schemas.ts';

export const nachforderungAnlegenEndpunkt = fallEndpunkt({
  methode: 'POST',
  pfad: '/antraege/:vorgangsnummer/nachforderungen',
  operationId: 'nachforderungAnlegen',
  zusammenfassung: 'Unterlagen nachfordern',
  params: fallParams,
  body: nachforderungEingabeSchema,
  antworten: {
    201: { beschreibung: 'Angelegt', json: nachforderungSchema },
    400: ungueltig,
    401: nichtAngemeldet,
    404: nichtGefunden,
    409: { beschreibung: 'Der Antrag ist schon entschieden oder abgeschlossen', problem: true },
  },
  behandle: async ({ reply, k, zugriff, fall, body }) => {
    const akteur = akteurVon(zugriff) as Akteur & { art: 'api' };
    const r = await nachforderungAnlegen(k, fall, body, akteur);
    if (!r.ok) {
      if (r.grund === 'status') return problem(reply, 409, 'Nachforderung nicht möglich', r.meldung);
      return problem(reply, 400, 'Ungültige Angaben', undefined, r.fehler);
    }
    const n = r.nachforderung;
    const antwort: NachforderungJson = {
      id: n.id,
      unterlagen: n.unterlagen,
      frist: n.frist,
      hinweis: body.hinweis?.trim() || null,
      status: n.status,
      ueberfaellig: n.frist < tagInBerlin(k.jetzt()),
      erstelltAm: n.erstellt_am.toISOString(),
      beantwortetAm: null,
      nachrichtUUID: null,
      dateien: [],
    };
    return reply.status(201).send(antwort);
  },
});
