import { ABSCHNITTE, NEU, personName, type AntragDaten } from '../flow.ts';
import { haushaltPerson } from '../schritte/haushalt.ts';
import type { Schritt } from '../schritte/schritt.ts';
import { SchrittSeite } from '../seiten/schritt-seite.tsx';
import { vorbelegung } from '../vorbelegung.ts';
import type { SchrittAnsicht } from './ansicht.ts';

// The page of a form step: its fields, pre-filled from the stored input or from the BundID identity.

/** The section title shown above a step's heading. */
export const bereich = (s: Schritt) => ABSCHNITTE.find((a) => a.id === s.abschnitt)?.titel ?? '';

/** The heading: the step's title, for a repeated step with the person it is about. */
export function schrittTitel(schritt: Schritt, key: string, daten: AntragDaten): string {
  const instanz = key.split('/')[1];
  if (instanz === undefined) return schritt.titel;
  if (schritt.id !== haushaltPerson.id) return `${schritt.titel}: ${personName(daten, instanz)}`;
  return instanz === NEU ? 'Weitere Person im Haushalt' : personName(daten, instanz);
}

export const formularAnsicht: SchrittAnsicht = {
  zeige: ({ schritt, ctx, key, gemeinsam, anzeige }) => {
    const daten = ctx.auswertung.daten;
    const v = vorbelegung(schritt, daten, ctx.angemeldet.identitaet);
    return (
      <SchrittSeite
        {...gemeinsam}
        schritt={schritt}
        titel={schrittTitel(schritt, key, daten)}
        bereich={bereich(schritt)}
        roh={anzeige.roh ?? ctx.entwurf.inhalt.eingaben[key] ?? v.vorschlag}
        fehler={anzeige.fehler ?? {}}
        verifiziert={v.verifiziert}
      />
    );
  },
};
