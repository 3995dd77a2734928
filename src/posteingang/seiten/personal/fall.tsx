import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { personalKontext } from '../../../personal/index.ts';
import { sendeSeite } from '../../../web/index.ts';
import { fallAnsicht } from '../../ansicht.ts';
import { akteurVon, protokolliere, type Fall, type Kontext } from '../../faelle.ts';
import { seite } from '../../seite.ts';
import { FallSeite } from './fall-ansicht.tsx';
import { BASIS } from './pfade.ts';
import type { StatusFormular } from './status-formular.tsx';
import { fallDerSeite, nurSachbearbeitung, zugriffVon } from './zugang.tsx';

export const fallParams = z.object({ nummer: z.string() });

/** The message after a redirect from a saved form (?gespeichert=…). */
const erfolgsmeldungen = new Map([
  ['status', 'Der Status wurde gespeichert.'],
  ['nachforderung', 'Die Unterlagen wurden nachgefordert.'],
]);

/** Shows the case page, with the status form as given (values and messages after a refused change). */
export async function fallZeigen(
  k: Kontext,
  request: FastifyRequest,
  reply: FastifyReply,
  f: Fall,
  o: { formular?: StatusFormular; status?: number; erfolg?: string | undefined } = {},
) {
  const a = await fallAnsicht(k, f);
  return sendeSeite(
    reply,
    <FallSeite
      kontext={personalKontext(request, reply)}
      a={a}
      formular={o.formular ?? { werte: {}, fehler: {} }}
      erfolg={o.erfolg}
    />,
    o.status ?? 200,
  );
}

export const fallSeite = seite({
  methode: 'GET',
  pfad: `${BASIS}/antrag/:nummer`,
  params: fallParams,
  query: z.object({ gespeichert: z.string().optional().catch(undefined) }),
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply, deps: k, params, query }) => {
    const f = await fallDerSeite(k, request, reply, params.nummer);
    if (f === undefined) return reply;
    await protokolliere(k.db, f.antrag, 'geoeffnet', akteurVon(zugriffVon(request)), k.jetzt());
    const erfolg = query.gespeichert === undefined ? undefined : erfolgsmeldungen.get(query.gespeichert);
    return fallZeigen(k, request, reply, f, { erfolg });
  },
});
