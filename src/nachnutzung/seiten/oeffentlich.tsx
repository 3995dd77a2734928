import { z } from 'zod';
import { findBehoerde, listDienste } from '../../katalog/index.ts';
import { seite } from '../../seite.ts';
import { sendeSeite } from '../../web/index.ts';
import { BehoerdeOeffentlich } from '../ansichten/oeffentlich.tsx';
import { heute } from '../dienst/grundlagen.ts';
import { onlineVerfuegbarkeit } from '../repo/verfuegbarkeit.ts';

/** Public: the office's page with the state of each service and the notice of a temporary stop. */
export const behoerdeOeffentlichSeite = seite({
  methode: 'GET',
  pfad: '/behoerden/:ags',
  params: z.object({ ags: z.string().regex(/^\d{5}$/) }),
  behandle: async ({ reply, deps, params: { ags } }) => {
    const db = deps.datenbank.db;
    const behoerde = await findBehoerde(db, ags);
    if (behoerde === undefined) {
      reply.callNotFound();
      return reply;
    }
    const tag = heute(deps);
    const dienste = (await listDienste(db)).filter((d) => d.im_rollout_mv);
    const liste = await Promise.all(
      dienste.map(async (d) => ({
        id: d.id,
        name: d.name,
        link: d.eigene_antragsstrecke ? '/antrag' : d.externer_link,
        verfuegbarkeit: await onlineVerfuegbarkeit(db, ags, d.id, tag),
      })),
    );
    return sendeSeite(reply, <BehoerdeOeffentlich behoerde={behoerde} dienste={liste} />);
  },
});
