import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import { formatDatum } from '../../shared/index.ts';
import { leseFormular, sendeSeite } from '../../web/index.ts';
import { paarPfad } from '../ansichten/paar-pfad.ts';
import {
  InteressenbekundungFormular,
  InteressenbekundungTextSeite,
} from '../ansichten/interessenbekundung.tsx';
import { type Werte } from '../ansichten/formular-seite.tsx';
import { heute } from '../dienst/grundlagen.ts';
import { erfasseInteressenbekundung, sendeInteressenbekundung } from '../dienst/interessenbekundung.ts';
import { listeInteressenbekundungen } from '../repo/unterlagen.ts';
import { interessenbekundungSchema } from '../seitenhilfen/interessenbekundung-formular.ts';
import { meldungAus } from '../seitenhilfen/meldungen.ts';
import type { GeladenesPaar } from '../seitenhilfen/paar.ts';
import { paarIdSeite, paarSeite } from '../seitenhilfen/paar-seite.ts';
import { akteurVon, kontextVon, nichtGefunden } from '../seitenhilfen/zugriff.tsx';

// The declaration of interest: the form (filled with the last one), its e-mail text and sending it to eGo MV.

export const interessenbekundungSeite = paarSeite({
  methode: 'GET',
  pfad: '/interessenbekundung',
  behandle: async ({ request, reply, deps, x }) => {
    const [letzte] = await listeInteressenbekundungen(deps.datenbank.db, x.paar.ags, x.paar.dienstId);
    const werte: Werte =
      letzte === undefined
        ? {}
        : {
            startDatum: formatDatum(letzte.start_datum),
            kontaktName: letzte.kontakt_name,
            kontaktEmail: letzte.kontakt_email ?? undefined,
            kontaktTelefon: letzte.kontakt_telefon ?? undefined,
            signatur: letzte.signatur,
          };
    return sendeSeite(
      reply,
      <InteressenbekundungFormular
        kontext={kontextVon(request, reply)}
        kopf={x.kopf}
        werte={werte}
        fehler={{}}
      />,
    );
  },
});

export const interessenbekundungErfassenSeite = paarSeite({
  methode: 'POST',
  pfad: '/interessenbekundung',
  behandle: async ({ request, reply, deps, x }) => {
    const { werte, ergebnis } = leseFormular(request.body, interessenbekundungSchema(heute(deps)));
    if (!ergebnis.ok)
      return sendeSeite(
        reply,
        <InteressenbekundungFormular
          kontext={kontextVon(request, reply)}
          kopf={x.kopf}
          werte={werte}
          fehler={ergebnis.fehler}
        />,
        400,
      );
    const e = await erfasseInteressenbekundung(deps, x.paar, akteurVon(request.personal), ergebnis.wert);
    if (!e.ok)
      return sendeSeite(
        reply,
        <InteressenbekundungFormular
          kontext={kontextVon(request, reply)}
          kopf={x.kopf}
          werte={werte}
          fehler={{}}
          aktionsFehler={e.fehler}
        />,
        409,
      );
    return reply.redirect(`${paarPfad(x.paar.ags, x.paar.dienstId)}/interessenbekundung/${e.wert.id}`, 303);
  },
});

async function zeigeBekundung(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  x: GeladenesPaar,
  id: string,
  opts: { fehler?: string; status?: number } = {},
) {
  const bekundung = (await listeInteressenbekundungen(deps.datenbank.db, x.paar.ags, x.paar.dienstId)).find(
    (b) => b.id === id,
  );
  if (bekundung === undefined) return nichtGefunden(request, reply);
  return sendeSeite(
    reply,
    <InteressenbekundungTextSeite
      kontext={kontextVon(request, reply)}
      kopf={x.kopf}
      bekundung={bekundung}
      an={deps.config.koordinierendeStelleEmail}
      meldung={meldungAus(request)}
      fehler={opts.fehler}
    />,
    opts.status ?? 200,
  );
}

export const interessenbekundungTextSeite = paarIdSeite({
  methode: 'GET',
  pfad: '/interessenbekundung/:id',
  behandle: async ({ request, reply, deps, x, params }) => zeigeBekundung(deps, request, reply, x, params.id),
});

export const interessenbekundungSendenSeite = paarIdSeite({
  methode: 'POST',
  pfad: '/interessenbekundung/:id/senden',
  behandle: async ({ request, reply, deps, x, params }) => {
    const e = await sendeInteressenbekundung(deps, x.paar, params.id, akteurVon(request.personal));
    if (!e.ok)
      return zeigeBekundung(deps, request, reply, x, params.id, { fehler: e.fehler.join(' '), status: 502 });
    return reply.redirect(
      `${paarPfad(x.paar.ags, x.paar.dienstId)}/interessenbekundung/${params.id}?meldung=gesendet`,
      303,
    );
  },
});
