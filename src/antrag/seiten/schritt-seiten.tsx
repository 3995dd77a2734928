import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { seite } from '../../seite.ts';
import { sendeSeite } from '../../web/index.ts';
import { ANSICHTEN, type Anzeige } from '../ansichten/index.ts';
import { neueId } from '../antrag-repo.ts';
import { nichtGefunden } from '../buerger-zugang.tsx';
import { mitEntwurf, speichern, type EntwurfKontext } from '../entwurf-kontext.ts';
import {
  alleSchritte,
  ANTRAGSTELLER,
  auswerten,
  istErreichbar,
  NEU,
  PRUEFEN,
  schluessel,
  vorheriger,
} from '../flow.ts';
import { feldReihenfolge, rohAusFormular, sortiereFehler } from '../formular-lesen.ts';
import { ruecksprungAus, schrittUrl, weiterleiten } from '../schritt-adresse.ts';
import { haushaltPerson } from '../schritte/haushalt.ts';
import { pruefeSchritt, type Schritt } from '../schritte/schritt.ts';
import { mitVerifizierten, vorbelegung } from '../vorbelegung.ts';

// One GET and one POST per step of the wizard, all alike: the step's kind of page (ansichten/) decides what
// is shown and, for pages that are not a plain form, how a post is answered.

const params = z.object({ entwurf: z.string(), instanz: z.string().optional() });
type Params = z.infer<typeof params>;

/** Instance of a repeated step from the URL; null when it does not exist in this draft. */
export function instanzAus(
  schritt: Schritt,
  instanz: string | undefined,
  ctx: EntwurfKontext,
): string | undefined | null {
  if (!schritt.slug.includes(':instanz')) return undefined;
  if (instanz === undefined) return null;
  const personen = ctx.entwurf.inhalt.personen;
  if (schritt.id === haushaltPerson.id) return instanz === NEU || personen.includes(instanz) ? instanz : null;
  return instanz === ANTRAGSTELLER || personen.includes(instanz) ? instanz : null;
}

type SchrittAufruf = { ctx: EntwurfKontext; key: string };

/** The draft and the step instance, when it exists and is reachable; otherwise replies and returns null. */
async function schrittAufruf(
  schritt: Schritt,
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  p: Params,
): Promise<SchrittAufruf | null> {
  const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
  if (ctx === null) return null;
  const instanz = instanzAus(schritt, p.instanz, ctx);
  if (instanz === null) {
    await nichtGefunden(reply);
    return null;
  }
  const key = schluessel(schritt.id, instanz);
  if (!istErreichbar(ctx.auswertung, key)) {
    await reply.redirect(ctx.basis, 303);
    return null;
  }
  return { ctx, key };
}

/** Renders the step's page (with the input and errors of a post, if any). */
export async function zeigen(
  schritt: Schritt,
  { ctx, key }: SchrittAufruf,
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  anzeige: Anzeige = {},
) {
  const { auswertung, basis } = ctx;
  const ruecksprung = ruecksprungAus(request);
  const vorher = vorheriger(auswertung, key);
  const gemeinsam = {
    rahmen: ctx.rahmen,
    aktion: schrittUrl(basis, key),
    zurueck:
      ruecksprung === PRUEFEN ? `${basis}/pruefen` : vorher === null ? basis : schrittUrl(basis, vorher),
    uebersicht: basis,
    ruecksprung,
  };
  const darstellung = await ANSICHTEN[schritt.ansicht].zeige({ schritt, ctx, key, deps, gemeinsam, anzeige });
  if ('umleitung' in darstellung) return reply.redirect(darstellung.umleitung, 303);
  return sendeSeite(reply, darstellung, anzeige.status ?? 200);
}

/** A post of a form step: read, check, save, go on (or show the page again). */
async function formularSpeichern(
  schritt: Schritt,
  aufruf: SchrittAufruf,
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const { ctx } = aufruf;
  const body = (request.body ?? {}) as Record<string, unknown>;
  const inhalt = ctx.entwurf.inhalt;
  const v = vorbelegung(schritt, ctx.auswertung.daten, ctx.angemeldet.identitaet);
  const roh = mitVerifizierten(schritt, rohAusFormular(schritt, body, ctx.kontext), v);
  const pruefung = pruefeSchritt(schritt, roh, ctx.kontext);
  if (!pruefung.ok) {
    request.log.info({ schritt: schritt.id, felder: Object.keys(pruefung.fehler) }, 'Eingabe abgelehnt');
    const fehler = sortiereFehler(pruefung.fehler, feldReihenfolge(schritt));
    return zeigen(schritt, aufruf, deps, request, reply, { roh, fehler, status: 400 });
  }
  let key = aufruf.key;
  if (key === schluessel(haushaltPerson.id, NEU)) {
    const id = neueId();
    inhalt.personen.push(id);
    key = schluessel(haushaltPerson.id, id);
  }
  inhalt.eingaben[key] = roh;
  await speichern(deps, ctx);
  const nachSpeichern = ANSICHTEN[schritt.ansicht].nachSpeichern;
  if (nachSpeichern !== undefined) {
    const nachher = { ...ctx, auswertung: auswerten(inhalt, ctx.kontext) };
    const warnung = nachSpeichern({ ctx: nachher, body });
    if (warnung !== undefined)
      return zeigen(schritt, { ctx: nachher, key }, deps, request, reply, { roh, ...warnung });
  }
  return weiterleiten(reply, deps, ctx, key, ruecksprungAus(request));
}

function seitenDesSchritts(schritt: Schritt) {
  const pfad = `/antrag/:entwurf/${schritt.slug}`;
  return [
    seite({
      methode: 'GET',
      pfad,
      params,
      behandle: async ({ request, reply, deps, params: p }) => {
        const aufruf = await schrittAufruf(schritt, request, reply, deps, p);
        if (aufruf === null) return reply;
        return zeigen(schritt, aufruf, deps, request, reply);
      },
    }),
    seite({
      methode: 'POST',
      pfad,
      params,
      behandle: async ({ request, reply, deps, params: p }) => {
        const aufruf = await schrittAufruf(schritt, request, reply, deps, p);
        if (aufruf === null) return reply;
        const speichere = ANSICHTEN[schritt.ansicht].speichere;
        if (speichere === undefined) return formularSpeichern(schritt, aufruf, deps, request, reply);
        return speichere({
          schritt,
          ...aufruf,
          deps,
          request,
          reply,
          body: (request.body ?? {}) as Record<string, unknown>,
          ruecksprung: ruecksprungAus(request),
          zeige: (anzeige) => zeigen(schritt, aufruf, deps, request, reply, anzeige),
        });
      },
    }),
  ];
}

/** The pages of all steps. */
export const schrittSeiten = alleSchritte.flatMap(seitenDesSchritts);
