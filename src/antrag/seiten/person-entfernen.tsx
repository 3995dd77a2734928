import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { seite } from '../../seite.ts';
import { CsrfFeld, Knopf, sendeSeite } from '../../web/index.ts';
import { nichtGefunden } from '../buerger-zugang.tsx';
import { mitEntwurf, speichern } from '../entwurf-kontext.ts';
import { istErreichbar, schluessel, type PersonDaten } from '../flow.ts';
import { schrittUrl } from '../schritt-adresse.ts';
import { haushaltPerson, haushaltUebersicht } from '../schritte/haushalt.ts';
import { AntragSeite, Ueberschrift, type Rahmen } from './bausteine.tsx';

// Removing a household member, with everything entered about them (their person step and their income).

const params = z.object({ entwurf: z.string(), instanz: z.string() });

/** The draft and the member named in the URL; otherwise replies (login, 404) and returns null. */
export async function personMitKontext(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  p: z.infer<typeof params>,
) {
  const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
  if (ctx === null) return null;
  const person = ctx.auswertung.daten.personen.find((x) => x.id === p.instanz);
  if (person === undefined || !istErreichbar(ctx.auswertung, schluessel(haushaltPerson.id, p.instanz))) {
    await nichtGefunden(reply);
    return null;
  }
  return { ctx, person };
}

const pfad = '/antrag/:entwurf/haushalt/person/:instanz/entfernen';

export const personEntfernenSeite = seite({
  methode: 'GET',
  pfad,
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const r = await personMitKontext(request, reply, deps, p);
    if (r === null) return reply;
    const { ctx, person } = r;
    return sendeSeite(
      reply,
      <PersonEntfernen
        rahmen={ctx.rahmen}
        aktion={`${ctx.basis}/haushalt/person/${person.id}/entfernen`}
        zurueck={schrittUrl(ctx.basis, haushaltUebersicht.id)}
        uebersicht={schrittUrl(ctx.basis, haushaltUebersicht.id)}
        person={person}
      />,
    );
  },
});

export const personEntferntSeite = seite({
  methode: 'POST',
  pfad,
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const r = await personMitKontext(request, reply, deps, p);
    if (r === null) return reply;
    const { ctx, person } = r;
    const inhalt = ctx.entwurf.inhalt;
    inhalt.personen = inhalt.personen.filter((id) => id !== person.id);
    const weg = new Set([schluessel(haushaltPerson.id, person.id), schluessel('einkommen', person.id)]);
    inhalt.eingaben = Object.fromEntries(Object.entries(inhalt.eingaben).filter(([key]) => !weg.has(key)));
    await speichern(deps, ctx);
    return reply.redirect(
      schrittUrl(ctx.basis, inhalt.personen.length > 0 ? haushaltUebersicht.id : 'haushalt'),
      303,
    );
  },
});

type Gemeinsam = { rahmen: Rahmen; aktion: string; zurueck: string | undefined; uebersicht: string };

export function PersonEntfernen(p: Gemeinsam & { person: PersonDaten }) {
  const name = `${p.person.vorname} ${p.person.familienname}`;
  return (
    <AntragSeite titel="Person entfernen" rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Personen im Haushalt">Möchten Sie {name} wirklich entfernen?</Ueberschrift>
      <p class="kern-body">
        Alle Angaben zu dieser Person, auch zu ihrem Einkommen, werden aus dem Antrag gelöscht.
      </p>
      <form method="post" action={p.aktion}>
        <CsrfFeld token={p.rahmen.csrf} />
        <div class="knopfleiste">
          <Knopf art="primary">Ja, {name} entfernen</Knopf>
          <a class="kern-link" href={p.uebersicht}>
            Nein, zurück
          </a>
        </div>
      </form>
    </AntragSeite>
  );
}
