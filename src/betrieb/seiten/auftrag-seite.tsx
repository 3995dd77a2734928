import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/index.ts';
import { findBehoerde } from '../../katalog/index.ts';
import { personalKontext } from '../../personal/index.ts';
import { sendeSeite } from '../../web/index.ts';
import { leseZustellauftrag, wiederholeZustellung, zustellHistorie } from '../../zustellung/index.ts';
import { AuftragNichtGefunden, AuftragSeite } from './auftrag-ansicht.tsx';
import { auftragPfad, BETRIEB } from './betrieb-anzeige.ts';
import { betriebSeite, nurBetrieb } from './betrieb-deps.ts';

// One delivery job with its attempts, and the replay of a dead job (the web twin of
// `npm run cli -- zustellung-wiederholen`).

const auftragParams = z.object({ id: z.string() });
const auftragQuery = z.object({ wiederholt: z.literal('1').optional().catch(undefined) });

type Meldung = { art: 'success' | 'danger'; text: string };

/** The job page, or the not-found page when there is no such job. */
export async function zeigeAuftrag(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  meldung?: Meldung,
  status = 200,
) {
  const auftrag = await leseZustellauftrag(db, id);
  if (auftrag === undefined)
    return sendeSeite(reply, <AuftragNichtGefunden kontext={personalKontext(request, reply)} />, 404);
  const [versuche, behoerde] = await Promise.all([
    zustellHistorie(db, id),
    findBehoerde(db, auftrag.behoerdeAgs),
  ]);
  return sendeSeite(
    reply,
    <AuftragSeite
      kontext={personalKontext(request, reply)}
      auftrag={auftrag}
      behoerdeName={behoerde?.name ?? auftrag.behoerdeAgs}
      versuche={versuche}
      meldung={meldung}
    />,
    status,
  );
}

export const auftragAnzeigen = betriebSeite({
  methode: 'GET',
  pfad: `${BETRIEB}/zustellung/:id`,
  params: auftragParams,
  query: auftragQuery,
  optionen: nurBetrieb,
  behandle: async ({ request, reply, deps, params, query }) =>
    zeigeAuftrag(
      deps.db,
      request,
      reply,
      params.id,
      query.wiederholt === undefined
        ? undefined
        : { art: 'success', text: 'Der Auftrag ist erneut eingereiht und wird gleich zugestellt.' },
    ),
});

export const auftragWiederholen = betriebSeite({
  methode: 'POST',
  pfad: `${BETRIEB}/zustellung/:id/wiederholen`,
  params: auftragParams,
  optionen: nurBetrieb,
  behandle: async ({ request, reply, deps, params: { id } }) => {
    const ergebnis = await wiederholeZustellung(deps.db, id, deps.jetzt(), request.personal.anzeigename);
    if (ergebnis.ok) {
      request.log.info(
        { auftrag: id, von: request.personal.benutzerId },
        'Zustellung vom Betrieb erneut eingereiht',
      );
      return reply.redirect(`${auftragPfad(id)}?wiederholt=1`, 303);
    }
    return zeigeAuftrag(deps.db, request, reply, id, { art: 'danger', text: ergebnis.grund }, 409);
  },
});
