import {
  CsrfFeld,
  Fehlerzusammenfassung,
  Hinweisbox,
  Knopf,
  Textfeld,
  type FeldFehler,
} from '../../web/index.ts';
import { MINDESTLAENGE } from '../passwort.ts';
import { PersonalLayout, type PersonalKontext } from '../personal-layout.tsx';

export function PasswortSeite(props: {
  kontext: PersonalKontext;
  ziel: string;
  pflicht: boolean;
  fehler?: FeldFehler;
  erfolg?: boolean;
}) {
  const fehler = props.fehler ?? {};
  const hatFehler = Object.values(fehler).some((f) => f !== undefined);
  return (
    <PersonalLayout titel="Passwort ändern" kontext={props.kontext} aktiv="passwort" hatFehler={hatFehler}>
      <div class="stapel">
        <Fehlerzusammenfassung fehler={fehler} />
        {props.erfolg === true ? <Hinweisbox art="success" titel="Ihr Passwort ist geändert" /> : null}
        <h1 class="kern-heading-large">Passwort ändern</h1>
        {props.pflicht ? (
          <Hinweisbox art="info" titel="Bitte wählen Sie ein eigenes Passwort">
            <p class="kern-body">
              Ihr jetziges Passwort wurde für Sie erzeugt oder zurückgesetzt. Bevor Sie weiterarbeiten, legen
              Sie bitte ein Passwort fest, das nur Sie kennen.
            </p>
          </Hinweisbox>
        ) : null}
        {props.kontext.hatPasswort ? (
          <form method="post" action="/verwaltung/passwort" novalidate class="stapel">
            <CsrfFeld token={props.kontext.csrfToken} />
            <input type="hidden" name="ziel" value={props.ziel} />
            <Textfeld
              name="aktuell"
              label="Jetziges Passwort"
              typ="password"
              fehler={fehler.aktuell}
              autocomplete="current-password"
              breite={20}
              maxLength={1024}
            />
            <Textfeld
              name="neu"
              label="Neues Passwort"
              hinweis={`Mindestens ${MINDESTLAENGE} Zeichen. Am leichtesten zu merken ist ein Satz aus mehreren Wörtern. Sonderzeichen sind nicht vorgeschrieben. Häufige Passwörter und Ihr Anmeldename werden abgelehnt.`}
              typ="password"
              fehler={fehler.neu}
              autocomplete="new-password"
              breite={20}
              maxLength={1024}
            />
            <Textfeld
              name="wiederholung"
              label="Neues Passwort wiederholen"
              typ="password"
              fehler={fehler.wiederholung}
              autocomplete="new-password"
              breite={20}
              maxLength={1024}
            />
            <div class="knopfleiste">
              <Knopf>Passwort ändern</Knopf>
            </div>
          </form>
        ) : (
          <p class="kern-body">
            Sie melden sich über Ihr Dienstkonto (Single Sign-on) an. Ihr Passwort ändern Sie dort.
          </p>
        )}
      </div>
    </PersonalLayout>
  );
}
