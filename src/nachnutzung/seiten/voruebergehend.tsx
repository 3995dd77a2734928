import { type FeldFehler, leseFormular, sendeSeite } from '../../web/index.ts';
import { VoruebergehendFormular } from '../ansichten/voruebergehend.tsx';
import { heute } from '../dienst/grundlagen.ts';
import { meldeVoruebergehendAb } from '../dienst/voruebergehend.ts';
import { voruebergehendSchema } from '../seitenhilfen/datum-formulare.ts';
import { nachAktion } from '../seitenhilfen/detail-zeigen.tsx';
import { paarSeite } from '../seitenhilfen/paar-seite.ts';
import { akteurVon, kontextVon } from '../seitenhilfen/zugriff.tsx';

// Scenario B: the office stops the service for a while (now or from a later day); the MiK is told.

export const voruebergehendSeite = paarSeite({
  methode: 'GET',
  pfad: '/voruebergehend',
  behandle: async ({ request, reply, deps, x }) =>
    sendeSeite(
      reply,
      <VoruebergehendFormular
        kontext={kontextVon(request, reply)}
        kopf={x.kopf}
        werte={{}}
        fehler={{}}
        heute={heute(deps)}
      />,
    ),
});

export const voruebergehendAbmeldenSeite = paarSeite({
  methode: 'POST',
  pfad: '/voruebergehend',
  behandle: async ({ request, reply, deps, x }) => {
    const tag = heute(deps);
    const { werte, ergebnis } = leseFormular(request.body, voruebergehendSchema(tag));
    const formularMit = (fehler: FeldFehler, aktionsFehler?: string[]) => (
      <VoruebergehendFormular
        kontext={kontextVon(request, reply)}
        kopf={x.kopf}
        werte={werte}
        fehler={fehler}
        aktionsFehler={aktionsFehler}
        heute={tag}
      />
    );
    if (!ergebnis.ok) return sendeSeite(reply, formularMit(ergebnis.fehler), 400);
    const e = await meldeVoruebergehendAb(deps, x.paar, akteurVon(request.personal), ergebnis.wert);
    if (!e.ok) return sendeSeite(reply, formularMit({}, e.fehler), 409);
    return nachAktion(
      deps,
      request,
      reply,
      x.kopf,
      e,
      e.wert.geplant ? 'voruebergehend_geplant' : 'voruebergehend',
    );
  },
});
