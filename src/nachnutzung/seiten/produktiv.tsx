import { formatDatum } from '../../shared/index.ts';
import { leseFormular, sendeSeite } from '../../web/index.ts';
import { paarPfad } from '../ansichten/paar-pfad.ts';
import { datumsFormular } from '../seitenhilfen/datums-formular-zeigen.tsx';
import { heute } from '../dienst/grundlagen.ts';
import { setzeProduktiv } from '../dienst/produktiv.ts';
import { produktivSchema } from '../seitenhilfen/datum-formulare.ts';
import { paarSeite } from '../seitenhilfen/paar-seite.ts';
import { akteurVon } from '../seitenhilfen/zugriff.tsx';

// Go-live, by the Land coordination: today, or planned for a later day.

const produktivFormular = datumsFormular((kopf) => ({
  titel: 'Produktiv setzen',
  aktion: 'produktiv',
  einleitung: (
    <p class="kern-body">
      Ab diesem Tag nimmt der Online-Dienst Anträge für {kopf.behoerde.name} an. Liegt der Tag in der Zukunft,
      wird die Produktivsetzung an diesem Tag automatisch ausgeführt. Vorher werden die aktuellen
      Nachnutzungsbedingungen und der bestandene Verbindungstest geprüft.
    </p>
  ),
  knopf: 'Produktiv setzen',
  grund: false,
  datumLabel: 'Produktiv ab',
  datumHinweis: 'Zum Beispiel 01.03.2027',
}));

export const produktivSeite = paarSeite({
  methode: 'GET',
  pfad: '/produktiv',
  nurKoordination: true,
  behandle: async ({ request, reply, deps, x }) =>
    sendeSeite(
      reply,
      produktivFormular(request, reply, x.kopf, { werte: { datum: formatDatum(heute(deps)) }, fehler: {} }),
    ),
});

export const produktivSetzenSeite = paarSeite({
  methode: 'POST',
  pfad: '/produktiv',
  nurKoordination: true,
  behandle: async ({ request, reply, deps, x }) => {
    const { werte, ergebnis } = leseFormular(request.body, produktivSchema(heute(deps)));
    if (!ergebnis.ok)
      return sendeSeite(
        reply,
        produktivFormular(request, reply, x.kopf, { werte, fehler: ergebnis.fehler }),
        400,
      );
    const e = await setzeProduktiv(deps, x.paar, akteurVon(request.personal), ergebnis.wert);
    if (!e.ok)
      return sendeSeite(
        reply,
        produktivFormular(request, reply, x.kopf, { werte, fehler: {}, aktionsFehler: e.fehler }),
        409,
      );
    return reply.redirect(
      `${paarPfad(x.paar.ags, x.paar.dienstId)}?meldung=${e.wert.geplant ? 'produktiv_geplant' : 'produktiv'}`,
      303,
    );
  },
});
