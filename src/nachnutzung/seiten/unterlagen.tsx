import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import {
  type FeldFehler,
  hochgeladeneDatei,
  leseFormular,
  leseMultipart,
  sendeSeite,
} from '../../web/index.ts';
import { paarPfad } from '../ansichten/paar-pfad.ts';
import { UnterlagenSeite } from '../ansichten/unterlagen.tsx';
import { type Werte } from '../ansichten/formular-seite.tsx';
import { VerwaltungsLayout } from '../ansichten/verwaltung-layout.tsx';
import { aktuellerZustand } from '../dienst/uebergang.ts';
import { bestaetigeEmpfang, fuegeUnterlageHinzu, stelleUnterlagenBereit } from '../dienst/unterlagen.ts';
import { findeUnterlage, listeUnterlagen } from '../repo/unterlagen.ts';
import { sendeDatei } from '../seitenhilfen/datei-senden.ts';
import { nachAktion } from '../seitenhilfen/detail-zeigen.tsx';
import { volltext } from '../seitenhilfen/formular.ts';
import { meldungAus } from '../seitenhilfen/meldungen.ts';
import type { GeladenesPaar } from '../seitenhilfen/paar.ts';
import { paarIdSeite, paarSeite } from '../seitenhilfen/paar-seite.ts';
import { unterlagenSchema } from '../seitenhilfen/unterlagen-formular.ts';
import { akteurVon, istKoordination, kontextVon, nichtGefunden } from '../seitenhilfen/zugriff.tsx';

// The confirmation and the connection documents: eGo MV adds and provides them, the office confirms receipt.

type Optionen = { werte?: Werte; fehler?: FeldFehler; aktionsFehler?: string[]; status?: number };

async function zeigeUnterlagen(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  x: GeladenesPaar,
  opts: Optionen = {},
) {
  const [unterlagen, zustand] = await Promise.all([
    listeUnterlagen(deps.datenbank.db, x.paar.ags, x.paar.dienstId),
    aktuellerZustand(deps.datenbank.db, x.paar),
  ]);
  return sendeSeite(
    reply,
    <UnterlagenSeite
      kontext={kontextVon(request, reply)}
      kopf={x.kopf}
      unterlagen={unterlagen}
      koordination={istKoordination(request.personal)}
      zustand={zustand}
      werte={opts.werte ?? {}}
      fehler={opts.fehler ?? {}}
      meldung={meldungAus(request)}
      aktionsFehler={opts.aktionsFehler}
    />,
    opts.status ?? 200,
  );
}

const unterlagenPfad = (x: GeladenesPaar) => `${paarPfad(x.paar.ags, x.paar.dienstId)}/unterlagen`;

export const unterlagenSeite = paarSeite({
  methode: 'GET',
  pfad: '/unterlagen',
  behandle: async ({ request, reply, deps, x }) => zeigeUnterlagen(deps, request, reply, x),
});

export const unterlageHinzufuegenSeite = paarSeite({
  methode: 'POST',
  pfad: '/unterlagen',
  nurKoordination: true,
  optionen: { preValidation: leseMultipart },
  behandle: async ({ request, reply, deps, x }) => {
    const text = volltext(request.body, 'text');
    const schema = unterlagenSchema(text, hochgeladeneDatei(request));
    const { werte: gelesen, ergebnis } = leseFormular(request.body, schema);
    const werte = { ...gelesen, text };
    if (!ergebnis.ok)
      return zeigeUnterlagen(deps, request, reply, x, { werte, fehler: ergebnis.fehler, status: 400 });
    const e = await fuegeUnterlageHinzu(deps, x.paar, akteurVon(request.personal), ergebnis.wert);
    if (!e.ok)
      return zeigeUnterlagen(deps, request, reply, x, { werte, aktionsFehler: e.fehler, status: 409 });
    return reply.redirect(`${unterlagenPfad(x)}?meldung=unterlage`, 303);
  },
});

export const unterlagenBereitstellenSeite = paarSeite({
  methode: 'POST',
  pfad: '/unterlagen/bereitstellen',
  nurKoordination: true,
  behandle: async ({ request, reply, deps, x }) => {
    const e = await stelleUnterlagenBereit(deps, x.paar, akteurVon(request.personal));
    if (!e.ok) return zeigeUnterlagen(deps, request, reply, x, { aktionsFehler: e.fehler, status: 409 });
    return nachAktion(deps, request, reply, x.kopf, e, 'bereitgestellt');
  },
});

export const unterlageSeite = paarIdSeite({
  methode: 'GET',
  pfad: '/unterlagen/:id',
  behandle: async ({ request, reply, deps, x, params }) => {
    const u = await findeUnterlage(deps.datenbank.db, x.paar.ags, x.paar.dienstId, params.id);
    if (u === undefined) return nichtGefunden(request, reply);
    if (u.datei !== null) return sendeDatei(reply, u.datei, u.dateiname ?? 'unterlage', u.dateityp);
    if (u.url !== null) return reply.redirect(u.url, 303);
    return sendeSeite(
      reply,
      <VerwaltungsLayout titel={u.titel} kontext={kontextVon(request, reply)}>
        <h1 class="kern-heading-large">{u.titel}</h1>
        <pre class="text kern-body">{u.text ?? ''}</pre>
        <p class="kern-body">
          <a class="kern-link" href={unterlagenPfad(x)}>
            Zurück zu den Unterlagen
          </a>
        </p>
      </VerwaltungsLayout>,
    );
  },
});

export const empfangBestaetigenSeite = paarIdSeite({
  methode: 'POST',
  pfad: '/unterlagen/:id/empfang',
  behandle: async ({ request, reply, deps, x, params }) => {
    const e = await bestaetigeEmpfang(deps, x.paar, params.id, akteurVon(request.personal));
    if (!e.ok) return zeigeUnterlagen(deps, request, reply, x, { aktionsFehler: e.fehler, status: 409 });
    return reply.redirect(`${unterlagenPfad(x)}?meldung=empfang`, 303);
  },
});
