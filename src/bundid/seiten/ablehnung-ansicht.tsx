import { Layout, ZurStartseite } from '../../web/index.ts';
import type { Ablehnungsgrund } from '../ablehnung.ts';
import type { Vertrauensniveau } from '../identitaet.ts';
import { anmeldearten } from './anmeldearten.ts';

type Text = { titel: string; text: string; status: number; support: boolean };

export function ablehnungsText(grund: Ablehnungsgrund, mindestniveau: Vertrauensniveau): Text {
  switch (grund) {
    case 'niveau_zu_niedrig':
    case 'niveau_fehlt':
      return {
        titel: 'Diese Anmeldeart reicht für den Antrag nicht aus',
        text: `Für diesen Antrag müssen Sie sich sicher anmelden, und zwar ${anmeldearten[mindestniveau]}. Bitte melden Sie sich noch einmal an und wählen Sie bei der BundID eine dieser Anmeldearten.`,
        status: 403,
        support: false,
      };
    case 'status':
      return {
        titel: 'Die Anmeldung wurde abgebrochen',
        text: 'Die Anmeldung bei der BundID wurde abgebrochen oder hat nicht geklappt. Ihre bisher gespeicherten Angaben bleiben erhalten. Sie können sich noch einmal anmelden.',
        status: 400,
        support: false,
      };
    case 'abgelaufen':
    case 'anfrage_abgelaufen':
    case 'wiederholt':
    case 'noch_nicht_gueltig':
      return {
        titel: 'Die Anmeldung ist abgelaufen',
        text: 'Bitte melden Sie sich noch einmal an. Das passiert zum Beispiel, wenn die Anmeldung länger als 30 Minuten gedauert hat oder wenn Sie im Browser zurückgegangen sind.',
        status: 400,
        support: false,
      };
    case 'fremder_browser':
      return {
        titel: 'Die Anmeldung wurde in einem anderen Browser begonnen',
        text: 'Bitte melden Sie sich in diesem Browser noch einmal an. Die Antwort der BundID gehört nicht zu einer Anmeldung, die hier begonnen wurde. Das passiert auch, wenn Ihr Browser Cookies sperrt.',
        status: 400,
        support: false,
      };
    case 'pseudonym_fehlt':
      return {
        titel: 'Die BundID hat nicht alle nötigen Angaben geschickt',
        text: 'Bitte melden Sie sich noch einmal an und stimmen Sie bei der BundID der Übermittlung Ihrer Daten zu.',
        status: 400,
        support: true,
      };
    default:
      return {
        titel: 'Die Anmeldung konnte nicht geprüft werden',
        text: 'Aus Sicherheitsgründen haben wir die Antwort der BundID nicht angenommen. Bitte melden Sie sich noch einmal an.',
        status: 400,
        support: true,
      };
  }
}

export function Ablehnungsseite(props: {
  text: Text;
  grund: Ablehnungsgrund;
  anfrageId: string;
  nochmalUrl: string;
}) {
  return (
    <Layout titel={props.text.titel}>
      <div class="stapel">
        <h1 class="kern-heading-large">{props.text.titel}</h1>
        <p class="kern-body">{props.text.text}</p>
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href={props.nochmalUrl}>
            <span class="kern-label">Noch einmal anmelden</span>
          </a>
        </p>
        {props.text.support ? (
          <p class="kern-body kern-body--small">
            Wenn es wieder nicht klappt, wenden Sie sich an den Support und nennen Sie diese Kennung:{' '}
            <code>
              {props.anfrageId} ({props.grund})
            </code>
          </p>
        ) : null}
        <ZurStartseite />
      </div>
    </Layout>
  );
}
