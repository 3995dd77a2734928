import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { metriken } from '../../metriken.ts';
import type { Deps } from '../../deps.ts';
import { findBehoerde } from '../../katalog/index.ts';
import { seite } from '../../seite.ts';
import { formularwerte, sendeSeite } from '../../web/index.ts';
import { nichtGefunden, repoVon } from '../buerger-zugang.tsx';
import { einreichen, type EinreichenErgebnis } from '../einreichen.ts';
import { mitEntwurf, speichern, type EntwurfKontext } from '../entwurf-kontext.ts';
import { feldReihenfolge, rohAusFormular, sortiereFehler } from '../formular-lesen.ts';
import { nachrichtFehlerText } from '../nachricht-fehler-text.ts';
import { dokumentePdf } from '../pdf.ts';
import { erklaerungen as erklaerungenSchritt } from '../schritte/erklaerungen.ts';
import type { RohEingabe } from '../schritte/felder.ts';
import { pruefeSchritt } from '../schritte/schritt.ts';
import { zustaendigesAmt } from '../zustaendigkeit.ts';
import { Erklaerungen } from './pruefen.tsx';

// The declarations and "Antrag absenden": the last page of the path. Submitting is one transaction
// (einreichen.ts); this page only tells the citizen what came of it.

type Anzeige = { roh?: RohEingabe; fehler?: Record<string, string>; status?: number; hinweis?: string };

export async function erklaerungenZeigen(
  ctx: EntwurfKontext,
  deps: Deps,
  reply: FastifyReply,
  anzeige: Anzeige = {},
) {
  const a = ctx.auswertung;
  const ags = zustaendigesAmt(a.daten);
  return sendeSeite(
    reply,
    <Erklaerungen
      rahmen={ctx.rahmen}
      basis={ctx.basis}
      schritt={erklaerungenSchritt}
      roh={anzeige.roh ?? ctx.entwurf.inhalt.eingaben[erklaerungenSchritt.id] ?? {}}
      fehler={anzeige.fehler ?? {}}
      absendeSchluessel={ctx.entwurf.absendeSchluessel}
      behoerde={ags === undefined ? undefined : await findBehoerde(deps.datenbank.db, ags)}
      mitEnergie={a.daten.energie?.vorhanden === true}
      mitKlage={
        a.daten.raeumungsklage?.status === 'zugestellt' || a.daten.raeumungsklage?.status === 'eingereicht'
      }
      hinweis={anzeige.hinweis}
    />,
    anzeige.status ?? 200,
  );
}

const params = z.object({ entwurf: z.string() });
const pfad = '/antrag/:entwurf/erklaerungen';

export const erklaerungenSeite = seite({
  methode: 'GET',
  pfad,
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
    if (ctx === null) return reply;
    if (!ctx.auswertung.vollstaendig) return reply.redirect(`${ctx.basis}/weiter`, 303);
    return erklaerungenZeigen(ctx, deps, reply);
  },
});

export const absendenSeite = seite({
  methode: 'POST',
  pfad,
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
    if (ctx === null) return reply;
    if (!ctx.auswertung.vollstaendig) return reply.redirect(`${ctx.basis}/weiter`, 303);
    const roh = rohAusFormular(erklaerungenSchritt, request.body, ctx.kontext);
    ctx.entwurf.inhalt.eingaben[erklaerungenSchritt.id] = roh;
    await speichern(deps, ctx);
    const pruefung = pruefeSchritt(erklaerungenSchritt, roh, ctx.kontext);
    if (!pruefung.ok) {
      const fehler = sortiereFehler(pruefung.fehler, feldReihenfolge(erklaerungenSchritt));
      return erklaerungenZeigen(ctx, deps, reply, { roh, fehler, status: 400 });
    }
    const ergebnis = await einreichen({
      db: deps.datenbank.db,
      repo: repoVon(deps),
      jetzt: deps.jetzt,
      pdf: dokumentePdf,
      autor: { kennung: deps.config.zustellung.autorKennung, name: deps.config.zustellung.autorName },
      schluessel: deps.secrets.dataKey,
      entwurfId: ctx.entwurf.id,
      besitzer: ctx.angemeldet.besitzer,
      absendeSchluessel: formularwerte(request.body)._schluessel ?? '',
      erklaerungen: pruefung.daten,
      identitaet: ctx.angemeldet.identitaet,
      kontext: ctx.kontext,
    });
    return nachEinreichen(ergebnis, { ctx, deps, request, reply, roh });
  },
});

/** Where submitting led: the receipt, back to the path, or the declarations again with what went wrong. */
function nachEinreichen(
  ergebnis: EinreichenErgebnis,
  a: { ctx: EntwurfKontext; deps: Deps; request: FastifyRequest; reply: FastifyReply; roh: RohEingabe },
) {
  const { ctx, deps, request, reply, roh } = a;
  const nochmal = (status: number, hinweis: string) =>
    erklaerungenZeigen(ctx, deps, reply, { roh, status, hinweis });
  switch (ergebnis.art) {
    case 'eingereicht':
      metriken.antraegeEingereicht.inc();
      request.log.info({ vorgangsnummer: ergebnis.vorgangsnummer }, 'Antrag eingereicht');
      return reply.redirect(`/antrag/eingang/${ergebnis.vorgangsnummer}`, 303);
    case 'schon-eingereicht':
      return reply.redirect(`/antrag/eingang/${ergebnis.vorgangsnummer}`, 303);
    case 'unvollstaendig':
      return reply.redirect(`${ctx.basis}/weiter`, 303);
    case 'veraltet':
      return nochmal(
        409,
        'Das Formular war nicht mehr aktuell. Bitte prüfen Sie Ihre Erklärungen und senden Sie noch einmal ab.',
      );
    case 'nachricht-ungueltig':
      request.log.warn(
        { felder: ergebnis.fehler.map((f) => f.feld) },
        'Antrag nicht eingereicht: Nachricht ungültig',
      );
      return nochmal(
        422,
        `Ihr Antrag konnte nicht elektronisch übermittelt werden, weil eine Angabe nicht übertragen werden kann (${ergebnis.fehler
          .map(nachrichtFehlerText)
          .join(
            '; ',
          )}). Bitte korrigieren Sie diese Angabe und senden Sie noch einmal ab. Ihre Eingaben bleiben gespeichert.`,
      );
    case 'keine-verbindung':
      request.log.error('Antrag nicht eingereicht: keine Zustellverbindung für das Amt');
      return nochmal(
        503,
        'Ihr Antrag kann gerade nicht an das zuständige Amt übermittelt werden. Ihre Eingaben bleiben gespeichert. Bitte versuchen Sie es später noch einmal oder wenden Sie sich direkt an das Amt.',
      );
    case 'nicht-gefunden':
      return nichtGefunden(reply);
  }
}
