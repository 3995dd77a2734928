import type { Deps } from '../../deps.ts';
import { sendeSeite } from '../../web/index.ts';
import { leseVerbindung, standardVerbindung, type VerbindungEingabe } from '../../zustellung/index.ts';
import { paarPfad } from '../ansichten/paar-pfad.ts';
import { VerbindungFormular } from '../ansichten/verbindung.tsx';
import { type Werte } from '../ansichten/formular-seite.tsx';
import { speichereVerbindungsdaten } from '../dienst/anbindung.ts';
import { findeVerbindung } from '../repo/verbindung.ts';
import { alsEingabe, transportEingabe, transportFelder, xsozialVersionen } from '../verbindung.ts';
import { formularMitVolltext } from '../seitenhilfen/formular.ts';
import type { Kopf } from '../seitenhilfen/paar.ts';
import { paarSeite } from '../seitenhilfen/paar-seite.ts';
import { akteurVon, kontextVon } from '../seitenhilfen/zugriff.tsx';

// Technische Anbindung: transport (zustellung/) and case-management system (here), one form.

/** Certificates and keys can be longer than the form reader keeps of a field. */
const PEM_FELDER = ['clientZertifikat', 'clientSchluessel', 'caZertifikate'] as const;

async function transportBasis(
  deps: Deps,
  kopf: Kopf,
): Promise<{ basis: VerbindungEingabe; hatSchluessel: boolean }> {
  const v = await leseVerbindung(deps.datenbank.db, kopf.behoerde.ags, kopf.dienst.id);
  if (v !== undefined) return { basis: alsEingabe(v), hatSchluessel: v.hatClientSchluessel };
  const z = deps.config.zustellung;
  return {
    basis: standardVerbindung(kopf.behoerde, kopf.dienst.id, { kennung: z.autorKennung, name: z.autorName }),
    hatSchluessel: false,
  };
}

export const verbindungSeite = paarSeite({
  methode: 'GET',
  pfad: '/verbindung',
  behandle: async ({ request, reply, deps, x }) => {
    const [{ basis, hatSchluessel }, fv] = await Promise.all([
      transportBasis(deps, x.kopf),
      findeVerbindung(deps.datenbank.db, x.paar.ags, x.paar.dienstId),
    ]);
    const werte: Werte = {
      fachverfahren: fv?.fachverfahren,
      comvibilia: fv?.comvibilia === true ? 'ja' : undefined,
    };
    for (const feld of transportFelder) {
      const w = basis[feld];
      if (typeof w === 'string' && feld !== 'clientSchluessel') werte[feld] = w;
    }
    return sendeSeite(
      reply,
      <VerbindungFormular
        kontext={kontextVon(request, reply)}
        kopf={x.kopf}
        werte={werte}
        fehler={{}}
        hatSchluessel={hatSchluessel}
        versionen={xsozialVersionen}
      />,
    );
  },
});

export const verbindungSpeichernSeite = paarSeite({
  methode: 'POST',
  pfad: '/verbindung',
  behandle: async ({ request, reply, deps, x }) => {
    const f = formularMitVolltext(request.body, PEM_FELDER);
    const { basis, hatSchluessel } = await transportBasis(deps, x.kopf);
    const e = await speichereVerbindungsdaten(deps, x.paar, akteurVon(request.personal), {
      transport: transportEingabe(basis, f),
      fachverfahren: f.fachverfahren ?? '',
      comvibilia: f.comvibilia === 'ja',
    });
    if (e.ok) return reply.redirect(`${paarPfad(x.paar.ags, x.paar.dienstId)}?meldung=verbindung`, 303);
    // The private key is never sent back to the browser.
    const werte = { ...f, clientSchluessel: undefined };
    const feldfehler = e.feldfehler ?? {};
    // Errors of fields the form does not show (e.g. the author identifier) are shown above the form.
    const sichtbar = new Set<string>([...transportFelder, 'fachverfahren', 'comvibilia']);
    const uebrige = Object.entries(feldfehler)
      .filter(([feld]) => !sichtbar.has(feld))
      .map(([, m]) => m);
    return sendeSeite(
      reply,
      <VerbindungFormular
        kontext={kontextVon(request, reply)}
        kopf={x.kopf}
        werte={werte}
        fehler={Object.fromEntries(Object.entries(feldfehler).filter(([feld]) => sichtbar.has(feld)))}
        aktionsFehler={e.feldfehler === undefined ? e.fehler : uebrige}
        hatSchluessel={hatSchluessel}
        versionen={xsozialVersionen}
      />,
      e.feldfehler === undefined ? 409 : 400,
    );
  },
});
