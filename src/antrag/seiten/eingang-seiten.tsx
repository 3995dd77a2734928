import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { dringlichkeit } from '../../fristen/index.ts';
import { fristInWorten, tagInBerlin } from '../../shared/index.ts';
import { findBehoerde } from '../../katalog/index.ts';
import { seite } from '../../seite.ts';
import { sendeSeite } from '../../web/index.ts';
import { zustellstatus } from '../../zustellung/index.ts';
import { anmelden, nichtGefunden, rahmen, repoVon } from '../buerger-zugang.tsx';
import { eingangsbestaetigungPdfEingabe } from '../eingang.ts';
import type { FristAnzeige } from '../frist.ts';
import { dokumentePdf } from '../pdf.ts';
import { Eingangsbestaetigung } from './eingang.tsx';

// The receipt of a submitted application and its two PDFs, for the citizen who submitted it.

const params = z.object({ nummer: z.string() });

/** The signed-in citizen's application with this number; otherwise replies (login, 404) and returns null. */
export async function eingangLaden(request: FastifyRequest, reply: FastifyReply, deps: Deps, nummer: string) {
  const angemeldet = await anmelden(request, reply, deps);
  if (angemeldet === null) return null;
  const repo = repoVon(deps);
  const zeile = await repo.antragMitNummer(nummer, angemeldet.besitzer);
  if (zeile === undefined) {
    await nichtGefunden(reply);
    return null;
  }
  const eingang = repo.antragDaten(zeile);
  const behoerde = await findBehoerde(deps.datenbank.db, zeile.behoerde_ags);
  const schonfrist =
    zeile.schonfrist_ende === null
      ? null
      : { ende: zeile.schonfrist_ende, vorlaeufig: zeile.schonfrist_vorlaeufig };
  return { angemeldet, zeile, eingang, behoerde, schonfrist };
}

export const eingangSeite = seite({
  methode: 'GET',
  pfad: '/antrag/eingang/:nummer',
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const e = await eingangLaden(request, reply, deps, p.nummer);
    if (e === null) return reply;
    const heute = tagInBerlin(deps.jetzt());
    const frist: FristAnzeige | null =
      e.schonfrist === null
        ? null
        : {
            ...e.schonfrist,
            dringlichkeit: dringlichkeit(e.schonfrist.ende, heute),
            inWorten: fristInWorten(e.schonfrist.ende, heute),
          };
    const basis = `/antrag/eingang/${e.zeile.vorgangsnummer}`;
    return sendeSeite(
      reply,
      <Eingangsbestaetigung
        rahmen={rahmen(e.angemeldet, reply)}
        eingang={e.eingang}
        vorgangsnummer={e.zeile.vorgangsnummer}
        eingereichtAm={e.zeile.eingereicht_am}
        behoerde={e.behoerde}
        frist={frist}
        jobcenter={e.zeile.jobcenter_hinweis}
        zustellung={(await zustellstatus(deps.datenbank.db, e.zeile.id))?.text}
        pdfLinks={{
          bestaetigung: `${basis}/eingangsbestaetigung.pdf`,
          ...(e.zeile.antrag_pdf !== null ? { antrag: `${basis}/antrag.pdf` } : {}),
        }}
      />,
    );
  },
});

export const eingangsbestaetigungPdfSeite = seite({
  methode: 'GET',
  pfad: '/antrag/eingang/:nummer/eingangsbestaetigung.pdf',
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const e = await eingangLaden(request, reply, deps, p.nummer);
    if (e === null) return reply;
    if (e.behoerde === undefined) return nichtGefunden(reply);
    const bestaetigung = await dokumentePdf.eingangsbestaetigung(
      eingangsbestaetigungPdfEingabe(e.eingang, {
        vorgangsnummer: e.zeile.vorgangsnummer,
        eingereichtAm: e.zeile.eingereicht_am,
        behoerde: e.behoerde,
        schonfrist: e.schonfrist,
      }),
    );
    return pdfSenden(reply, bestaetigung, `Eingangsbestaetigung-${e.zeile.vorgangsnummer}.pdf`);
  },
});

export const antragPdfSeite = seite({
  methode: 'GET',
  pfad: '/antrag/eingang/:nummer/antrag.pdf',
  params,
  behandle: async ({ request, reply, deps, params: p }) => {
    const e = await eingangLaden(request, reply, deps, p.nummer);
    if (e === null) return reply;
    const antragPdf = repoVon(deps).antragPdf(e.zeile);
    if (antragPdf === null) return nichtGefunden(reply);
    return pdfSenden(reply, antragPdf, `Antrag-${e.zeile.vorgangsnummer}.pdf`);
  },
});

function pdfSenden(reply: FastifyReply, pdf: Buffer, dateiname: string) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${dateiname}"`)
    .header('cache-control', 'no-store')
    .send(pdf);
}
