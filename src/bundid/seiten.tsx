import type { ComponentChildren } from 'preact';
import { Hinweisbox } from '../web/komponenten/formular.tsx';
import { Layout, type Navigation } from '../web/layout.tsx';
import type { Ablehnungsgrund } from './dienstanbieter.ts';
import type { BuergerIdentitaet, Vertrauensniveau } from './identitaet.ts';

const anmeldearten: Record<Vertrauensniveau, string> = {
  basis: 'mit dem Online-Ausweis, einem ELSTER-Zertifikat oder mit Benutzername und Passwort',
  substantiell: 'mit dem Online-Ausweis oder einem ELSTER-Zertifikat',
  hoch: 'mit dem Online-Ausweis',
};

export function Anmeldeseite(props: {
  ssoUrl: string;
  felder: { SAMLRequest: string; RelayState: string };
  mindestniveau: Vertrauensniveau;
  testumgebung: boolean;
}) {
  return (
    <Layout titel="Mit der BundID anmelden">
      <div class="stapel">
        <h1 class="kern-heading-large">Mit der BundID anmelden</h1>
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
        <p class="kern-body">
          <a class="kern-link" href="/">
            Zur Startseite
          </a>
        </p>
      </div>
    </Layout>
  );
}

export function Infoseite(props: { titel: string; children: ComponentChildren; navigation?: Navigation }) {
  return (
    <Layout titel={props.titel} navigation={props.navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">{props.titel}</h1>
        {props.children}
      </div>
    </Layout>
  );
}

const niveauText: Record<Vertrauensniveau, string> = {
  basis: 'basis (Benutzername und Passwort, Angaben nicht geprüft)',
  substantiell: 'substantiell (zum Beispiel ELSTER-Zertifikat)',
  hoch: 'hoch (Online-Ausweis)',
};

/** What BundID sent, shown to the citizen (transparency, and a check for tests and support). */
export function Sitzungsseite(props: { identitaet: BuergerIdentitaet; navigation: Navigation }) {
  const i = props.identitaet;
  const zeilen: [string, string | undefined][] = [
    ['Vorname', i.vorname],
    ['Familienname', i.familienname],
    ['Geburtsname', i.geburtsname],
    ['Geburtsdatum', i.geburtsdatum?.split('-').reverse().join('.')],
    ['Geburtsort', i.geburtsort],
    [
      'Anschrift',
      i.anschrift === undefined
        ? undefined
        : [
            [i.anschrift.strasse, i.anschrift.hausnummer].filter(Boolean).join(' '),
            [i.anschrift.plz, i.anschrift.ort].filter(Boolean).join(' '),
          ]
            .filter((t) => t !== '')
            .join(', '),
    ],
    ['Staatsangehörigkeit', i.staatsangehoerigkeit],
    ['E-Mail-Adresse', i.email],
    ['BundID-Postfach', i.postfach === undefined ? undefined : 'vorhanden'],
    ['Vertrauensniveau', niveauText[i.vertrauensniveau]],
  ];
  return (
    <Layout titel="Ihre Anmeldung" navigation={props.navigation}>
      <div class="stapel">
        <h1 class="kern-heading-large">Ihre Anmeldung</h1>
        <p class="kern-body">Diese Angaben hat die BundID bei Ihrer Anmeldung übermittelt.</p>
        <dl class="kern-description-list">
          {zeilen
            .filter((z): z is [string, string] => z[1] !== undefined && z[1] !== '')
            .map(([k, v]) => (
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key">{k}</dt>
                <dd class="kern-description-list-item__value">{v}</dd>
              </div>
            ))}
        </dl>
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href="/antrag">
            <span class="kern-label">Zum Antrag</span>
          </a>
        </p>
      </div>
    </Layout>
  );
}
