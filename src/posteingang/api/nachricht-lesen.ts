import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { nachrichtXml, originalAuftrag } from '../antrag-zugriff.ts';
import { akteurVon, nachforderungenVon, protokolliere, type Fall } from '../faelle.ts';
import { sendeDatei } from '../herunterladen.ts';
import { fallEndpunkt, type Antwort, type ApiKontext } from './endpunkt.ts';
import { fallParams, nichtAngemeldet, nichtGefunden, vorgangsnummer } from './gemeinsam.ts';
import { problem } from './problem.ts';
import type { ApiZugriff } from './zugang.ts';

// The xSozial messages of a case: the application as delivered over XTA, and those sent in later.

const antworten: Readonly<Record<number, Antwort>> = {
  200: { beschreibung: 'XML', datei: ['application/xml'], text: true },
  401: nichtAngemeldet,
  404: nichtGefunden,
};

/** The message `uuid` of the case, or the application's own message when `uuid` is undefined. */
async function sendeNachricht(
  k: ApiKontext,
  reply: FastifyReply,
  zugriff: ApiZugriff,
  f: Fall,
  uuid: string | undefined,
) {
  const ids = (await nachforderungenVon(k.db, f.antrag.id)).map((n) => n.id);
  const nachricht = uuid ?? (await originalAuftrag(k.db, f.antrag))?.nachricht_uuid;
  const xml =
    nachricht === undefined ? undefined : await nachrichtXml(k.db, k.schluessel, f.antrag, ids, nachricht);
  if (xml === undefined || nachricht === undefined)
    return problem(reply, 404, 'Keine Nachricht', 'Zu diesem Antrag gibt es diese Nachricht nicht.');
  await protokolliere(k.db, f.antrag, 'nachricht_abgerufen', akteurVon(zugriff), k.jetzt(), { nachricht });
  return sendeDatei(
    reply,
    xml,
    'application/xml; charset=utf-8',
    `xSozial-${f.antrag.vorgangsnummer}-${nachricht}.xml`,
  );
}

export const antragNachricht = fallEndpunkt({
  methode: 'GET',
  pfad: '/antraege/:vorgangsnummer/nachricht.xml',
  operationId: 'antragNachricht',
  zusammenfassung: 'Die xSozial-basis-Nachricht des Antrags (wie über XTA zugestellt)',
  params: fallParams,
  antworten,
  behandle: ({ reply, k, zugriff, fall }) => sendeNachricht(k, reply, zugriff, fall, undefined),
});

export const nachrichtLesen = fallEndpunkt({
  methode: 'GET',
  pfad: '/antraege/:vorgangsnummer/nachrichten/:nachrichtUUID',
  operationId: 'nachrichtLesen',
  zusammenfassung: 'Eine Nachricht des Antrags (auch Nachreichungen, mit referenzUUID)',
  params: z.object({
    vorgangsnummer,
    nachrichtUUID: z.string().meta({ format: 'uuid', description: 'Die nachrichtUUID aus `nachrichten`' }),
  }),
  antworten,
  behandle: ({ reply, k, zugriff, fall, params }) =>
    sendeNachricht(k, reply, zugriff, fall, params.nachrichtUUID),
});
