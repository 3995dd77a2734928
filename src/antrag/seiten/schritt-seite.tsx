import type { ComponentChildren } from 'preact';
import type { RohEingabe } from '../schritte/felder.ts';
import type { Schritt } from '../schritte/schritt.ts';
import { AntragSeite, FeldEingabe, Formular, Ueberschrift, type Rahmen } from './bausteine.tsx';

// The page of a form step: heading (or, for a single question, the question as the heading), the fields
// with their raw values and errors, and "Speichern und weiter".

export type SchrittSeiteProps = {
  schritt: Schritt;
  titel: string;
  bereich: string;
  roh: RohEingabe;
  fehler: Record<string, string>;
  verifiziert: Record<string, string>;
  aktion: string;
  zurueck: string | undefined;
  uebersicht: string;
  ruecksprung: string | undefined;
  rahmen: Rahmen;
  vorher?: ComponentChildren;
};

export function SchrittSeite(p: SchrittSeiteProps) {
  const felder = Object.entries(p.schritt.felder);
  const [einziges] = felder;
  const frageAlsUeberschrift =
    felder.length === 1 &&
    einziges !== undefined &&
    (einziges[1].art === 'auswahl' || einziges[1].art === 'mehrfach') &&
    p.schritt.einleitung === undefined;
  const verifizierteAnzahl = Object.keys(p.verifiziert).length;
  return (
    <AntragSeite titel={p.titel} rahmen={p.rahmen} fehler={p.fehler} zurueck={p.zurueck}>
      {frageAlsUeberschrift ? (
        <p class="kern-preline">{p.bereich}</p>
      ) : (
        <Ueberschrift bereich={p.bereich}>{p.titel}</Ueberschrift>
      )}
      {p.schritt.einleitung !== undefined ? <p class="kern-body">{p.schritt.einleitung}</p> : null}
      {verifizierteAnzahl > 0 ? (
        <p class="kern-body">
          Angaben mit dem Vermerk „Aus Ihrem BundID-Konto übernommen“ stammen aus Ihrem Online-Ausweis und
          können hier nicht geändert werden.
        </p>
      ) : null}
      {p.vorher}
      <Formular
        aktion={p.aktion}
        csrf={p.rahmen.csrf}
        ruecksprung={p.ruecksprung}
        uebersicht={p.uebersicht}
        knopf={p.ruecksprung === 'pruefen' ? 'Speichern und zurück zur Prüfung' : undefined}
      >
        {felder.map(([name, feld]) => (
          <FeldEingabe
            name={name}
            feld={feld}
            wert={p.roh[name]}
            fehler={p.fehler[name]}
            verifiziert={p.verifiziert[name]}
            alsUeberschrift={frageAlsUeberschrift}
          />
        ))}
      </Formular>
    </AntragSeite>
  );
}
