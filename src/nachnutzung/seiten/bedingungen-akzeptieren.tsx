import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import { type FeldFehler, formularwerte, sendeSeite } from '../../web/index.ts';
import { paarPfad } from '../ansichten/paar-pfad.ts';
import { BedingungenAkzeptierenSeite } from '../ansichten/bedingungen-akzeptieren.tsx';
import { akzeptiereBedingungen } from '../dienst/bedingungen.ts';
import { aktuellerZustand } from '../dienst/uebergang.ts';
import { aktuelleBedingungenVersion, findeBedingungen, listeAkzeptanzen } from '../repo/bedingungen.ts';
import type { GeladenesPaar } from '../seitenhilfen/paar.ts';
import { paarSeite } from '../seitenhilfen/paar-seite.ts';
import { akteurVon, kontextVon } from '../seitenhilfen/zugriff.tsx';

// The office accepts the current version of the terms of re-use.

async function zeigeBedingungen(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  x: GeladenesPaar,
  fehler: FeldFehler = {},
  status = 200,
) {
  const db = deps.datenbank.db;
  const version = await aktuelleBedingungenVersion(db);
  const [bedingung, akzeptanzen, zustand] = await Promise.all([
    version === null ? undefined : findeBedingungen(db, version),
    listeAkzeptanzen(db, x.paar.ags, x.paar.dienstId),
    aktuellerZustand(db, x.paar),
  ]);
  return sendeSeite(
    reply,
    <BedingungenAkzeptierenSeite
      kontext={kontextVon(request, reply)}
      kopf={x.kopf}
      bedingung={bedingung}
      akzeptanzen={akzeptanzen}
      fehler={fehler}
      zustand={zustand}
    />,
    status,
  );
}

export const bedingungenAkzeptierenSeite = paarSeite({
  methode: 'GET',
  pfad: '/bedingungen',
  behandle: async ({ request, reply, deps, x }) => zeigeBedingungen(deps, request, reply, x),
});

export const bedingungenAkzeptiertSeite = paarSeite({
  methode: 'POST',
  pfad: '/bedingungen',
  behandle: async ({ request, reply, deps, x }) => {
    const f = formularwerte(request.body);
    if (f.akzeptiert !== 'ja')
      return zeigeBedingungen(
        deps,
        request,
        reply,
        x,
        { akzeptiert: 'Bitte bestätigen Sie, dass Sie die Nachnutzungsbedingungen akzeptieren.' },
        400,
      );
    const version = Number(f.version);
    const e = await akzeptiereBedingungen(
      deps,
      x.paar,
      akteurVon(request.personal),
      Number.isInteger(version) ? version : -1,
    );
    if (!e.ok) return zeigeBedingungen(deps, request, reply, x, { akzeptiert: e.fehler.join(' ') }, 409);
    return reply.redirect(`${paarPfad(x.paar.ags, x.paar.dienstId)}?meldung=akzeptiert`, 303);
  },
});
