import type { FastifyInstance } from 'fastify';
import { registriereSeiten } from '../web/index.ts';
import type { Kontext } from './faelle.ts';
import { fallSeite } from './seiten/personal/fall.tsx';
import { antragPdfLaden, dateiLaden, nachrichtLaden } from './seiten/personal/herunterladen.ts';
import { nachforderungFormular, nachforderungSpeichern } from './seiten/personal/nachforderung.tsx';
import { posteingangListe, posteingangStart } from './seiten/personal/posteingang.tsx';
import { statusSpeichern } from './seiten/personal/status-speichern.tsx';
import {
  vermieterBriefPersonal,
  vermieterEinladenPersonal,
  vermieterWiderrufenPersonal,
} from './seiten/personal/vermieter.tsx';
import type { VermieterKontext } from '../vermieter/index.ts';

// The staff pages of the inbox under /verwaltung/posteingang, one controller each in seiten/personal/.

export function posteingangPersonalRouten(
  app: FastifyInstance,
  k: Kontext,
  vermieter: VermieterKontext,
): void {
  registriereSeiten(app, k, [
    posteingangStart,
    posteingangListe,
    fallSeite,
    statusSpeichern,
    nachforderungFormular,
    nachforderungSpeichern,
    antragPdfLaden,
    nachrichtLaden,
    dateiLaden,
  ]);
  registriereSeiten(app, { ...k, vermieter }, [
    vermieterEinladenPersonal,
    vermieterWiderrufenPersonal,
    vermieterBriefPersonal,
  ]);
}
