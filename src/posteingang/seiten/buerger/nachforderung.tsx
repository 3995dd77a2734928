import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { tagInBerlin } from '../../../shared/index.ts';
import { sendeSeite } from '../../../web/index.ts';
import { fallZuAntrag, nachforderungenVon } from '../../faelle.ts';
import {
  dateiEntfernen,
  dateienDerNachforderung,
  eigeneUnterlagenOeffnen,
  nachreichungAbsenden,
} from '../../nachreichung.ts';
import { NachforderungBeantworten } from './nachforderung-ansicht.tsx';
import { offene } from './stand.ts';
import { MEINE } from './typen.ts';
import {
  eigeneNachforderung,
  eigenerAntrag,
  nichtGefunden,
  rahmen,
  seite,
  type BuergerKontext,
  type EigeneNachforderung,
} from './zugang.tsx';

// The page to answer a request for documents, and its forms to remove a file and to send everything.

export const nachforderungParams = z.object({ nummer: z.string(), nachforderung: z.string() });

export const nachforderungPfad = (nummer: string, id: string): string =>
  `${MEINE}/${nummer}/nachforderungen/${id}`;

export type Anzeige = { fehler?: { art?: string; text: string }; erfolg?: string; status?: number };

/** Shows the answer page with the current state of the request and the message of the last step. */
export async function beantwortenZeigen(
  k: BuergerKontext,
  reply: FastifyReply,
  r: EigeneNachforderung,
  anzeige: Anzeige = {},
) {
  const heute = tagInBerlin(k.jetzt());
  const aktuell = (await nachforderungenVon(k.db, r.antrag.id)).find((x) => x.id === r.n.id) ?? r.n;
  return sendeSeite(
    reply,
    <NachforderungBeantworten
      rahmen={rahmen(r.angemeldet, reply)}
      vorgangsnummer={r.antrag.vorgangsnummer}
      n={offene(k, aktuell, heute)}
      dateien={await dateienDerNachforderung(k, r.n.id)}
      hoechstDatei={k.grenzen.maxDatei}
      hoechstGesamt={k.grenzen.maxGesamt}
      fehler={anzeige.fehler}
      erfolg={anzeige.erfolg}
    />,
    anzeige.status ?? 200,
  );
}

export const nachforderungBeantworten = seite({
  methode: 'GET',
  pfad: `${MEINE}/:nummer/nachforderungen/:nachforderung`,
  params: nachforderungParams,
  query: z.object({
    hochgeladen: z.string().optional().catch(undefined),
    gesendet: z.string().optional().catch(undefined),
  }),
  behandle: async ({ request, reply, deps: k, params, query }) => {
    const r = await eigeneNachforderung(k, request, reply, params);
    if (r === null) return reply;
    let erfolg: string | undefined;
    if (query.hochgeladen !== undefined) {
      const d = (await dateienDerNachforderung(k, r.n.id)).find((x) => x.id === query.hochgeladen);
      if (d !== undefined) erfolg = `„${d.dateiname}“ wurde hochgeladen`;
    }
    if (query.gesendet === 'ja') erfolg = 'Ihre Unterlagen wurden an das Sozialamt geschickt';
    return beantwortenZeigen(k, reply, r, erfolg === undefined ? {} : { erfolg });
  },
});

export const dateiEntfernenSeite = seite({
  methode: 'POST',
  pfad: `${MEINE}/:nummer/nachforderungen/:nachforderung/dateien/:datei/entfernen`,
  params: nachforderungParams.extend({ datei: z.string() }),
  behandle: async ({ request, reply, deps: k, params }) => {
    const r = await eigeneNachforderung(k, request, reply, params);
    if (r === null) return reply;
    if (!(await dateiEntfernen(k, r.n, params.datei))) return nichtGefunden(reply);
    return reply.redirect(nachforderungPfad(r.antrag.vorgangsnummer, r.n.id), 303);
  },
});

export const nachreichungAbsendenSeite = seite({
  methode: 'POST',
  pfad: `${MEINE}/:nummer/nachforderungen/:nachforderung/absenden`,
  params: nachforderungParams,
  behandle: async ({ request, reply, deps: k, params }) => {
    const r = await eigeneNachforderung(k, request, reply, params);
    if (r === null) return reply;
    const e = await nachreichungAbsenden(k, r.f, r.n);
    if (!e.ok) {
      if (e.status >= 500) request.log.error({ vorgangsnummer: r.antrag.vorgangsnummer }, e.meldung);
      return beantwortenZeigen(k, reply, r, { fehler: { text: e.meldung }, status: e.status });
    }
    request.log.info(
      { vorgangsnummer: r.antrag.vorgangsnummer, nachricht: e.nachrichtUUID },
      'Unterlagen nachgereicht',
    );
    return reply.redirect(`${nachforderungPfad(r.antrag.vorgangsnummer, r.n.id)}?gesendet=ja`, 303);
  },
});

/** Documents at any time: opens the citizen's own reply and leads to its upload page. */
export const unterlagenJederzeitSeite = seite({
  methode: 'POST',
  pfad: `${MEINE}/:nummer/unterlagen`,
  params: z.object({ nummer: z.string() }),
  behandle: async ({ request, reply, deps: k, params }) => {
    const e = await eigenerAntrag(k, request, reply, params.nummer);
    if (e === null) return reply;
    const r = await eigeneUnterlagenOeffnen(k, await fallZuAntrag(k, e.antrag));
    if (!r.ok) return reply.code(409).type('text/plain; charset=utf-8').send(r.meldung);
    return reply.redirect(nachforderungPfad(e.antrag.vorgangsnummer, r.n.id), 303);
  },
});
