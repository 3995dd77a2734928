import { findBehoerde } from '../../katalog/index.ts';
import type { Zustaendigkeit } from '../../zustaendigkeit/index.ts';
import { sozialamtFelder } from '../schritte/sozialamt.ts';
import type { Schritt } from '../schritte/schritt.ts';
import { SchrittSeite } from '../seiten/schritt-seite.tsx';
import { bereich } from './formular.tsx';
import type { SchrittAnsicht } from './ansicht.ts';

// "Wo liegt die Wohnung?": the form depends on routing: the Kreis, the municipality of an ambiguous postal
// code, or nothing to choose (then the office found is named).

export const sozialamtAnsicht: SchrittAnsicht = {
  zeige: async ({ schritt, ctx, key, deps, gemeinsam, anzeige }) => {
    const z = ctx.kontext.zustaendigkeit;
    const amt = z?.art === 'eindeutig' ? await findBehoerde(deps.datenbank.db, z.behoerdeAgs) : undefined;
    const einleitung = sozialamtEinleitung(z, amt?.name);
    const form: Schritt = {
      ...schritt,
      felder: sozialamtFelder(z),
      ...(einleitung !== undefined ? { einleitung } : {}),
    };
    return (
      <SchrittSeite
        {...gemeinsam}
        schritt={form}
        titel={z?.art === 'eindeutig' ? 'Zuständiges Sozialamt' : schritt.titel}
        bereich={bereich(schritt)}
        roh={anzeige.roh ?? ctx.entwurf.inhalt.eingaben[key] ?? {}}
        fehler={anzeige.fehler ?? {}}
        verifiziert={{}}
      />
    );
  },
};

/** The text above the step "Wo liegt die Wohnung?" for a routing result, if there is one to say. */
export function sozialamtEinleitung(
  z: Zustaendigkeit | undefined,
  amt: string | undefined,
): string | undefined {
  if (z?.art === 'eindeutig') {
    return `Ihre Wohnung liegt in ${z.plz} ${z.gemeinde.name}. Dafür ist das Sozialamt von ${amt ?? 'Ihrem Landkreis oder Ihrer kreisfreien Stadt'} zuständig. Sie müssen nichts auswählen.`;
  }
  if (z?.art === 'unbekannt') {
    return `Zur Postleitzahl ${z.plz} kennen wir keinen Ort. Prüfen Sie die Postleitzahl der Wohnung. Wenn sie stimmt, wählen Sie hier den Landkreis oder die kreisfreie Stadt, in dem oder in der die Wohnung liegt.`;
  }
  return undefined;
}
