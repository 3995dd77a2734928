import type { FastifyReply, FastifyRequest } from 'fastify';
import { personalKontext, requirePersonal } from '../../../personal/index.ts';
import { sendeSeite } from '../../../web/index.ts';
import { fallLaden, type Fall, type Kontext, type Zugriff } from '../../faelle.ts';
import { FallNichtGefunden } from './meldungen.tsx';

// Only Sachbearbeitung, only cases of the offices the account is bound to: every page loads its case through
// fallLaden(…, zugriff), which answers "not found" for a case of another office, exactly as for one that does
// not exist.

/** The route options of every staff page of the inbox. */
export const nurSachbearbeitung = { preHandler: requirePersonal({ rollen: ['sachbearbeitung'] }) };

export const zugriffVon = (request: FastifyRequest): Zugriff => ({
  art: 'personal',
  personal: request.personal,
});

export function nichtGefunden(request: FastifyRequest, reply: FastifyReply) {
  return sendeSeite(reply, <FallNichtGefunden kontext={personalKontext(request, reply)} />, 404);
}

/** The case `nummer` if this account may see it; otherwise answers 404 and returns undefined. */
export async function fallDerSeite(
  k: Kontext,
  request: FastifyRequest,
  reply: FastifyReply,
  nummer: string,
): Promise<Fall | undefined> {
  const f = await fallLaden(k, nummer, zugriffVon(request));
  if (f === undefined) await nichtGefunden(request, reply);
  return f;
}
