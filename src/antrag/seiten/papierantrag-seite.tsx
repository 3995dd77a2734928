import { z } from 'zod';
import { renderPapierantragPdf } from '../../dokumente/index.ts';
import { findBehoerde } from '../../katalog/index.ts';
import { seite } from '../../seite.ts';
import { kontaktVon } from '../../zustaendigkeit/index.ts';
import { JOBCENTER_HINWEIS } from '../eingang.ts';
import { mitEntwurf } from '../entwurf-kontext.ts';
import { ANTRAGSTELLER, personName } from '../flow.ts';
import { benoetigteUnterlagen } from '../flow-unterlagen.ts';
import { schonfristAus, schonfristHinweiseFuerAmt } from '../frist.ts';
import { zusammenfassen } from '../zusammenfassung.ts';
import { vorabFuer } from './zustaendigkeit-seite.tsx';

// "Angaben als PDF herunterladen" on the written way: the answers entered so far, rendered by the same
// renderer as Antrag.pdf but marked as a paper application, to print, sign and send. Nothing is stored.

const params = z.object({ entwurf: z.string() });

export const papierantragSeite = seite({
  methode: 'GET',
  pfad: '/antrag/:entwurf/angaben.pdf',
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
    if (ctx === null) return reply;
    const { pruefung } = await vorabFuer(ctx, deps.datenbank.db, deps.jetzt());
    // Without a responsible office there is nobody to address the form to: find it first.
    if (pruefung.art !== 'amt') return reply.redirect(`${ctx.basis}/zustaendigkeit`, 303);
    const behoerde = await findBehoerde(deps.datenbank.db, pruefung.verfuegbarkeit.kontakt.ags);
    if (behoerde === undefined) return reply.redirect(`${ctx.basis}/zustaendigkeit`, 303);
    const { ags: _ags, ...anschrift } = kontaktVon(behoerde);
    const d = ctx.auswertung.daten;
    const pdf = await renderPapierantragPdf({
      erstelltAm: deps.jetzt(),
      behoerde: anschrift,
      antragsteller: personName(d, ANTRAGSTELLER),
      schonfrist: schonfristAus(d),
      zusammenfassung: zusammenfassen(d),
      beilagen: benoetigteUnterlagen(d).map((b) => ({ bezeichnung: b.titel, hinweis: b.hinweis })),
      hinweise: [
        ...(d.buergergeld?.bezieht === true ? [JOBCENTER_HINWEIS] : []),
        ...schonfristHinweiseFuerAmt(d),
      ],
    });
    return reply
      .type('application/pdf')
      .header('content-disposition', 'attachment; filename="Antrag-Mietrueckstaende-schriftlich.pdf"')
      .header('cache-control', 'no-store')
      .send(pdf);
  },
});
