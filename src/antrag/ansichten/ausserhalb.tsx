import { AusserhalbMv, type Zustaendigkeit } from '../../zustaendigkeit/index.ts';
import { nichtGefunden } from '../buerger-zugang.tsx';
import { ausserhalbErgebnis } from '../schritte/sozialamt.ts';
import { AntragSeite, Ueberschrift } from '../seiten/bausteine.tsx';
import type { Gemeinsam, SchrittAnsicht } from './ansicht.ts';

// A dead end without a form: the flat lies outside M-V.

export const ausserhalbAnsicht: SchrittAnsicht = {
  zeige: ({ ctx, gemeinsam }) => (
    <AusserhalbMvSeite
      {...gemeinsam}
      ergebnis={ausserhalbErgebnis(ctx.auswertung.daten['wohnung-sozialamt'], ctx.kontext.zustaendigkeit)}
    />
  ),
  speichere: ({ reply }) => nichtGefunden(reply),
};

/** Terminal page when the flat lies outside M-V: where to apply instead. The draft is kept. */
export function AusserhalbMvSeite(
  p: Gemeinsam & { ergebnis: Extract<Zustaendigkeit, { art: 'ausserhalb_mv' }> | undefined },
) {
  const titel = 'Dieser Online-Antrag gilt nur in Mecklenburg-Vorpommern';
  return (
    <AntragSeite titel={titel} rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Wohnung">{titel}</Ueberschrift>
      {p.ergebnis !== undefined ? (
        <AusserhalbMv ergebnis={p.ergebnis} />
      ) : (
        <p class="kern-body">Ihre Wohnung liegt nach unseren Daten nicht in Mecklenburg-Vorpommern.</p>
      )}
      <p class="kern-body">
        Ihre bisherigen Angaben bleiben gespeichert. Liegt die Wohnung doch in Mecklenburg-Vorpommern?{' '}
        <a class="kern-link" href={p.zurueck ?? p.uebersicht}>
          Angabe ändern
        </a>
      </p>
    </AntragSeite>
  );
}
