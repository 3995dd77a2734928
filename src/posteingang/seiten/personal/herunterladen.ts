import { z } from 'zod';
import { nachrichtXml } from '../../antrag-zugriff.ts';
import { dateiDesFalls } from '../../datei-des-falls.ts';
import { akteurVon, nachforderungenVon, protokolliere } from '../../faelle.ts';
import { sendeDatei } from '../../herunterladen.ts';
import { seite } from '../../seite.ts';
import { BASIS } from './pfade.ts';
import { fallDerSeite, nichtGefunden, nurSachbearbeitung, zugriffVon } from './zugang.tsx';

// The downloads of the case page: the application PDF, an xSozial message, an attachment. Each is logged.

export const antragPdfLaden = seite({
  methode: 'GET',
  pfad: `${BASIS}/antrag/:nummer/antrag.pdf`,
  params: z.object({ nummer: z.string() }),
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply, deps: k, params }) => {
    const f = await fallDerSeite(k, request, reply, params.nummer);
    if (f === undefined) return reply;
    const pdf = k.repo.antragPdf(f.antrag);
    if (pdf === null) return nichtGefunden(request, reply);
    await protokolliere(k.db, f.antrag, 'pdf_abgerufen', akteurVon(zugriffVon(request)), k.jetzt());
    return sendeDatei(reply, pdf, 'application/pdf', `Antrag-${f.antrag.vorgangsnummer}.pdf`);
  },
});

export const nachrichtLaden = seite({
  methode: 'GET',
  pfad: `${BASIS}/antrag/:nummer/nachrichten/:nachricht`,
  params: z.object({ nummer: z.string(), nachricht: z.string() }),
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply, deps: k, params: { nummer, nachricht } }) => {
    const f = await fallDerSeite(k, request, reply, nummer);
    if (f === undefined) return reply;
    const ids = (await nachforderungenVon(k.db, f.antrag.id)).map((n) => n.id);
    const xml = await nachrichtXml(k.db, k.schluessel, f.antrag, ids, nachricht);
    if (xml === undefined) return nichtGefunden(request, reply);
    await protokolliere(k.db, f.antrag, 'nachricht_abgerufen', akteurVon(zugriffVon(request)), k.jetzt(), {
      nachricht,
    });
    const name = `xSozial-${f.antrag.vorgangsnummer}-${nachricht}.xml`;
    return sendeDatei(reply, xml, 'application/xml; charset=utf-8', name);
  },
});

export const dateiLaden = seite({
  methode: 'GET',
  pfad: `${BASIS}/antrag/:nummer/dateien/:datei`,
  params: z.object({ nummer: z.string(), datei: z.string() }),
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply, deps: k, params: { nummer, datei } }) => {
    const f = await fallDerSeite(k, request, reply, nummer);
    if (f === undefined) return reply;
    const d = await dateiDesFalls(k, f, datei);
    if (d === undefined) return nichtGefunden(request, reply);
    await protokolliere(k.db, f.antrag, 'anlage_abgerufen', akteurVon(zugriffVon(request)), k.jetzt(), {
      datei,
      art: d.art,
    });
    return sendeDatei(reply, d.inhalt, d.mime, d.dateiname);
  },
});
