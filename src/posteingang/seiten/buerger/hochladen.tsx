import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { formatGroesse, dateinameBereinigen } from '../../../antrag/index.ts';
import { fehler, ok, type Ergebnis } from '../../../shared/index.ts';
import { dateiHochladen, type Grenzen } from '../../nachreichung.ts';
import { beantwortenZeigen, nachforderungParams, nachforderungPfad } from './nachforderung.tsx';
import { MEINE } from './typen.ts';
import { eigeneNachforderung, nichtGefunden, seite } from './zugang.tsx';

// Uploading one file for one requested document. The file is read here, with the size limit of one file, so
// that a file too large is answered on the page with its name (the upload form carries the CSRF token in its
// URL, see unterlagen-karte.tsx).

type Abgelehnt = { text: string; status: number };

const abgelehnt = (text: string, status = 400) => fehler<Abgelehnt>({ text, status });

/** The one file of the multipart request, or the message why it could not be taken. */
export async function leseDatei(
  request: FastifyRequest,
  grenzen: Grenzen,
): Promise<Ergebnis<{ dateiname: string; inhalt: Buffer }, Abgelehnt>> {
  if (!request.isMultipart()) return abgelehnt('Wählen Sie eine Datei aus');
  let teil;
  try {
    teil = await request.file({ limits: { fileSize: grenzen.maxDatei, files: 1 } });
  } catch {
    return abgelehnt('Die Datei konnte nicht gelesen werden. Bitte versuchen Sie es noch einmal');
  }
  if (teil === undefined) return abgelehnt('Wählen Sie eine Datei aus');
  const dateiname = dateinameBereinigen(teil.filename);
  let inhalt: Buffer;
  try {
    inhalt = await teil.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      return abgelehnt(
        `Die Datei „${dateiname}“ ist zu groß. Sie darf höchstens ${formatGroesse(grenzen.maxDatei)} haben`,
        413,
      );
    return abgelehnt(
      'Die Datei konnte nicht vollständig übertragen werden. Bitte versuchen Sie es noch einmal',
    );
  }
  if (inhalt.length === 0 && teil.filename === '') return abgelehnt('Wählen Sie eine Datei aus');
  return ok({ dateiname, inhalt });
}

export const dateiHochladenSeite = seite({
  methode: 'POST',
  pfad: `${MEINE}/:nummer/nachforderungen/:nachforderung/unterlagen/:art`,
  params: nachforderungParams.extend({ art: z.string() }),
  behandle: async ({ request, reply, deps: k, params }) => {
    const r = await eigeneNachforderung(k, request, reply, params);
    if (r === null) return reply;
    const { art } = params;
    if (!r.n.unterlagen.includes(art)) return nichtGefunden(reply);
    const zeigeFehler = ({ text, status }: Abgelehnt) => {
      request.log.info({ art, status }, 'Datei abgelehnt');
      return beantwortenZeigen(k, reply, r, { fehler: { art, text }, status });
    };
    const datei = await leseDatei(request, k.grenzen);
    if (!datei.ok) return zeigeFehler(datei.fehler);
    const e = await dateiHochladen(k, r.f, r.n, { art, ...datei.wert }, k.grenzen);
    if (!e.ok) return zeigeFehler({ text: e.meldung, status: e.status });
    return reply.redirect(`${nachforderungPfad(r.antrag.vorgangsnummer, r.n.id)}?hochgeladen=${e.id}`, 303);
  },
});
