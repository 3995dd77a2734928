import { akteurVon, protokolliere } from '../faelle.ts';
import { sendeDatei } from '../herunterladen.ts';
import { fallEndpunkt } from './endpunkt.ts';
import { fallParams, nichtAngemeldet, nichtGefunden } from './gemeinsam.ts';
import { problem } from './problem.ts';

export const antragPdf = fallEndpunkt({
  methode: 'GET',
  pfad: '/antraege/:vorgangsnummer/antrag.pdf',
  operationId: 'antragPdf',
  zusammenfassung: 'Das Antrags-PDF',
  params: fallParams,
  antworten: {
    200: { beschreibung: 'PDF', datei: ['application/pdf'] },
    401: nichtAngemeldet,
    404: nichtGefunden,
  },
  behandle: async ({ reply, k, zugriff, fall }) => {
    const pdf = k.repo.antragPdf(fall.antrag);
    if (pdf === null) return problem(reply, 404, 'Kein PDF', 'Zu diesem Antrag ist kein PDF gespeichert.');
    await protokolliere(k.db, fall.antrag, 'pdf_abgerufen', akteurVon(zugriff), k.jetzt());
    return sendeDatei(reply, pdf, 'application/pdf', `Antrag-${fall.antrag.vorgangsnummer}.pdf`);
  },
});
