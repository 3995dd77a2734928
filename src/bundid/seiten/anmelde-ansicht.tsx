import { Hinweisbox, Layout } from '../../web/index.ts';
import type { Vertrauensniveau } from '../identitaet.ts';
import { anmeldearten } from './anmeldearten.ts';

export function Anmeldeseite(props: {
  ssoUrl: string;
  felder: { SAMLRequest: string; RelayState: string };
  mindestniveau: Vertrauensniveau;
  testumgebung: boolean;
  /** A form was sent after the session had ended: its input was not saved. */
  abgelaufen?: boolean;
}) {
  return (
    <Layout titel="Mit der BundID anmelden">
      <div class="stapel">
        <h1 class="kern-heading-large">Mit der BundID anmelden</h1>
        {props.abgelaufen === true ? (
          <Hinweisbox art="warning" titel="Ihre Sitzung war abgelaufen">
            <p class="kern-body">
              Sie waren länger als 30 Minuten nicht aktiv und wurden deshalb abgemeldet. Die Eingaben der
              Seite, die Sie zuletzt abschicken wollten, konnten nicht gespeichert werden. Alle vorher
              gespeicherten Angaben sind erhalten. Nach der Anmeldung kommen Sie zu dieser Seite zurück und
              können sie noch einmal eingeben.
            </p>
          </Hinweisbox>
        ) : null}
        <p class="kern-body kern-body--large">
          Für den Antrag melden Sie sich mit Ihrem BundID-Konto an. Die BundID ist das Nutzerkonto des Bundes
          für Online-Anträge bei Behörden.
        </p>
        {props.testumgebung ? (
          <Hinweisbox art="info" titel="Testbetrieb">
            <p class="kern-body">
              Diese Installation ist nicht mit der echten BundID verbunden. Sie kommen zu einer eingebauten
              Testumgebung und wählen dort eine Testperson aus.
            </p>
          </Hinweisbox>
        ) : null}
        <h2 class="kern-heading-medium">So melden Sie sich an</h2>
        <p class="kern-body">
          Melden Sie sich bei der BundID {anmeldearten[props.mindestniveau]} an.
          {props.mindestniveau === 'basis'
            ? null
            : ' Eine Anmeldung nur mit Benutzername und Passwort reicht für diesen Antrag nicht aus.'}
        </p>
        <p class="kern-body">
          Die BundID schickt uns danach Ihren Namen, Ihre Anschrift, Ihr Geburtsdatum und die Adresse Ihres
          BundID-Postfachs. Damit füllen wir den Antrag für Sie aus. Wir bekommen kein Passwort und keine PIN.
        </p>
        <form method="post" action={props.ssoUrl}>
          <input type="hidden" name="SAMLRequest" value={props.felder.SAMLRequest} />
          <input type="hidden" name="RelayState" value={props.felder.RelayState} />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">Weiter zur BundID</span>
          </button>
        </form>
        <p class="kern-body">
          Sie haben noch kein BundID-Konto? Sie können es bei der BundID (id.bund.de) kostenlos anlegen. Wenn
          Sie sich nicht online anmelden können, können Sie den Antrag auch schriftlich beim Sozialamt
          stellen.
        </p>
      </div>
    </Layout>
  );
}
