import { z } from 'zod';
import { tagInBerlin } from '../../../shared/index.ts';
import { sendeSeite } from '../../../web/index.ts';
import { antraegeVonBesitzer } from '../../antrag-zugriff.ts';
import { sendeDatei } from '../../herunterladen.ts';
import { stand } from './stand.ts';
import { AntragStandSeite, MeineAntraegeSeite } from './stand-ansicht.tsx';
import { MEINE } from './typen.ts';
import { anmelden, eigenerAntrag, nichtGefunden, rahmen, seite } from './zugang.tsx';

const antragParams = z.object({ nummer: z.string() });

/** All applications of the signed-in citizen with their status. */
export const meineAntraege = seite({
  methode: 'GET',
  pfad: MEINE,
  behandle: async ({ request, reply, deps: k }) => {
    const angemeldet = await anmelden(k, request, reply);
    if (angemeldet === null) return reply;
    const antraege = await antraegeVonBesitzer(k.db, angemeldet.besitzer);
    return sendeSeite(
      reply,
      <MeineAntraegeSeite
        rahmen={rahmen(angemeldet, reply)}
        antraege={await Promise.all(antraege.map((a) => stand(k, a)))}
      />,
    );
  },
});

export const antragStand = seite({
  methode: 'GET',
  pfad: `${MEINE}/:nummer`,
  params: antragParams,
  behandle: async ({ request, reply, deps: k, params }) => {
    const e = await eigenerAntrag(k, request, reply, params.nummer);
    if (e === null) return reply;
    return sendeSeite(
      reply,
      <AntragStandSeite
        rahmen={rahmen(e.angemeldet, reply)}
        a={await stand(k, e.antrag)}
        frist={undefined}
        heute={tagInBerlin(k.jetzt())}
      />,
    );
  },
});

export const antragPdfFuerBuerger = seite({
  methode: 'GET',
  pfad: `${MEINE}/:nummer/antrag.pdf`,
  params: antragParams,
  behandle: async ({ request, reply, deps: k, params }) => {
    const e = await eigenerAntrag(k, request, reply, params.nummer);
    if (e === null) return reply;
    const pdf = k.repo.antragPdf(e.antrag);
    if (pdf === null) return nichtGefunden(reply);
    return sendeDatei(reply, pdf, 'application/pdf', `Antrag-${e.antrag.vorgangsnummer}.pdf`);
  },
});
