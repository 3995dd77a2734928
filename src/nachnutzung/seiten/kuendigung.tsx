import { formatDatum } from '../../shared/index.ts';
import { leseFormular, sendeSeite } from '../../web/index.ts';
import { datumsFormular } from '../seitenhilfen/datums-formular-zeigen.tsx';
import { heute } from '../dienst/grundlagen.ts';
import { kuendige } from '../dienst/kuendigung.ts';
import { kuendigungSchema } from '../seitenhilfen/datum-formulare.ts';
import { nachAktion } from '../seitenhilfen/detail-zeigen.tsx';
import { paarSeite } from '../seitenhilfen/paar-seite.ts';
import { akteurVon } from '../seitenhilfen/zugriff.tsx';

// Scenario A: the office terminates the re-use; it takes effect 3 months after the MiK received it.

const kuendigungFormular = datumsFormular((kopf) => ({
  titel: 'Dauerhaft abmelden (Kündigung)',
  aktion: 'kuendigung',
  einleitung: (
    <>
      <p class="kern-body">
        Szenario A: Die Kündigung wird beim MiK angekündigt. Es gilt eine Frist von 3 Monaten zum Monatsende,
        gerechnet ab dem Eingang beim MiK. Ab dem Wirksamkeitsdatum nimmt der Online-Dienst für{' '}
        {kopf.behoerde.name} keine neuen Anträge mehr an; Bürgerinnen und Bürger sehen dann den schriftlichen
        Antragsweg. Die technische Entkopplung stimmen Sie mit dem MiK und dem Themenfeldführer (TFF) ab.
      </p>
      <p class="kern-body">
        Beispiel: Eingang am 15.01. – wirksam zum 30.04.; Eingang am 01.02. – wirksam zum 31.05.
      </p>
    </>
  ),
  knopf: 'Kündigung ankündigen',
  grund: true,
  datumLabel: 'Eingang der Kündigung beim MiK am',
  datumHinweis: 'Heute, wenn die Kündigung jetzt an den MiK geht. Zum Beispiel 15.01.2027',
}));

export const kuendigungSeite = paarSeite({
  methode: 'GET',
  pfad: '/kuendigung',
  behandle: async ({ request, reply, deps, x }) =>
    sendeSeite(
      reply,
      kuendigungFormular(request, reply, x.kopf, { werte: { datum: formatDatum(heute(deps)) }, fehler: {} }),
    ),
});

export const kuendigenSeite = paarSeite({
  methode: 'POST',
  pfad: '/kuendigung',
  behandle: async ({ request, reply, deps, x }) => {
    const { werte, ergebnis } = leseFormular(request.body, kuendigungSchema(heute(deps)));
    if (!ergebnis.ok)
      return sendeSeite(
        reply,
        kuendigungFormular(request, reply, x.kopf, { werte, fehler: ergebnis.fehler }),
        400,
      );
    const e = await kuendige(deps, x.paar, akteurVon(request.personal), ergebnis.wert);
    if (!e.ok)
      return sendeSeite(
        reply,
        kuendigungFormular(request, reply, x.kopf, { werte, fehler: {}, aktionsFehler: e.fehler }),
        409,
      );
    return nachAktion(deps, request, reply, x.kopf, e, 'gekuendigt');
  },
});
