import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { findBehoerde, findDienst, type Behoerde } from '../../katalog/index.ts';
import { darfNachnutzungSehen } from '../../personal/index.ts';
import type { Paar } from '../dienst/grundlagen.ts';
import { BASIS, nichtGefunden, verweigern } from './zugriff.tsx';

// The pages of one (office, service) pair: the URL names both; unknown ones answer this part's 404 page,
// another office's staff its 403 page.

export const PAAR = `${BASIS}/:ags/:dienst`;

/** Checked in `paarAus`, so a malformed value gets the part's own 404 page like an unknown one. */
export const paarParams = z.object({ ags: z.string(), dienst: z.string() });
export const paarMitIdParams = paarParams.extend({ id: z.string() });

export type Kopf = { behoerde: Behoerde; dienst: { id: string; name: string } };
export type GeladenesPaar = { kopf: Kopf; paar: Paar };

export const istId = (id: string): boolean => /^\d{1,18}$/.test(id);

/** Loads office and service of the URL and checks access; answers 404/403 itself and returns null then. */
export async function paarAus(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  params: { ags: string; dienst: string },
): Promise<GeladenesPaar | null> {
  const db = deps.datenbank.db;
  const { ags, dienst } = params;
  const [behoerde, d] = await Promise.all([
    /^\d{5}$/.test(ags) ? findBehoerde(db, ags) : undefined,
    /^[a-z0-9-]{1,80}$/.test(dienst) ? findDienst(db, dienst) : undefined,
  ]);
  if (behoerde === undefined || d === undefined || !d.im_rollout_mv) {
    await nichtGefunden(request, reply);
    return null;
  }
  if (!darfNachnutzungSehen(request.personal, ags)) {
    await verweigern(request, reply);
    return null;
  }
  return { kopf: { behoerde, dienst: { id: d.id, name: d.name } }, paar: { ags, dienstId: d.id } };
}
