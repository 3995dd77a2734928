import type { z } from 'zod';
import type { RouteShorthandOptions } from 'fastify';
import type { Deps } from '../../deps.ts';
import { seite } from '../../seite.ts';
import type { Methode, Seite, SeitenAufruf } from '../../web/index.ts';
import { nichtGefunden, nurKoordination } from './zugriff.tsx';
import { istId, paarAus, paarMitIdParams, paarParams, PAAR, type GeladenesPaar } from './paar.ts';

// A page of one (office, service) pair: loads the pair and checks access (and, for the Land coordination's
// steps, the role) before the handler runs, so no page of a pair can forget it.

type PaarParams = z.infer<typeof paarParams>;

export type PaarAufruf<P> = SeitenAufruf<Deps, P, Record<string, never>> & { x: GeladenesPaar };

export type PaarDefinition<P> = {
  methode: Methode;
  /** The path after /verwaltung/nachnutzung/:ags/:dienst, '' for the pair's own page. */
  pfad: string;
  /** Steps only the Land coordination takes. */
  nurKoordination?: boolean;
  optionen?: RouteShorthandOptions;
  behandle: (aufruf: PaarAufruf<P>) => Promise<unknown>;
};

function paarSeiteMit<P extends PaarParams>(
  params: z.ZodType<P>,
  pruefe: (p: P) => boolean,
  def: PaarDefinition<P>,
): Seite<Deps> {
  return seite({
    methode: def.methode,
    pfad: `${PAAR}${def.pfad}`,
    params,
    ...(def.optionen === undefined ? {} : { optionen: def.optionen }),
    behandle: async (aufruf) => {
      const { request, reply } = aufruf;
      const x = await paarAus(aufruf.deps, request, reply, aufruf.params);
      if (x === null) return reply;
      if (def.nurKoordination === true) {
        const nein = nurKoordination(request, reply);
        if (nein !== null) return nein;
      }
      if (!pruefe(aufruf.params)) return nichtGefunden(request, reply);
      return def.behandle({ ...aufruf, x });
    },
  });
}

export const paarSeite = (def: PaarDefinition<PaarParams>) => paarSeiteMit(paarParams, () => true, def);

/** A record of the pair (`:id`); an id that cannot be one answers 404. */
export const paarIdSeite = (def: PaarDefinition<PaarParams & { id: string }>) =>
  paarSeiteMit(paarMitIdParams, (p) => istId(p.id), def);
