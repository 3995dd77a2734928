import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { findBehoerde, listBehoerden } from '../katalog/katalog-repo.ts';
import { personalKontext } from '../personal/personal-layout.tsx';
import { requirePersonal } from '../personal/zugang.tsx';
import { sendeSeite } from '../web/render.ts';
import {
  leseZustellauftrag,
  listeZustellauftraege,
  wiederholeZustellung,
  zaehleZustellauftraege,
  zustellHistorie,
} from './outbox.ts';
import { AuftragNichtGefunden, AuftragSeite, auftragPfad, BETRIEB, BetriebSeite } from './seiten/betrieb.tsx';
import { zustellStatus } from './zustellung-tables.ts';

// Operations (role Betrieb): the delivery status of every job and the replay of dead ones, the web twin of
// `npm run cli -- zustellung-liste / zustellung-wiederholen`. Offices' staff never see this: jobs of all
// offices are listed here.

const GRENZE = 200;

const filterQuery = z.object({
  status: z.enum(zustellStatus).optional().catch(undefined),
  behoerde: z
    .string()
    .regex(/^[0-9]{5}$/)
    .optional()
    .catch(undefined),
});

const auftragParams = z.object({ id: z.string() });
const auftragQuery = z.object({ wiederholt: z.literal('1').optional().catch(undefined) });

export function betriebRouten(app: FastifyInstance, deps: { db: Db; jetzt: () => Date }): void {
  const { db } = deps;
  const guard = { preHandler: requirePersonal({ rollen: ['betrieb'] }) };

  app.get(BETRIEB, guard, async (request, reply) => {
    const filter = filterQuery.parse(request.query);
    const [zaehlung, auftraege, behoerden] = await Promise.all([
      zaehleZustellauftraege(db),
      listeZustellauftraege(db, {
        status: filter.status === undefined ? undefined : [filter.status],
        behoerdeAgs: filter.behoerde,
        limit: GRENZE,
      }),
      listBehoerden(db),
    ]);
    return sendeSeite(
      reply,
      <BetriebSeite
        kontext={personalKontext(request, reply)}
        zaehlung={zaehlung}
        auftraege={auftraege}
        filter={filter}
        behoerden={behoerden.map((b) => ({ ags: b.ags, name: b.name }))}
        grenze={GRENZE}
      />,
    );
  });

  async function auftragSeite(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    meldung?: { art: 'success' | 'danger'; text: string },
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

  app.get(`${BETRIEB}/zustellung/:id`, guard, async (request, reply) => {
    const { id } = auftragParams.parse(request.params);
    const { wiederholt } = auftragQuery.parse(request.query);
    return auftragSeite(
      request,
      reply,
      id,
      wiederholt === undefined
        ? undefined
        : { art: 'success', text: 'Der Auftrag ist erneut eingereiht und wird gleich zugestellt.' },
    );
  });

  app.post(`${BETRIEB}/zustellung/:id/wiederholen`, guard, async (request, reply) => {
    const { id } = auftragParams.parse(request.params);
    const ergebnis = await wiederholeZustellung(db, id, deps.jetzt(), request.personal.anzeigename);
    if (ergebnis.ok) {
      request.log.info(
        { auftrag: id, von: request.personal.benutzerId },
        'Zustellung vom Betrieb erneut eingereiht',
      );
      return reply.redirect(`${auftragPfad(id)}?wiederholt=1`, 303);
    }
    return auftragSeite(request, reply, id, { art: 'danger', text: ergebnis.grund }, 409);
  });
}
