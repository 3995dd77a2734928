import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { findBehoerde, listBehoerden } from '../../katalog/index.ts';
import { darfNachnutzungSehen } from '../../personal/index.ts';
import { seite } from '../../seite.ts';
import { type FeldFehler, formularwerte, leseFormular, sendeSeite } from '../../web/index.ts';
import { KontakteSeite, type KontaktFormWerte } from '../ansichten/kontakte.tsx';
import { legeKontaktAn, loescheKontakt } from '../dienst/kontakte.ts';
import { alleKontakte, findeKontakt } from '../repo/kontakte.ts';
import { kontaktSchema } from '../seitenhilfen/kontakt-formular.ts';
import { meldungAus } from '../seitenhilfen/meldungen.ts';
import {
  akteurVon,
  BASIS,
  hatIrgendeinenZugriff,
  istKoordination,
  kontextVon,
  nichtGefunden,
  verweigern,
} from '../seitenhilfen/zugriff.tsx';

// Contacts of the Land and of the offices; each user sees and edits those of the offices they may see.

async function zeigeKontakte(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  opts: { werte?: KontaktFormWerte; fehler?: FeldFehler; status?: number } = {},
) {
  const db = deps.datenbank.db;
  const behoerden = (await listBehoerden(db)).filter((b) => darfNachnutzungSehen(request.personal, b.ags));
  const sichtbar = new Set(behoerden.map((b) => b.ags));
  const kontakte = (await alleKontakte(db)).filter(
    (k) => k.behoerde_ags === null || sichtbar.has(k.behoerde_ags),
  );
  return sendeSeite(
    reply,
    <KontakteSeite
      kontext={kontextVon(request, reply)}
      kontakte={kontakte}
      behoerden={behoerden}
      koordination={istKoordination(request.personal)}
      werte={opts.werte ?? {}}
      fehler={opts.fehler ?? {}}
      meldung={meldungAus(request)}
    />,
    opts.status ?? 200,
  );
}

export const kontakteSeite = seite({
  methode: 'GET',
  pfad: `${BASIS}/kontakte`,
  behandle: async ({ request, reply, deps }) => {
    if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
    return zeigeKontakte(deps, request, reply);
  },
});

export const kontaktAnlegenSeite = seite({
  methode: 'POST',
  pfad: `${BASIS}/kontakte`,
  behandle: async ({ request, reply, deps }) => {
    if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
    const gewaehlt = (formularwerte(request.body).behoerde ?? '').trim();
    const ags = gewaehlt === '' ? null : gewaehlt;
    if (ags !== null && !/^\d{5}$/.test(ags)) return nichtGefunden(request, reply);
    if (ags !== null && (await findBehoerde(deps.datenbank.db, ags)) === undefined)
      return nichtGefunden(request, reply);
    if (ags !== null && !darfNachnutzungSehen(request.personal, ags)) return verweigern(request, reply);
    const { werte, ergebnis } = leseFormular(
      request.body,
      kontaktSchema(ags, istKoordination(request.personal)),
    );
    if (!ergebnis.ok)
      return zeigeKontakte(deps, request, reply, { werte, fehler: ergebnis.fehler, status: 400 });
    await legeKontaktAn(deps, akteurVon(request.personal), ergebnis.wert);
    return reply.redirect(`${BASIS}/kontakte?meldung=kontakt`, 303);
  },
});

export const kontaktLoeschenSeite = seite({
  methode: 'POST',
  pfad: `${BASIS}/kontakte/:id/loeschen`,
  params: z.object({ id: z.string() }),
  behandle: async ({ request, reply, deps, params }) => {
    const k = /^\d{1,18}$/.test(params.id) ? await findeKontakt(deps.datenbank.db, params.id) : undefined;
    if (k === undefined) return nichtGefunden(request, reply);
    const darf =
      k.behoerde_ags === null
        ? istKoordination(request.personal)
        : darfNachnutzungSehen(request.personal, k.behoerde_ags);
    if (!darf) return verweigern(request, reply);
    await loescheKontakt(deps, akteurVon(request.personal), k.id);
    return reply.redirect(`${BASIS}/kontakte?meldung=kontakt_entfernt`, 303);
  },
});
