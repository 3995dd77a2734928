import {
  CsrfFeld,
  Fehlerzusammenfassung,
  Hinweisbox,
  Knopf,
  Textfeld,
  type FeldFehler,
  Layout,
} from '../../web/index.ts';

export type AnmeldeHinweis = 'abgelaufen' | 'abgemeldet' | 'fehlgeschlagen' | undefined;

export function AnmeldeSeite(props: {
  csrfToken: string;
  ziel: string;
  login?: string;
  fehler?: FeldFehler;
  hinweis?: AnmeldeHinweis;
  passwortAnmeldung: boolean;
  oidc?: { anzeigename: string } | undefined;
}) {
  const fehler = props.fehler ?? {};
  const hatFehler = Object.values(fehler).some((f) => f !== undefined) || props.hinweis === 'fehlgeschlagen';
  return (
    <Layout titel="Anmeldung für Mitarbeitende" bereich="personal" hatFehler={hatFehler}>
      <div class="stapel">
        <Fehlerzusammenfassung fehler={fehler} />
        {props.hinweis === 'fehlgeschlagen' ? (
          <Hinweisbox art="danger" titel="Die Anmeldung ist fehlgeschlagen">
            <p class="kern-body">
              Anmeldename oder Passwort stimmen nicht, oder das Konto ist nach mehreren Fehlversuchen
              vorübergehend gesperrt (erst 15 Minuten, bei weiteren Fehlversuchen länger). Bitte prüfen Sie
              Ihre Eingabe und versuchen Sie es noch einmal. Wenn es weiter nicht geht, wenden Sie sich an die
              Stelle, die Ihr Konto verwaltet.
            </p>
          </Hinweisbox>
        ) : null}
        {props.hinweis === 'abgelaufen' ? (
          <Hinweisbox art="info" titel="Ihre Sitzung ist abgelaufen">
            <p class="kern-body">
              Nach 30 Minuten ohne Aktivität werden Sie aus Sicherheitsgründen abgemeldet. Bitte melden Sie
              sich neu an.
            </p>
          </Hinweisbox>
        ) : null}
        {props.hinweis === 'abgemeldet' ? <Hinweisbox art="success" titel="Sie sind abgemeldet" /> : null}
        <h1 class="kern-heading-large">Anmeldung für Mitarbeitende</h1>
        <p class="kern-body">
          Dieser Bereich ist für die Sachbearbeitung der Sozialämter, die Koordinierende Stelle und den
          Betrieb. Bürgerinnen und Bürger stellen ihren Antrag auf der{' '}
          <a class="kern-link" href="/">
            Startseite
          </a>
          .
        </p>
        {props.passwortAnmeldung ? (
          <form method="post" action="/verwaltung/anmelden" novalidate class="stapel">
            <CsrfFeld token={props.csrfToken} />
            <input type="hidden" name="ziel" value={props.ziel} />
            <Textfeld
              name="login"
              label="Anmeldename"
              wert={props.login}
              fehler={fehler.login}
              autocomplete="username"
              spellcheck={false}
              breite={20}
              maxLength={100}
            />
            <Textfeld
              name="passwort"
              label="Passwort"
              typ="password"
              fehler={fehler.passwort}
              autocomplete="current-password"
              breite={20}
              maxLength={1024}
            />
            <div class="knopfleiste">
              <Knopf>Anmelden</Knopf>
            </div>
          </form>
        ) : null}
        {props.oidc !== undefined ? (
          <div class="stapel">
            {props.passwortAnmeldung ? <h2 class="kern-heading-medium">Mit dem Dienstkonto</h2> : null}
            <p class="kern-body">
              <a
                class="kern-btn kern-btn--secondary"
                href={`/verwaltung/anmelden/oidc?ziel=${encodeURIComponent(props.ziel)}`}
              >
                <span class="kern-label">Anmelden: {props.oidc.anzeigename}</span>
              </a>
            </p>
          </div>
        ) : null}
        <p class="kern-body kern-body--small">
          Passwort vergessen oder Konto gesperrt? Die Stelle, die Ihr Konto verwaltet, kann die Sperre
          aufheben und ein neues Passwort vergeben.
        </p>
      </div>
    </Layout>
  );
}
