import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/index.ts';
import { apiSchluesselPruefen, type ApiSchluessel } from '../api-schluessel.ts';
import { fallLaden, type Fall, type Kontext, type Zugriff } from '../faelle.ts';
import { problem } from './problem.ts';

// Who calls the API: an office, identified by its API key (Authorization: Bearer mrk_…). No cookies, so no CSRF.

declare module 'fastify' {
  interface FastifyRequest {
    /** The API key of the request. Set by the API guard; read only on /api/v1 routes. */
    apiSchluessel: ApiSchluessel | null;
  }
}

/** The guard of every API route except the document: a valid API key of an office, else 401. */
export function schluesselPruefen(db: Db, jetzt: () => Date) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const kopf = request.headers.authorization;
    const m = typeof kopf === 'string' ? /^Bearer\s+(\S+)$/i.exec(kopf) : null;
    const schluessel = m?.[1] === undefined ? undefined : await apiSchluesselPruefen(db, m[1], jetzt());
    if (schluessel === undefined) {
      request.log.info({ mitKopf: kopf !== undefined }, 'API-Anfrage ohne gültigen Schlüssel');
      void reply.header('www-authenticate', 'Bearer realm="mietrueckstaende"');
      return problem(
        reply,
        401,
        'Nicht angemeldet',
        'Senden Sie den API-Schlüssel Ihres Sozialamts als „Authorization: Bearer <Schlüssel>“.',
      );
    }
    request.apiSchluessel = schluessel;
    return undefined;
  };
}

/** How an API caller appears to the case functions: as the key of one office. */
export type ApiZugriff = Extract<Zugriff, { art: 'api' }>;

export function zugriffVon(request: FastifyRequest): ApiZugriff {
  const s = request.apiSchluessel;
  if (s === null) throw new Error('API-Route ohne Schlüsselprüfung');
  return { art: 'api', ags: s.behoerdeAgs, schluesselId: s.id, bezeichnung: s.bezeichnung };
}

/** The case, if it belongs to the key's office; otherwise answers 404 and returns undefined. */
export async function fallDesSchluessels(
  k: Kontext,
  request: FastifyRequest,
  reply: FastifyReply,
  vorgangsnummer: string,
): Promise<Fall | undefined> {
  const f = await fallLaden(k, vorgangsnummer, zugriffVon(request));
  if (f === undefined)
    await problem(
      reply,
      404,
      'Antrag nicht gefunden',
      'Diesen Antrag gibt es nicht, oder er gehört nicht zu Ihrem Sozialamt.',
    );
  return f;
}
