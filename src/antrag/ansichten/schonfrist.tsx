import { Hinweisbox } from '../../web/index.ts';
import {
  fristAnzeige,
  schonfristVorbehalte,
  type FristAnzeige,
  type SchonfristVorbehalte,
} from '../frist.ts';
import { AntragSeite, WeiterFormular, Ueberschrift } from '../seiten/bausteine.tsx';
import { FristHinweis } from '../seiten/frist-hinweis.tsx';
import type { Gemeinsam, SchrittAnsicht } from './ansicht.ts';

// The Schonfrist in plain words, or that it cannot be computed yet.

export const schonfristAnsicht: SchrittAnsicht = {
  zeige: ({ ctx, gemeinsam }) => (
    <Schonfrist
      {...gemeinsam}
      frist={fristAnzeige(ctx.auswertung.daten, ctx.kontext.heute)}
      vorbehalte={schonfristVorbehalte(ctx.auswertung.daten)}
    />
  ),
};

export function Schonfrist(p: Gemeinsam & { frist: FristAnzeige | null; vorbehalte: SchonfristVorbehalte }) {
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
      {p.vorbehalte.wiederholung ? (
        <Hinweisbox art="danger" titel="Die Schonfrist hilft Ihnen diesmal wahrscheinlich nicht">
          <p class="kern-body">
            Sie haben angegeben, dass in den letzten 2 Jahren schon einmal eine Kündigung durch Zahlung der
            Mietschulden unwirksam wurde. Dann wird die fristlose Kündigung durch eine Zahlung nicht noch
            einmal unwirksam (§ 569 Absatz 3 Nummer 2 Satz 2 BGB). Stellen Sie den Antrag trotzdem: Das
            Sozialamt sieht den Hinweis und prüft mit Ihnen, wie Sie die Wohnung behalten können. Lassen Sie
            sich auch von einer Mieterberatung helfen.
          </p>
        </Hinweisbox>
      ) : null}
      {p.vorbehalte.ordentlich ? (
        <Hinweisbox art="warning" titel="Die ordentliche Kündigung bleibt bestehen">
          <p class="kern-body">
            Ihr Vermieter hat auch ordentlich (oder hilfsweise ordentlich) gekündigt. Die Zahlung in der
            Schonfrist macht nur die fristlose Kündigung unwirksam, nicht die ordentliche. Sprechen Sie mit
            Ihrem Vermieter, ob er die Kündigung zurücknimmt, wenn die Schulden bezahlt sind, und lassen Sie
            sich von einer Mieterberatung helfen.
          </p>
        </Hinweisbox>
      ) : null}
      <p class="kern-body">
        Das Sozialamt sieht die Frist in Ihrem Antrag und behandelt ihn entsprechend dringend. Sie können den
        Antrag schon absenden, wenn noch Unterlagen fehlen.
      </p>
      <WeiterFormular seite={p} knopf="Weiter" />
    </AntragSeite>
  );
}
