import type { FastifyReply, FastifyRequest } from 'fastify';
import { plusTage } from '../../../fristen/index.ts';
import { tagInBerlin } from '../../../shared/index.ts';
import { personalKontext } from '../../../personal/index.ts';
import { formularwerte, sendeSeite } from '../../../web/index.ts';
import { fallAnsicht } from '../../ansicht.ts';
import {
  akteurVon,
  nachforderungAnlegen,
  unterlagenArten,
  type Akteur,
  type Fall,
  type Kontext,
} from '../../faelle.ts';
import { seite } from '../../seite.ts';
import { fallParams } from './fall.tsx';
import { NachforderungSeite, type NachforderungsFormular } from './nachforderung-ansicht.tsx';
import { BASIS, fallPfad } from './pfade.ts';
import { fallDerSeite, nurSachbearbeitung, zugriffVon } from './zugang.tsx';

/** The default deadline of a request for documents, in days from today. */
const FRIST_TAGE = 14;

async function nachforderungZeigen(
  k: Kontext,
  request: FastifyRequest,
  reply: FastifyReply,
  f: Fall,
  formular: NachforderungsFormular,
  status = 200,
) {
  const a = await fallAnsicht(k, f);
  return sendeSeite(
    reply,
    <NachforderungSeite kontext={personalKontext(request, reply)} a={a} formular={formular} />,
    status,
  );
}

/** The ticked documents: a checkbox field is sent once per ticked box. */
function angekreuzt(body: unknown): string[] {
  const wert: unknown =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>).unterlagen : undefined;
  return (Array.isArray(wert) ? wert : [wert]).filter((u): u is string => typeof u === 'string');
}

export const nachforderungFormular = seite({
  methode: 'GET',
  pfad: `${BASIS}/antrag/:nummer/nachforderung`,
  params: fallParams,
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply, deps: k, params }) => {
    const f = await fallDerSeite(k, request, reply, params.nummer);
    if (f === undefined) return reply;
    const eingang = k.repo.antragDaten(f.antrag);
    const vorgeschlagen = unterlagenArten
      .filter((u) => eingang.fehlendeNachweise.some((n) => n.bezeichnung === u.titel))
      .map((u) => u.id);
    const frist = plusTage(tagInBerlin(k.jetzt()), FRIST_TAGE);
    return nachforderungZeigen(k, request, reply, f, {
      werte: { unterlagen: vorgeschlagen, frist, hinweis: '' },
      fehler: {},
    });
  },
});

export const nachforderungSpeichern = seite({
  methode: 'POST',
  pfad: `${BASIS}/antrag/:nummer/nachforderung`,
  params: fallParams,
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply, deps: k, params }) => {
    const f = await fallDerSeite(k, request, reply, params.nummer);
    if (f === undefined) return reply;
    const w = formularwerte(request.body);
    const werte = {
      unterlagen: angekreuzt(request.body),
      frist: (w.frist ?? '').trim(),
      hinweis: w.hinweis ?? '',
    };
    const akteur = akteurVon(zugriffVon(request)) as Akteur & { art: 'personal' };
    const r = await nachforderungAnlegen(k, f, werte, akteur);
    if (!r.ok) {
      if (r.grund === 'status')
        return nachforderungZeigen(k, request, reply, f, { werte, fehler: {}, hinweis: r.meldung }, 409);
      return nachforderungZeigen(k, request, reply, f, { werte, fehler: r.fehler }, 400);
    }
    request.log.info({ vorgangsnummer: f.antrag.vorgangsnummer }, 'Unterlagen nachgefordert');
    return reply.redirect(`${fallPfad(f.antrag.vorgangsnummer)}?gespeichert=nachforderung`, 303);
  },
});
