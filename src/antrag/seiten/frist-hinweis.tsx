import { formatDatumMitWochentag } from '../../shared/index.ts';
import { Hinweisbox } from '../../web/index.ts';
import type { FristAnzeige } from '../frist.ts';

// The Schonfrist for the citizen in plain words: urgent (red) when fewer than 3 weeks are left or it has
// passed, clearly marked as provisional when only the filing date of the suit is known.

export function FristHinweis({ frist }: { frist: FristAnzeige }) {
  const datum = formatDatumMitWochentag(frist.ende);
  if (frist.dringlichkeit === 'abgelaufen') {
    return (
      <Hinweisbox
        art="danger"
        titel={frist.vorlaeufig ? 'Die vorläufige Frist ist vorbei' : 'Ihre Schonfrist ist vorbei'}
      >
        <p class="kern-body">
          {frist.inWorten} Stellen Sie den Antrag trotzdem sofort. Das Sozialamt kann vielleicht noch helfen,
          zum Beispiel mit einer Zusage an Ihren Vermieter. Rufen Sie zusätzlich beim Sozialamt an.
        </p>
      </Hinweisbox>
    );
  }
  const dringend = frist.dringlichkeit === 'dringend';
  const titel = frist.vorlaeufig
    ? `${dringend ? 'Dringend: ' : ''}Vorläufige Frist bis ${datum}`
    : `${dringend ? 'Dringend: ' : ''}Ihre Frist endet am ${datum}`;
  return (
    <Hinweisbox art={dringend ? 'danger' : 'warning'} titel={titel}>
      <p class="kern-body frist">{frist.inWorten}</p>
      {frist.vorlaeufig ? (
        <p class="kern-body">
          Diese Frist ist <strong>vorläufig</strong>. Die genaue Frist beginnt erst an dem Tag, an dem Ihnen
          das Gericht die Räumungsklage zustellt. Weil wir diesen Tag noch nicht kennen, rechnen wir
          vorsichtig ab dem Tag, an dem die Klage beim Gericht eingereicht wurde. Wenn Sie die Klage bekommen,
          ändern Sie bitte Ihre Angabe.
        </p>
      ) : (
        <p class="kern-body">
          Bis zu diesem Tag muss Ihr Vermieter das Geld bekommen haben, oder das Sozialamt muss ihm die
          Zahlung zugesagt haben. Dann wird die fristlose Kündigung unwirksam (Schonfrist nach § 569 Absatz 3
          Nummer 2 BGB). Das gilt nicht für eine ordentliche oder hilfsweise ordentliche Kündigung, und nicht,
          wenn in den letzten 2 Jahren schon einmal eine Kündigung so unwirksam wurde.
        </p>
      )}
      {dringend ? (
        <p class="kern-body">
          <strong>Senden Sie den Antrag so schnell wie möglich ab.</strong> Fehlende Unterlagen können Sie
          später nachreichen.
        </p>
      ) : null}
    </Hinweisbox>
  );
}
