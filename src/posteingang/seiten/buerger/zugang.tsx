import type { FastifyReply, FastifyRequest } from 'fastify';
import { anmeldeZiel, type AntragZeile, type Rahmen } from '../../../antrag/index.ts';
import type { BuergerIdentitaet, BuergerSitzung } from '../../../bundid/index.ts';
import { sendeSeite, seitenFuer, Fehlerseite } from '../../../web/index.ts';
import { antragMitNummer } from '../../antrag-zugriff.ts';
import { fallZuAntrag, istId, nachforderungenVon, type Fall, type Kontext } from '../../faelle.ts';
import type { Grenzen } from '../../nachreichung.ts';
import type { NachforderungZeile } from '../../posteingang-tables.ts';
import { MEINE } from './typen.ts';

// The citizen's pages are behind the BundID login (the same citizen session as the wizard; the owner key is the
// wizard's HMAC of the BundID pseudonym). A citizen only ever reaches their own applications: every lookup is
// by transaction number AND owner.

export type BuergerKontext = Kontext & { grenzen: Grenzen };

/** Declares a page controller of the citizen's pages. */
export const seite = seitenFuer<BuergerKontext>();

export type Angemeldet = { identitaet: BuergerIdentitaet; besitzer: string; ablauf: Date; jetzt: Date };

/** The signed-in citizen, or a redirect to the BundID login that returns here. */
export async function anmelden(
  k: Kontext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Angemeldet | null> {
  const sitzung = await request.server.sitzungen.lesen<BuergerSitzung>(request, 'buerger');
  if (sitzung === null) {
    const pfad = request.method === 'GET' ? (request.url.split('?')[0] ?? MEINE) : MEINE;
    await reply.redirect(anmeldeZiel(request, pfad), 303);
    return null;
  }
  const identitaet = sitzung.daten.identitaet;
  return {
    identitaet,
    besitzer: k.repo.besitzerVon(identitaet.pseudonym),
    ablauf: sitzung.ablauf,
    jetzt: k.jetzt(),
  };
}

export function rahmen(a: Angemeldet, reply: FastifyReply): Rahmen {
  const name = [a.identitaet.vorname, a.identitaet.familienname].filter((x) => x !== undefined).join(' ');
  return {
    name: name === '' ? 'BundID-Konto' : name,
    csrf: reply.generateCsrf(),
    sitzungsende: a.ablauf,
    restSekunden: Math.max(0, Math.round((a.ablauf.getTime() - a.jetzt.getTime()) / 1000)),
    pfad: reply.request.method === 'GET' ? (reply.request.url.split('?')[0] ?? MEINE) : MEINE,
  };
}

export function nichtGefunden(reply: FastifyReply) {
  return sendeSeite(
    reply,
    <Fehlerseite
      titel="Antrag nicht gefunden"
      text="Diesen Antrag gibt es nicht, oder er gehört zu einem anderen BundID-Konto. Ihre eigenen Anträge finden Sie unter „Ihre Anträge und ihr Stand“."
    />,
    404,
  );
}

export type EigenerAntrag = { angemeldet: Angemeldet; antrag: AntragZeile };

/** The citizen's own application `nummer` (by number AND owner), or a login redirect or a 404 page and null. */
export async function eigenerAntrag(
  k: Kontext,
  request: FastifyRequest,
  reply: FastifyReply,
  nummer: string,
): Promise<EigenerAntrag | null> {
  const angemeldet = await anmelden(k, request, reply);
  if (angemeldet === null) return null;
  const antrag = await antragMitNummer(k.db, nummer);
  if (antrag === undefined || antrag.besitzer !== angemeldet.besitzer) {
    await nichtGefunden(reply);
    return null;
  }
  return { angemeldet, antrag };
}

export type EigeneNachforderung = EigenerAntrag & { n: NachforderungZeile; f: Fall };

/** A request for documents of the citizen's own application, or null after answering as eigenerAntrag. */
export async function eigeneNachforderung(
  k: Kontext,
  request: FastifyRequest,
  reply: FastifyReply,
  params: { nummer: string; nachforderung: string },
): Promise<EigeneNachforderung | null> {
  const e = await eigenerAntrag(k, request, reply, params.nummer);
  if (e === null) return null;
  const n = istId(params.nachforderung)
    ? (await nachforderungenVon(k.db, e.antrag.id)).find((x) => x.id === params.nachforderung)
    : undefined;
  if (n === undefined) {
    await nichtGefunden(reply);
    return null;
  }
  return { ...e, n, f: await fallZuAntrag(k, e.antrag) };
}
