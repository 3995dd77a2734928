import { z } from 'zod';
import { findBehoerde } from '../../katalog/index.ts';
import { seite } from '../../seite.ts';
import { sendeSeite } from '../../web/index.ts';
import { repoVon } from '../buerger-zugang.tsx';
import { mitEntwurf } from '../entwurf-kontext.ts';
import { benoetigteUnterlagen, fehlendeUnterlagen } from '../flow-unterlagen.ts';
import { fristAnzeige } from '../frist.ts';
import { schrittUrl } from '../schritt-adresse.ts';
import { unterlagenArt } from '../schritte/unterlagen.ts';
import { zusammenfassen } from '../zusammenfassung.ts';
import { zustaendigesAmt } from '../zustaendigkeit.ts';
import { FristHinweis } from './frist-hinweis.tsx';
import { Pruefen } from './pruefen.tsx';

// "Prüfen Sie Ihre Angaben": every answer with a link to change it, the documents, the office.

const artTitel = (art: string) => unterlagenArt(art)?.titel ?? art;

export const pruefenSeite = seite({
  methode: 'GET',
  pfad: '/antrag/:entwurf/pruefen',
  params: z.object({ entwurf: z.string() }),
  behandle: async ({ request, reply, deps, params: p }) => {
    const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
    if (ctx === null) return reply;
    const a = ctx.auswertung;
    if (!a.vollstaendig) return reply.redirect(`${ctx.basis}/weiter`, 303);
    const dateien = await repoVon(deps).dateienVonEntwurf(ctx.entwurf.id);
    const frist = fristAnzeige(a.daten, ctx.kontext.heute);
    const ags = zustaendigesAmt(a.daten);
    return sendeSeite(
      reply,
      <Pruefen
        rahmen={ctx.rahmen}
        basis={ctx.basis}
        abschnitte={zusammenfassen(a.daten).abschnitte}
        aendern={(angabe) =>
          angabe.schritt === undefined
            ? undefined
            : `${schrittUrl(ctx.basis, angabe.schritt)}?zurueck=pruefen`
        }
        dateien={dateien}
        fehlend={fehlendeUnterlagen(benoetigteUnterlagen(a.daten), dateien)}
        titel={artTitel}
        vorher={frist === null ? undefined : <FristHinweis frist={frist} />}
        behoerde={ags === undefined ? undefined : await findBehoerde(deps.datenbank.db, ags)}
      />,
    );
  },
});
