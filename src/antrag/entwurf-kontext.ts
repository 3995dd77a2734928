import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.ts';
import { tagInBerlin } from '../shared/index.ts';
import type { Entwurf } from './antrag-repo.ts';
import { anmelden, nichtGefunden, rahmen, repoVon, type Angemeldet } from './buerger-zugang.tsx';
import { auswerten, type Auswertung, type EntwurfInhalt, type FlowKontext } from './flow.ts';
import type { Rahmen } from './seiten/bausteine.tsx';
import { flowKontext } from './zustaendigkeit.ts';

// A draft as the pages of the path see it: owned by the signed-in citizen, evaluated by the flow against
// today's routing and availability.

export type EntwurfKontext = {
  angemeldet: Angemeldet;
  entwurf: Entwurf;
  kontext: FlowKontext;
  auswertung: Auswertung;
  basis: string;
  rahmen: Rahmen;
};

/** Today's routing and availability for the draft's answers. */
export function kontextVon(deps: Deps, inhalt: EntwurfInhalt): Promise<FlowKontext> {
  return flowKontext(deps.datenbank.db, inhalt, tagInBerlin(deps.jetzt()));
}

/**
 * Signed-in citizen and their own draft, evaluated; otherwise replies (login, the receipt of a draft already
 * submitted, 404) and returns null.
 */
export async function mitEntwurf(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  id: string,
): Promise<EntwurfKontext | null> {
  const angemeldet = await anmelden(request, reply, deps);
  if (angemeldet === null) return null;
  const repo = repoVon(deps);
  const entwurf = await repo.entwurfLaden(id, angemeldet.besitzer);
  if (entwurf === undefined) {
    const nummer = await repo.antragAusEntwurf(id, angemeldet.besitzer);
    if (nummer !== undefined) await reply.redirect(`/antrag/eingang/${nummer}`, 303);
    else await nichtGefunden(reply);
    return null;
  }
  const kontext = await kontextVon(deps, entwurf.inhalt);
  return {
    angemeldet,
    entwurf,
    kontext,
    auswertung: auswerten(entwurf.inhalt, kontext),
    basis: `/antrag/${entwurf.id}`,
    rahmen: rahmen(angemeldet, reply),
  };
}

/** Stores the draft's answers; saving moves the deletion date. */
export async function speichern(deps: Deps, ctx: EntwurfKontext): Promise<void> {
  await repoVon(deps).entwurfSpeichern(
    ctx.entwurf.id,
    ctx.angemeldet.besitzer,
    ctx.entwurf.inhalt,
    deps.jetzt(),
  );
}
