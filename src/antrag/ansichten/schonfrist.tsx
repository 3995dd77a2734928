import { Hinweisbox } from '../../web/index.ts';
import { fristAnzeige, type FristAnzeige } from '../frist.ts';
import { AntragSeite, WeiterFormular, Ueberschrift } from '../seiten/bausteine.tsx';
import { FristHinweis } from '../seiten/frist-hinweis.tsx';
import type { Gemeinsam, SchrittAnsicht } from './ansicht.ts';

// The Schonfrist in plain words, or that it cannot be computed yet.

export const schonfristAnsicht: SchrittAnsicht = {
  zeige: ({ ctx, gemeinsam }) => (
    <Schonfrist {...gemeinsam} frist={fristAnzeige(ctx.auswertung.daten, ctx.kontext.heute)} />
  ),
};

export function Schonfrist(p: Gemeinsam & { frist: FristAnzeige | null }) {
  return (
    <AntragSeite titel="Ihre Frist" rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Kündigung und Räumungsklage">Ihre Frist</Ueberschrift>
      {p.frist !== null ? (
        <FristHinweis frist={p.frist} />
      ) : (
        <Hinweisbox art="warning" titel="Wir können Ihre Frist noch nicht berechnen">
          <p class="kern-body">
            Sobald Ihnen das Gericht die Räumungsklage zustellt, haben Sie 2 Monate Zeit. Das Datum steht auf
            dem gelben Briefumschlag. Stellen Sie den Antrag am besten sofort und ändern Sie Ihre Angaben,
            wenn Sie die Klage bekommen.
          </p>
        </Hinweisbox>
      )}
      <p class="kern-body">
        Das Sozialamt sieht die Frist in Ihrem Antrag und behandelt ihn entsprechend dringend. Sie können den
        Antrag schon absenden, wenn noch Unterlagen fehlen.
      </p>
      <WeiterFormular seite={p} knopf="Weiter" />
    </AntragSeite>
  );
}
