import {
  CsrfFeld,
  Fehlerzusammenfassung,
  Hinweisbox,
  Knopf,
  Textfeld,
  type FeldFehler,
} from '../web/komponenten/formular.tsx';
import { Tabelle } from '../web/komponenten/tabelle.tsx';
import { Layout } from '../web/layout.tsx';
import type { Konto } from './konto-repo.ts';
import { MINDESTLAENGE } from './passwort.ts';
import type { EreignisArt, EreignisWeg, PersonalEreignis } from './personal-tables.ts';
import {
  aufgabenFuer,
  PersonalLayout,
  rollenText,
  uhrzeitText,
  type PersonalKontext,
} from './personal-layout.tsx';
import type { Rolle } from './rollen.ts';

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

export function Startseite({
  kontext,
  letzteAnmeldung,
}: {
  kontext: PersonalKontext;
  letzteAnmeldung?: Date | undefined;
}) {
  const { personal } = kontext;
  const aufgaben = aufgabenFuer(personal);
  return (
    <PersonalLayout titel="Übersicht" kontext={kontext} aktiv="start">
      <div class="stapel">
        <h1 class="kern-heading-large">Guten Tag, {personal.anzeigename}</h1>
        <p class="kern-body">
          Ihre {personal.rollen.length === 1 ? 'Rolle' : 'Rollen'}: {rollenText(personal.rollen)}
          {personal.behoerden.length > 0
            ? `. Sozialamt: ${personal.behoerden.map((a) => kontext.behoerdenNamen[a] ?? a).join(', ')}`
            : ''}
          .
        </p>
        {letzteAnmeldung !== undefined ? (
          <p class="kern-body kern-body--small">
            Ihre vorige Anmeldung war am{' '}
            {letzteAnmeldung.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' })} um{' '}
            {uhrzeitText(letzteAnmeldung)}. War das nicht Sie, ändern Sie Ihr Passwort und melden Sie es.
          </p>
        ) : null}
        <h2 class="kern-heading-medium">Ihre Aufgaben</h2>
        {aufgaben.length === 0 ? (
          <p class="kern-body">Ihrem Konto ist keine Aufgabe zugeordnet.</p>
        ) : (
          <ul class="aufgaben">
            {aufgaben.map((a) => (
              <li class="kern-card">
                <div class="kern-card__container">
                  <div class="kern-card__header">
                    <h3 class="kern-title">
                      <a class="kern-link" href={a.pfad}>
                        {a.titel}
                      </a>
                    </h3>
                  </div>
                  <div class="kern-card__body">
                    <p class="kern-body">{a.beschreibung}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </PersonalLayout>
  );
}

export function KeinZugriff({ kontext, benoetigt }: { kontext: PersonalKontext; benoetigt: Rolle[] }) {
  return (
    <PersonalLayout titel="Kein Zugriff" kontext={kontext}>
      <div class="stapel">
        <h1 class="kern-heading-large">Kein Zugriff auf diese Seite</h1>
        <p class="kern-body">
          Diese Seite ist für die Rolle {rollenText(benoetigt)}. Ihr Konto hat die Rolle{' '}
          {rollenText(kontext.personal.rollen)}.
        </p>
        <p class="kern-body">
          Wenn Sie die Seite für Ihre Arbeit brauchen, wenden Sie sich an die Stelle, die Ihr Konto verwaltet.
        </p>
        <p class="kern-body">
          <a class="kern-link" href="/verwaltung">
            Zur Übersicht
          </a>
        </p>
      </div>
    </PersonalLayout>
  );
}

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

export function AnmeldungAbgelehnt({
  titel,
  text,
  status,
}: {
  titel: string;
  text: string;
  status?: string;
}) {
  return (
    <Layout titel={titel} bereich="personal">
      <div class="stapel">
        <h1 class="kern-heading-large">{titel}</h1>
        <p class="kern-body">{text}</p>
        {status !== undefined ? <p class="kern-body kern-body--small">{status}</p> : null}
        <p class="kern-body">
          <a class="kern-link" href="/verwaltung/anmelden">
            Zur Anmeldung
          </a>
        </p>
      </div>
    </Layout>
  );
}

const ereignisNamen: Record<EreignisArt, string> = {
  anmeldung_erfolgreich: 'Anmeldung',
  anmeldung_fehlgeschlagen: 'Anmeldung fehlgeschlagen',
  anmeldung_waehrend_sperre: 'Anmeldeversuch während einer Sperre',
  konto_gesperrt: 'Konto nach Fehlversuchen gesperrt',
  abmeldung: 'Abmeldung',
  konto_angelegt: 'Konto angelegt',
  konto_geaendert: 'Konto geändert',
  rollen_geaendert: 'Rollen oder Sozialämter geändert',
  passwort_geaendert: 'Passwort geändert',
  konto_deaktiviert: 'Konto deaktiviert',
  konto_aktiviert: 'Konto aktiviert',
  sperre_aufgehoben: 'Sperre aufgehoben',
  oidc_abgelehnt: 'Anmeldung über Dienstkonto abgelehnt',
};

const wegNamen: Record<EreignisWeg, string> = {
  passwort: 'Passwort',
  oidc: 'Dienstkonto (OIDC)',
  cli: 'Kommandozeile',
  system: 'System',
  web: 'Verwaltungsoberfläche',
};

const zeitpunkt = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

export function KontenSeite({
  kontext,
  konten,
  ereignisse,
}: {
  kontext: PersonalKontext;
  konten: Konto[];
  ereignisse: PersonalEreignis[];
}) {
  const logins = new Map(konten.map((k) => [k.id, k.login]));
  const status = (k: Konto) =>
    !k.aktiv
      ? 'deaktiviert'
      : k.gesperrtBis !== null && k.gesperrtBis > kontext.jetzt
        ? `gesperrt bis ${uhrzeitText(k.gesperrtBis)}`
        : 'aktiv';
  return (
    <PersonalLayout titel="Konten" kontext={kontext} aktiv="konten" schmal={false}>
      <div class="stapel">
        <h1 class="kern-heading-large">Konten und Sicherheitsprotokoll</h1>
        <p class="kern-body">
          Konten legen Sie mit <code>npm run cli -- benutzer anlegen</code> an; dort ändern, sperren und
          entsperren Sie sie auch (<code>npm run cli -- benutzer hilfe</code>).
        </p>
        <Tabelle
          titel={`Konten (${konten.length})`}
          zeilen={konten}
          spalten={[
            { titel: 'Anmeldename', zelle: (k) => k.login },
            {
              titel: 'Name',
              zelle: (k) => (
                <>
                  {k.anzeigename}
                  {k.demo ? ' (Demo)' : ''}
                </>
              ),
            },
            { titel: 'Rollen', zelle: (k) => rollenText(k.rollen) },
            { titel: 'Sozialämter', zelle: (k) => k.behoerden.join(', ') },
            {
              titel: 'Anmeldung',
              zelle: (k) =>
                k.hatPasswort
                  ? k.passwortWechselNoetig
                    ? 'Passwort, Wechsel ausstehend'
                    : 'Passwort'
                  : 'nur Dienstkonto',
            },
            { titel: 'Status', zelle: status },
          ]}
        />
        <Tabelle
          titel={`Sicherheitsprotokoll (neueste ${ereignisse.length} Einträge)`}
          zeilen={ereignisse}
          spalten={[
            { titel: 'Zeitpunkt', zelle: (e) => zeitpunkt.format(e.zeitpunkt) },
            { titel: 'Ereignis', zelle: (e) => ereignisNamen[e.art] },
            {
              titel: 'Konto',
              zelle: (e) => (e.konto_id === null ? '–' : (logins.get(e.konto_id) ?? 'gelöscht')),
            },
            { titel: 'Weg', zelle: (e) => wegNamen[e.weg] },
            { titel: 'Adresse', zelle: (e) => e.ip ?? '–' },
          ]}
        />
      </div>
    </PersonalLayout>
  );
}
