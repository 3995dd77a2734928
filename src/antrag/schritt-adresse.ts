import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.ts';
import { kontextVon, type EntwurfKontext } from './entwurf-kontext.ts';
import { auswerten, ersterOffener, naechster, PRUEFEN, schrittMitId } from './flow.ts';
import { haushaltPerson, haushaltUebersicht } from './schritte/haushalt.ts';

// Where a step lives and where the path goes after it. A step instance is addressed by its key (`einkommen/<person>`);
// the check page is the pseudo key PRUEFEN.

/** The URL of a step instance (or the check page) in a draft. */
export function schrittUrl(basis: string, key: string): string {
  if (key === PRUEFEN) return `${basis}/pruefen`;
  const [id = '', instanz = ''] = key.split('/');
  const schritt = schrittMitId(id);
  return schritt === undefined ? basis : `${basis}/${schritt.slug.replace(':instanz', instanz)}`;
}

/** PRUEFEN when the citizen came from the check page (link `?zurueck=pruefen`, then the form's hidden field). */
export function ruecksprungAus(request: FastifyRequest): string | undefined {
  const q = request.query as Record<string, unknown>;
  const b = (request.body ?? {}) as Record<string, unknown>;
  return q.zurueck === PRUEFEN || b._zurueck === PRUEFEN ? PRUEFEN : undefined;
}

/** After saving a step: the next step, or back to the check page (via any step that became necessary). */
export async function weiterleiten(
  reply: FastifyReply,
  deps: Deps,
  ctx: EntwurfKontext,
  key: string,
  ruecksprung: string | undefined,
) {
  // The answer may have changed the responsible office: availability is looked up again.
  const nachher = auswerten(ctx.entwurf.inhalt, await kontextVon(deps, ctx.entwurf.inhalt));
  let ziel: string;
  if (key.startsWith(`${haushaltPerson.id}/`)) ziel = haushaltUebersicht.id;
  else if (ruecksprung === PRUEFEN)
    ziel = nachher.vollstaendig ? PRUEFEN : (ersterOffener(nachher) ?? PRUEFEN);
  else ziel = naechster(nachher, key);
  const query = ruecksprung === PRUEFEN && ziel !== PRUEFEN ? '?zurueck=pruefen' : '';
  return reply.redirect(`${schrittUrl(ctx.basis, ziel)}${query}`, 303);
}
