import type { FastifyInstance } from 'fastify';
import { registriereSeiten } from '../web/index.ts';
import type { Kontext } from './faelle.ts';
import type { Grenzen } from './nachreichung.ts';
import { dateiHochladenSeite } from './seiten/buerger/hochladen.tsx';
import { antragPdfFuerBuerger, antragStand, meineAntraege } from './seiten/buerger/meine-antraege.tsx';
import {
  dateiEntfernenSeite,
  nachforderungBeantworten,
  nachreichungAbsendenSeite,
  unterlagenJederzeitSeite,
} from './seiten/buerger/nachforderung.tsx';

// The citizen's status pages under /meine-antraege, one controller each in seiten/buerger/.

export function posteingangBuergerRouten(app: FastifyInstance, k: Kontext, grenzen: Grenzen): void {
  registriereSeiten(app, { ...k, grenzen }, [
    meineAntraege,
    antragStand,
    antragPdfFuerBuerger,
    nachforderungBeantworten,
    dateiHochladenSeite,
    dateiEntfernenSeite,
    nachreichungAbsendenSeite,
    unterlagenJederzeitSeite,
  ]);
}
