import { z } from 'zod';
import { listBehoerden } from '../../katalog/index.ts';
import { personalKontext } from '../../personal/index.ts';
import { sendeSeite } from '../../web/index.ts';
import { listeZustellauftraege, zaehleZustellauftraege, zustellStatus } from '../../zustellung/index.ts';
import { BETRIEB } from './betrieb-anzeige.ts';
import { betriebSeite, nurBetrieb } from './betrieb-deps.ts';
import { BetriebSeite } from './betrieb.tsx';

// The delivery status of every job, filtered by status and office.

const GRENZE = 200;

const filterQuery = z.object({
  status: z.enum(zustellStatus).optional().catch(undefined),
  behoerde: z
    .string()
    .regex(/^[0-9]{5}$/)
    .optional()
    .catch(undefined),
});

export const betriebUebersicht = betriebSeite({
  methode: 'GET',
  pfad: BETRIEB,
  query: filterQuery,
  optionen: nurBetrieb,
  behandle: async ({ request, reply, deps, query: filter }) => {
    const [zaehlung, auftraege, behoerden] = await Promise.all([
      zaehleZustellauftraege(deps.db),
      listeZustellauftraege(deps.db, {
        status: filter.status === undefined ? undefined : [filter.status],
        behoerdeAgs: filter.behoerde,
        limit: GRENZE,
      }),
      listBehoerden(deps.db),
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
  },
});
