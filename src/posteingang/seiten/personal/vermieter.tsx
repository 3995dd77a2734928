import { z } from 'zod';
import {
  briefVon,
  einladungenZu,
  vermieterEinladen,
  widerrufen,
  type VermieterKontext,
} from '../../../vermieter/index.ts';
import { seitenFuer } from '../../../web/index.ts';
import { akteurVon, type Kontext } from '../../faelle.ts';
import { sendeDatei } from '../../herunterladen.ts';
import { fallParams, fallZeigen } from './fall.tsx';
import { BASIS, fallPfad } from './pfade.ts';
import { fallDerSeite, nichtGefunden, nurSachbearbeitung, zugriffVon } from './zugang.tsx';

// The office invites the landlord of a case, revokes an open invitation and prints the letter
// (vermieter/ does the work; these pages only check the staff member may see the case).

export type VermieterSeitenKontext = Kontext & { vermieter: VermieterKontext };
const seite = seitenFuer<VermieterSeitenKontext>();
const einladungParams = fallParams.extend({ einladung: z.string().max(40) });

export const vermieterEinladenPersonal = seite({
  methode: 'POST',
  pfad: `${BASIS}/antrag/:nummer/vermieter-einladen`,
  params: fallParams,
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply, deps: k, params }) => {
    const f = await fallDerSeite(k, request, reply, params.nummer);
    if (f === undefined) return reply;
    const akteur = akteurVon(zugriffVon(request));
    const neu = await vermieterEinladen(k.vermieter, f.antrag, { art: 'personal', name: akteur.name });
    return fallZeigen(k, request, reply, f, {
      erfolg: neu.mailGesendet
        ? 'Der Vermieter ist eingeladen; die E-Mail mit dem Link ist verschickt. Den Brief finden Sie unter „Vermieter“.'
        : 'Der Vermieter ist eingeladen. Es ist keine E-Mail-Adresse bekannt: Bitte schicken Sie den Brief unter „Vermieter“.',
    });
  },
});

export const vermieterWiderrufenPersonal = seite({
  methode: 'POST',
  pfad: `${BASIS}/antrag/:nummer/vermieter/:einladung/widerrufen`,
  params: einladungParams,
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply, deps: k, params }) => {
    const f = await fallDerSeite(k, request, reply, params.nummer);
    if (f === undefined) return reply;
    if (!(await widerrufen(k.vermieter, f.antrag.id, params.einladung))) return nichtGefunden(request, reply);
    return reply.redirect(`${fallPfad(params.nummer)}#vermieter`, 303);
  },
});

export const vermieterBriefPersonal = seite({
  methode: 'GET',
  pfad: `${BASIS}/antrag/:nummer/vermieter/:einladung/brief.pdf`,
  params: einladungParams,
  optionen: nurSachbearbeitung,
  behandle: async ({ request, reply, deps: k, params }) => {
    const f = await fallDerSeite(k, request, reply, params.nummer);
    if (f === undefined) return reply;
    const e = (await einladungenZu(k, f.antrag.id)).find((x) => x.id === params.einladung);
    const pdf = e === undefined ? undefined : briefVon(k.vermieter, e);
    if (pdf === undefined) return nichtGefunden(request, reply);
    return sendeDatei(reply, pdf, 'application/pdf', `Vermieter-${params.nummer}.pdf`);
  },
});
