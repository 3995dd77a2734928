import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import { sendeSeite } from '../../web/index.ts';
import { DetailSeite } from '../ansichten/detail.tsx';
import { paarPfad } from '../ansichten/paar-pfad.ts';
import type { Ergebnis } from '../dienst/grundlagen.ts';
import { ladeDetail } from './detail-laden.ts';
import { meldungAus, meldungen } from './meldungen.ts';
import type { Kopf } from './paar.ts';
import { istKoordination, kontextVon } from './zugriff.tsx';

export type DetailOptionen = { fehler?: string[]; hinweise?: string[]; status?: number; meldung?: string };

/** The detail page of a pair, with the refusal or the warnings of an action when there are some. */
export async function zeigeDetail(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  kopf: Kopf,
  opts: DetailOptionen = {},
) {
  return sendeSeite(
    reply,
    <DetailSeite
      kontext={kontextVon(request, reply)}
      d={await ladeDetail(deps, kopf)}
      koordination={istKoordination(request.personal)}
      meldung={opts.meldung ?? meldungAus(request)}
      fehler={opts.fehler}
      hinweise={opts.hinweise ?? []}
    />,
    opts.status ?? 200,
  );
}

/** After an action: redirect with a message, or show the refusal on the detail page. */
export async function nachAktion(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  kopf: Kopf,
  ergebnis: Ergebnis<unknown>,
  meldung: string,
) {
  if (!ergebnis.ok) return zeigeDetail(deps, request, reply, kopf, { fehler: ergebnis.fehler, status: 409 });
  // A mail could not be sent: show the result and the warning at once instead of redirecting.
  if (ergebnis.hinweise.length > 0)
    return zeigeDetail(deps, request, reply, kopf, {
      hinweise: ergebnis.hinweise,
      meldung: meldungen[meldung] ?? '',
    });
  return reply.redirect(`${paarPfad(kopf.behoerde.ags, kopf.dienst.id)}?meldung=${meldung}`, 303);
}
