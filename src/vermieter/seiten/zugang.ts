import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { z } from 'zod';
import { antragMitId } from '../../antrag/index.ts';
import { formatDatumLang, tagInBerlin } from '../../shared/index.ts';
import { sendeSeite, seitenFuer } from '../../web/index.ts';
import { kontaktVon, offeneEinladung, VERMIETER_PFAD } from '../einladung.ts';
import type { VermieterKontext } from '../kontext.ts';
import type { EinladungZeile } from '../vermieter-tables.ts';
import type { Bezug } from './ansichten.tsx';

// What every landlord page shares: the code from the path, the one "not valid" page, the confirmation cookie
// (only for /vermieter, only for this invitation), and no caching or referrer (the code is in the URL).

export const seite = seitenFuer<VermieterKontext>();
export const codeParams = z.object({ code: z.string().max(100) });
export const pfadZu = (code: string) => `${VERMIETER_PFAD}/${code}`;

const COOKIE = 'mr_vermieter';

export function sende(reply: FastifyReply, seite: VNode, status = 200) {
  reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
  return sendeSeite(reply, seite, status);
}

export async function einladungZu(k: VermieterKontext, code: string): Promise<EinladungZeile | undefined> {
  const e = await offeneEinladung(k, code);
  return e !== undefined && e.fehlversuche < 5 ? e : undefined;
}

/** True when no e-mail is known (the code alone is the credential) or this browser confirmed the code. */
export function bestaetigt(k: VermieterKontext, request: FastifyRequest, e: EinladungZeile): boolean {
  if (kontaktVon(k, e).email === undefined) return true;
  const wert = request.cookies[COOKIE];
  if (wert === undefined) return false;
  const u = request.unsignCookie(wert);
  return u.valid && u.value === e.id;
}

export function merkeBestaetigung(k: VermieterKontext, reply: FastifyReply, e: EinladungZeile): void {
  reply.setCookie(COOKIE, e.id, {
    path: VERMIETER_PFAD,
    httpOnly: true,
    sameSite: 'strict',
    secure: k.config.baseUrl.startsWith('https://'),
    signed: true,
  });
}

export async function bezugVon(k: VermieterKontext, e: EinladungZeile): Promise<Bezug> {
  const antrag = await antragMitId(k.db, e.antrag_id);
  const eingang = antrag === undefined ? undefined : k.repo.antragDaten(antrag);
  return {
    mieter: eingang?.antragsteller ?? '',
    wohnung: eingang?.wohnungsanschrift ?? '',
    gueltigBis: formatDatumLang(tagInBerlin(e.gueltig_bis)),
  };
}

export const csrf = (reply: FastifyReply) => reply.generateCsrf();
