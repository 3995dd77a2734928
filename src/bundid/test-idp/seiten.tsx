import {
  Auswahlgruppe,
  CsrfFeld,
  Fehlerzusammenfassung,
  Hinweisbox,
  Knopf,
  Textfeld,
  type FeldFehler,
  Layout,
  ZurStartseite,
} from '../../web/index.ts';
import { TESTIDP_PFAD } from './testidp.ts';
import { personas, type PersonaDaten } from './personas.ts';

export type Weitergabe = { SAMLRequest: string; RelayState: string; csrfToken: string };

const niveauNamen = { basis: 'basis', substantiell: 'substantiell', hoch: 'hoch' } as const;

function Testhinweis() {
  return (
    <Hinweisbox art="warning" titel="Testumgebung – nicht die echte BundID">
      <p class="kern-body">
        Diese Seite bildet die BundID für Entwicklung und Tests nach. Sie ist im Betrieb abgeschaltet. Die
        Antwort wird wie bei der BundID signiert und verschlüsselt.
      </p>
    </Hinweisbox>
  );
}

function Weitergabefelder({ weiter }: { weiter: Weitergabe }) {
  return (
    <>
      <CsrfFeld token={weiter.csrfToken} />
      <input type="hidden" name="SAMLRequest" value={weiter.SAMLRequest} />
      <input type="hidden" name="RelayState" value={weiter.RelayState} />
    </>
  );
}

export function Personenauswahl(props: {
  weiter: Weitergabe;
  verlangtesNiveau: string | undefined;
  fehler?: string;
}) {
  const fehler: FeldFehler = { persona: props.fehler };
  return (
    <Layout titel="BundID-Testumgebung: Testperson wählen" hatFehler={props.fehler !== undefined}>
      <div class="stapel">
        <Fehlerzusammenfassung fehler={fehler} />
        <h1 class="kern-heading-large">BundID-Testumgebung</h1>
        <Testhinweis />
        <p class="kern-body">
          Der Antrag verlangt mindestens <strong>{props.verlangtesNiveau ?? 'kein Niveau'}</strong>. Die
          Testumgebung prüft das absichtlich nicht, damit Sie die Ablehnung ausprobieren können.
        </p>
        <form method="post" action={`${TESTIDP_PFAD}/anmelden`}>
          <Weitergabefelder weiter={props.weiter} />
          <Auswahlgruppe
            name="persona"
            legende="Als wer möchten Sie sich anmelden?"
            legendeAlsUeberschrift
            art="radio"
            fehler={props.fehler}
            optionen={personas.map((p) => ({ wert: p.schluessel, label: p.titel, hinweis: p.beschreibung }))}
          />
          <div class="knopfleiste">
            <Knopf name="aktion" wert="anmelden">
              Anmelden
            </Knopf>
            <Knopf name="aktion" wert="bearbeiten" art="secondary">
              Angaben vorher bearbeiten
            </Knopf>
            <Knopf name="aktion" wert="abbrechen" art="tertiary">
              Anmeldung abbrechen
            </Knopf>
          </div>
        </form>
      </div>
    </Layout>
  );
}

const felder: { name: Exclude<keyof PersonaDaten, 'niveau'>; label: string; hinweis?: string }[] = [
  {
    name: 'bpk2',
    label: 'Pseudonym (bPK2)',
    hinweis: 'Leer lassen, um eine Antwort ohne Pseudonym zu testen.',
  },
  { name: 'anmeldeart', label: 'Anmeldeart', hinweis: 'zum Beispiel eID, Elster oder Benutzername' },
  { name: 'vorname', label: 'Vorname' },
  { name: 'familienname', label: 'Familienname' },
  { name: 'geburtsname', label: 'Geburtsname' },
  { name: 'geburtsdatum', label: 'Geburtsdatum', hinweis: 'JJJJ-MM-TT' },
  { name: 'geburtsort', label: 'Geburtsort' },
  { name: 'strasse', label: 'Straße und Hausnummer' },
  { name: 'plz', label: 'Postleitzahl' },
  { name: 'ort', label: 'Ort' },
  { name: 'land', label: 'Land', hinweis: 'D für Deutschland' },
  { name: 'staatsangehoerigkeit', label: 'Staatsangehörigkeit', hinweis: 'D für deutsch' },
  { name: 'geschlecht', label: 'Geschlecht', hinweis: '1 männlich, 2 weiblich' },
  { name: 'email', label: 'E-Mail-Adresse' },
  { name: 'postfach', label: 'Postfach-Handle' },
];

export function Bearbeitungsseite(props: { weiter: Weitergabe; daten: PersonaDaten; fehler?: FeldFehler }) {
  const fehler = props.fehler ?? {};
  return (
    <Layout titel="BundID-Testumgebung: Angaben bearbeiten" hatFehler={props.fehler !== undefined}>
      <div class="stapel">
        <Fehlerzusammenfassung fehler={fehler} />
        <h1 class="kern-heading-large">Angaben der Testperson bearbeiten</h1>
        <Testhinweis />
        <form method="post" action={`${TESTIDP_PFAD}/anmelden`}>
          <Weitergabefelder weiter={props.weiter} />
          <input type="hidden" name="bearbeitet" value="ja" />
          <Auswahlgruppe
            name="niveau"
            legende="Vertrauensniveau"
            art="radio"
            fehler={fehler.niveau}
            gewaehlt={props.daten.niveau}
            optionen={Object.entries(niveauNamen).map(([wert, label]) => ({ wert, label }))}
          />
          {felder.map((f) => (
            <Textfeld
              name={f.name}
              label={f.label}
              hinweis={f.hinweis}
              wert={props.daten[f.name]}
              optional
              maxLength={200}
              spellcheck={false}
            />
          ))}
          <div class="knopfleiste">
            <Knopf name="aktion" wert="anmelden">
              Anmelden
            </Knopf>
          </div>
        </form>
      </div>
    </Layout>
  );
}

/** The HTTP-POST binding without JavaScript: the citizen sends the response with one click. */
export function Antwortseite(props: {
  acsUrl: string;
  samlResponse: string;
  relayState: string;
  abgebrochen?: boolean;
}) {
  const titel = props.abgebrochen === true ? 'Anmeldung abgebrochen' : 'Anmeldung erfolgreich';
  return (
    <Layout titel={`BundID-Testumgebung: ${titel}`}>
      <div class="stapel">
        <h1 class="kern-heading-large">{titel}</h1>
        <p class="kern-body">
          {props.abgebrochen === true
            ? 'Sie haben die Anmeldung abgebrochen. Der Antrag erfährt das mit der nächsten Schaltfläche.'
            : 'Die BundID-Testumgebung hat Ihre Angaben signiert und verschlüsselt. Schicken Sie sie jetzt an den Antrag.'}
        </p>
        <form method="post" action={props.acsUrl}>
          <input type="hidden" name="SAMLResponse" value={props.samlResponse} />
          {props.relayState !== '' ? (
            <input type="hidden" name="RelayState" value={props.relayState} />
          ) : null}
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">Zurück zum Antrag</span>
          </button>
        </form>
      </div>
    </Layout>
  );
}

export function Fehlerseite({ text }: { text: string }) {
  return (
    <Layout titel="BundID-Testumgebung: Fehler">
      <div class="stapel">
        <h1 class="kern-heading-large">Die Anmeldung ist nicht möglich</h1>
        <p class="kern-body">{text}</p>
        <ZurStartseite />
      </div>
    </Layout>
  );
}
