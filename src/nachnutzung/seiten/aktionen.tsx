import type { Deps } from '../../deps.ts';
import { type Seite, formularwerte } from '../../web/index.ts';
import { fuehreVerbindungstestAus, haltTestFest, schliesseAnbindungAb } from '../dienst/anbindung.ts';
import type { Akteur, Ergebnis, Paar } from '../dienst/grundlagen.ts';
import { bestaetigeEingangInteressenbekundung } from '../dienst/interessenbekundung.ts';
import { setzeEntkopplungspunkt } from '../dienst/kuendigung.ts';
import { nimmWiederAuf } from '../dienst/voruebergehend.ts';
import { entkopplungsPunkte } from '../texte.ts';
import { nachAktion, zeigeDetail } from '../seitenhilfen/detail-zeigen.tsx';
import { paarSeite } from '../seitenhilfen/paar-seite.ts';
import { akteurVon } from '../seitenhilfen/zugriff.tsx';

// The steps of a pair that are one button on its detail page: run the step, then back to the page with a
// message (or the refusal).

type Knopfaktion<T> = {
  pfad: string;
  nurKoordination?: boolean;
  fuehreAus: (deps: Deps, paar: Paar, akteur: Akteur) => Promise<Ergebnis<T>>;
  /** The key of the message after the step (meldungen.ts). */
  meldung: (e: Ergebnis<T>) => string;
};

function knopfaktion<T>(a: Knopfaktion<T>): Seite<Deps> {
  return paarSeite({
    methode: 'POST',
    pfad: a.pfad,
    ...(a.nurKoordination === undefined ? {} : { nurKoordination: a.nurKoordination }),
    behandle: async ({ request, reply, deps, x }) => {
      const e = await a.fuehreAus(deps, x.paar, akteurVon(request.personal));
      return nachAktion(deps, request, reply, x.kopf, e, a.meldung(e));
    },
  });
}

export const knopfaktionen: readonly Seite<Deps>[] = [
  knopfaktion({
    pfad: '/eingang-bestaetigen',
    nurKoordination: true,
    fuehreAus: bestaetigeEingangInteressenbekundung,
    meldung: () => 'eingang',
  }),
  knopfaktion({
    pfad: '/verbindungstest',
    fuehreAus: fuehreVerbindungstestAus,
    meldung: (e) => (e.ok && e.wert.bestanden ? 'test_bestanden' : 'test_fehlgeschlagen'),
  }),
  knopfaktion({
    pfad: '/technisch-angebunden',
    fuehreAus: schliesseAnbindungAb,
    meldung: () => 'angebunden',
  }),
  knopfaktion({ pfad: '/test-erfolgreich', fuehreAus: haltTestFest, meldung: () => 'test_erfolgreich' }),
  knopfaktion({
    pfad: '/wiederaufnahme',
    fuehreAus: (deps, paar, akteur) => nimmWiederAuf(deps, paar, akteur),
    meldung: (e) => (e.ok && e.wert.von === 'produktiv' ? 'zurueckgenommen' : 'wiederaufgenommen'),
  }),
];

/** One point of the decoupling checklist after a termination, ticked or unticked. */
export const entkopplungSeite = paarSeite({
  methode: 'POST',
  pfad: '/entkopplung',
  behandle: async ({ request, reply, deps, x }) => {
    const f = formularwerte(request.body);
    const punkt = entkopplungsPunkte.find((p) => p.id === f.punkt)?.id;
    if (punkt === undefined || (f.erledigt !== 'ja' && f.erledigt !== 'nein'))
      return zeigeDetail(deps, request, reply, x.kopf, {
        fehler: ['Unbekannter Punkt der Checkliste.'],
        status: 400,
      });
    const e = await setzeEntkopplungspunkt(
      deps,
      x.paar,
      akteurVon(request.personal),
      punkt,
      f.erledigt === 'ja',
    );
    return nachAktion(deps, request, reply, x.kopf, e, 'entkopplung');
  },
});
