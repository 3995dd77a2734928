import type { ComponentChildren } from 'preact';
import {
  Auswahlgruppe,
  Auswahlliste,
  CsrfFeld,
  Einzelauswahl,
  Fehlerzusammenfassung,
  Hinweisbox,
  Knopf,
  Textbereich,
  Textfeld,
  type FeldFehler,
} from '../../web/komponenten/formular.tsx';
import { formatDatum, formatZeit } from '../../shared/format.ts';
import type {
  NachnutzungBedingungen,
  NachnutzungInteressenbekundung,
  NachnutzungZustand,
} from '../nachnutzung-tables.ts';
import type { UnterlageOhneDatei } from '../nachnutzung-repo.ts';
import { fachverfahrenNamen, transportNamen } from '../verbindung.ts';
import { Dateifeld } from './bedingungen.tsx';
import { paarBrotkrumen, paarPfad, type Detail } from './detail.tsx';
import { AktionsKnopf, Angaben, VerwaltungsLayout, type Seitenkontext } from './verwaltung-layout.tsx';

type Kopf = Pick<Detail, 'behoerde' | 'dienst'>;
export type Werte = Record<string, string | undefined>;

/** Refusals of the lifecycle (not of one field), shown above the form that keeps what was entered. */
export type Aktionsfehler = string[] | undefined;

function FormularSeite({
  kontext,
  kopf,
  titel,
  fehler,
  children,
  einleitung,
  aktionsFehler,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  titel: string;
  fehler: FeldFehler;
  children: ComponentChildren;
  einleitung?: ComponentChildren;
  aktionsFehler?: Aktionsfehler;
}) {
  const hatFehler = Object.values(fehler).some((f) => f !== undefined) || (aktionsFehler?.length ?? 0) > 0;
  return (
    <VerwaltungsLayout
      titel={`${titel} – ${kopf.behoerde.name}`}
      kontext={kontext}
      brotkrumen={paarBrotkrumen(kopf, titel)}
      hatFehler={hatFehler}
    >
      <Fehlerzusammenfassung fehler={fehler} />
      {aktionsFehler === undefined || aktionsFehler.length === 0 ? null : (
        <Hinweisbox art="danger" titel="Dieser Schritt ist noch nicht möglich">
          <ul class="kern-list">
            {aktionsFehler.map((f) => (
              <li>{f}</li>
            ))}
          </ul>
        </Hinweisbox>
      )}
      <p class="kern-body kern-body--large">
        {kopf.behoerde.name} · {kopf.dienst.name}
      </p>
      <h1 class="kern-heading-large">{titel}</h1>
      {einleitung}
      {children}
    </VerwaltungsLayout>
  );
}

export function InteressenbekundungFormular({
  kontext,
  kopf,
  werte,
  fehler,
  aktionsFehler,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  werte: Werte;
  fehler: FeldFehler;
  aktionsFehler?: Aktionsfehler;
}) {
  return (
    <FormularSeite
      aktionsFehler={aktionsFehler}
      kontext={kontext}
      kopf={kopf}
      titel="Interessenbekundung"
      fehler={fehler}
      einleitung={
        <p class="kern-body">
          Aus Ihren Angaben entsteht der E-Mail-Text nach der Vorlage der Koordinierenden Stelle. Sie können
          ihn kopieren oder direkt an eGo MV senden. Damit bestätigen Sie auch, dass Sie die
          Nachnutzungsbedingungen akzeptieren.
        </p>
      }
    >
      <form
        method="post"
        action={`${paarPfad(kopf.behoerde.ags, kopf.dienst.id)}/interessenbekundung`}
        novalidate
      >
        <CsrfFeld token={kontext.csrf} />
        <div class="stapel">
          <Angaben
            eintraege={[
              ['Zuständige Stelle', kopf.behoerde.name],
              ['Online-Dienst', kopf.dienst.name],
            ]}
          />
          <Textfeld
            name="startDatum"
            label="Nachnutzung ab dem"
            hinweis="Zum Beispiel 01.03.2027"
            wert={werte.startDatum}
            fehler={fehler.startDatum}
            breite={10}
            inputmode="numeric"
          />
          <Textfeld
            name="kontaktName"
            label="Ansprechperson für die Anbindung"
            wert={werte.kontaktName}
            fehler={fehler.kontaktName}
            autocomplete="name"
            maxLength={200}
          />
          <Textfeld
            name="kontaktEmail"
            label="E-Mail der Ansprechperson"
            typ="email"
            optional
            wert={werte.kontaktEmail}
            fehler={fehler.kontaktEmail}
            spellcheck={false}
            maxLength={200}
          />
          <Textfeld
            name="kontaktTelefon"
            label="Telefon der Ansprechperson"
            typ="tel"
            optional
            wert={werte.kontaktTelefon}
            fehler={fehler.kontaktTelefon}
            maxLength={60}
          />
          <Textbereich
            name="signatur"
            label="Signatur"
            hinweis="Name, Funktion und Dienststelle, so wie sie unter der E-Mail stehen sollen."
            wert={werte.signatur}
            fehler={fehler.signatur}
            zeilen={4}
            maxLength={1000}
          />
          <Knopf>E-Mail-Text erzeugen</Knopf>
        </div>
      </form>
    </FormularSeite>
  );
}

export function InteressenbekundungTextSeite({
  kontext,
  kopf,
  bekundung,
  an,
  meldung,
  fehler,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  bekundung: NachnutzungInteressenbekundung;
  an: string;
  meldung?: string | undefined;
  fehler?: string | undefined;
}) {
  const pfad = paarPfad(kopf.behoerde.ags, kopf.dienst.id);
  return (
    <FormularSeite kontext={kontext} kopf={kopf} titel="E-Mail-Text der Interessenbekundung" fehler={{}}>
      {fehler === undefined ? null : <Hinweisbox art="danger" titel={fehler} />}
      {meldung === undefined ? null : <Hinweisbox art="success" titel={meldung} />}
      <p class="kern-body">
        An:{' '}
        <a class="kern-link" href={`mailto:${an}`}>
          {an}
        </a>
      </p>
      <p class="kern-body">Betreff: {bekundung.betreff}</p>
      <div class="kern-form-input">
        <label class="kern-label" for="feld-text">
          Text zum Kopieren
        </label>
        <textarea class="kern-form-input__input" id="feld-text" name="text" rows={14} readOnly>
          {bekundung.text}
        </textarea>
      </div>
      <p class="kern-body kern-body--small">
        Erzeugt am {formatZeit(bekundung.erstellt_am)} von {bekundung.erstellt_von_name}
        {bekundung.gesendet_am === null
          ? '. Noch nicht per E-Mail gesendet.'
          : `. Gesendet am ${formatZeit(bekundung.gesendet_am)} an ${bekundung.gesendet_an ?? ''}.`}
      </p>
      <div class="knopfleiste">
        <AktionsKnopf
          aktion={`${pfad}/interessenbekundung/${bekundung.id}/senden`}
          csrf={kontext.csrf}
          text={`Per E-Mail an ${an} senden`}
        />
        <a class="kern-link" href={pfad}>
          Zurück zum Stand
        </a>
      </div>
    </FormularSeite>
  );
}

export function BedingungenAkzeptierenSeite({
  kontext,
  kopf,
  bedingung,
  akzeptanzen,
  fehler,
  zustand,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  bedingung: Omit<NachnutzungBedingungen, 'datei'> | undefined;
  akzeptanzen: { version: number; person_name: string; akzeptiert_am: Date }[];
  fehler: FeldFehler;
  zustand: NachnutzungZustand;
}) {
  const pfad = paarPfad(kopf.behoerde.ags, kopf.dienst.id);
  const schon = bedingung !== undefined && akzeptanzen.some((a) => a.version === bedingung.version);
  return (
    <FormularSeite kontext={kontext} kopf={kopf} titel="Nachnutzungsbedingungen akzeptieren" fehler={fehler}>
      {bedingung === undefined ? (
        <Hinweisbox art="warning" titel="Es sind noch keine Nachnutzungsbedingungen hinterlegt.">
          <p class="kern-body">Die Koordinierende Stelle lädt sie unter „Nachnutzungsbedingungen“ hoch.</p>
        </Hinweisbox>
      ) : (
        <>
          <h2 class="kern-heading-medium">
            {bedingung.titel} (Version {bedingung.version})
          </h2>
          {bedingung.text === null ? null : <pre class="text kern-body">{bedingung.text}</pre>}
          {bedingung.dateiname === null ? null : (
            <p class="kern-body">
              <a class="kern-link" href={`/verwaltung/nachnutzung/bedingungen/${bedingung.version}/datei`}>
                {bedingung.dateiname} herunterladen
              </a>
            </p>
          )}
          {schon ? (
            <Hinweisbox art="success" titel={`Version ${bedingung.version} ist bereits akzeptiert.`} />
          ) : zustand === 'nicht_angebunden' || zustand === 'abgemeldet' ? (
            <Hinweisbox
              art="info"
              titel="Akzeptieren ist nach dem Eingang der Interessenbekundung möglich."
            />
          ) : (
            <form method="post" action={`${pfad}/bedingungen`} novalidate>
              <CsrfFeld token={kontext.csrf} />
              <input type="hidden" name="version" value={String(bedingung.version)} />
              <div class="stapel">
                <Einzelauswahl
                  name="akzeptiert"
                  label={`Ich akzeptiere die Nachnutzungsbedingungen in Version ${bedingung.version} im Namen von ${kopf.behoerde.name}.`}
                  fehler={fehler.akzeptiert}
                />
                <Knopf>Akzeptieren</Knopf>
              </div>
            </form>
          )}
        </>
      )}
      {akzeptanzen.length === 0 ? null : (
        <>
          <h2 class="kern-heading-medium">Bisher akzeptiert</h2>
          <ul class="kern-list kern-list--bullet">
            {akzeptanzen.map((a) => (
              <li>
                Version {a.version} am {formatZeit(a.akzeptiert_am)} von {a.person_name}
              </li>
            ))}
          </ul>
        </>
      )}
    </FormularSeite>
  );
}

export function UnterlagenSeite({
  kontext,
  kopf,
  unterlagen,
  koordination,
  zustand,
  werte,
  fehler,
  meldung,
  aktionsFehler,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  unterlagen: UnterlageOhneDatei[];
  koordination: boolean;
  zustand: NachnutzungZustand;
  werte: Werte;
  fehler: FeldFehler;
  meldung?: string | undefined;
  aktionsFehler?: string[] | undefined;
}) {
  const pfad = paarPfad(kopf.behoerde.ags, kopf.dienst.id);
  const bereitgestellt = !['nicht_angebunden', 'interesse_bekundet', 'bedingungen_akzeptiert'].includes(
    zustand,
  );
  return (
    <FormularSeite
      kontext={kontext}
      kopf={kopf}
      titel="Bestätigung und Unterlagen zur Anbindung"
      fehler={fehler}
      aktionsFehler={aktionsFehler}
    >
      {meldung === undefined ? null : <Hinweisbox art="success" titel={meldung} />}
      {unterlagen.length === 0 ? (
        <p class="kern-body">Noch keine Unterlagen.</p>
      ) : (
        <ul class="kern-list stapel">
          {unterlagen.map((u) => (
            <li>
              <p class="kern-body">
                <strong>{u.art === 'bestaetigung' ? 'Bestätigung' : 'Unterlage zur Anbindung'}:</strong>{' '}
                {u.url !== null ? (
                  <a class="kern-link" href={u.url}>
                    {u.titel}
                  </a>
                ) : (
                  <a class="kern-link" href={`${pfad}/unterlagen/${u.id}`}>
                    {u.titel}
                  </a>
                )}
              </p>
              <p class="kern-body kern-body--small">
                Hinzugefügt am {formatZeit(u.erstellt_am)} von {u.erstellt_von_name}.{' '}
                {u.empfang_bestaetigt_am === null
                  ? 'Empfang noch nicht bestätigt.'
                  : `Empfang bestätigt am ${formatZeit(u.empfang_bestaetigt_am)} von ${u.empfang_bestaetigt_von_name ?? ''}.`}
              </p>
              {bereitgestellt && u.empfang_bestaetigt_am === null ? (
                <AktionsKnopf
                  aktion={`${pfad}/unterlagen/${u.id}/empfang`}
                  csrf={kontext.csrf}
                  text={`Empfang bestätigen: ${u.titel}`}
                  art="secondary"
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {koordination && zustand === 'bedingungen_akzeptiert' ? (
        <AktionsKnopf
          aktion={`${pfad}/unterlagen/bereitstellen`}
          csrf={kontext.csrf}
          text="Bestätigung und Unterlagen an das Sozialamt bereitstellen"
        />
      ) : null}
      {koordination ? (
        <>
          <h2 class="kern-heading-medium">Unterlage hinzufügen</h2>
          <AktionsKnopf
            aktion={`${pfad}/unterlagen`}
            csrf={kontext.csrf}
            text="Generischen Anbindungsleitfaden verlinken"
            art="secondary"
            felder={{ vorlage: 'anbindungsleitfaden' }}
          />
          <form method="post" action={`${pfad}/unterlagen`} enctype="multipart/form-data" novalidate>
            <CsrfFeld token={kontext.csrf} />
            <div class="stapel">
              <Auswahlgruppe
                name="art"
                art="radio"
                legende="Art der Unterlage"
                gewaehlt={werte.art}
                fehler={fehler.art}
                optionen={[
                  { wert: 'bestaetigung', label: 'Bestätigung der Mitnutzungskoordination' },
                  { wert: 'anbindungsunterlage', label: 'Unterlage zur Anbindung' },
                ]}
              />
              <Textfeld name="titel" label="Titel" wert={werte.titel} fehler={fehler.titel} maxLength={200} />
              <Textbereich
                name="text"
                label="Text"
                optional
                hinweis="Zum Beispiel der Text der Bestätigung."
                wert={werte.text}
                fehler={fehler.text}
                zeilen={6}
              />
              <Textfeld
                name="url"
                label="Link"
                typ="text"
                optional
                hinweis="Adresse einer öffentlich abrufbaren Unterlage, beginnt mit https://"
                wert={werte.url}
                fehler={fehler.url}
                spellcheck={false}
              />
              <Dateifeld
                name="datei"
                label="Datei"
                hinweis="Höchstens 10 MB. Geben Sie genau eins an: Text, Link oder Datei."
                fehler={fehler.datei}
              />
              <Knopf>Unterlage hinzufügen</Knopf>
            </div>
          </form>
        </>
      ) : null}
    </FormularSeite>
  );
}

export function VerbindungFormular({
  kontext,
  kopf,
  werte,
  fehler,
  hatSchluessel,
  versionen,
  aktionsFehler,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  werte: Werte;
  fehler: FeldFehler;
  hatSchluessel: boolean;
  versionen: readonly string[];
  aktionsFehler?: Aktionsfehler;
}) {
  return (
    <FormularSeite
      aktionsFehler={aktionsFehler}
      kontext={kontext}
      kopf={kopf}
      titel="Technische Anbindung"
      fehler={fehler}
      einleitung={
        <p class="kern-body">
          Wie die Anträge das Sozialamt erreichen (Übertragungsweg über OSCI XTA 2) und welches Fachverfahren
          sie übernimmt. Die Zustellung verwendet genau diese Angaben. Nach jeder Änderung muss der
          Verbindungstest erneut bestanden werden.
        </p>
      }
    >
      <form method="post" action={`${paarPfad(kopf.behoerde.ags, kopf.dienst.id)}/verbindung`} novalidate>
        <CsrfFeld token={kontext.csrf} />
        <div class="stapel">
          <Auswahlgruppe
            name="transport"
            art="radio"
            legende="Übertragungsweg"
            gewaehlt={werte.transport}
            fehler={fehler.transport}
            optionen={[
              {
                wert: 'intern',
                label: transportNamen.intern,
                hinweis: 'Das Fachverfahren oder der eingebaute Posteingang holt die Anträge dort ab.',
              },
              { wert: 'xta', label: transportNamen.xta, hinweis: 'Angaben zum XTA-Server unten ausfüllen.' },
            ]}
          />
          <fieldset class="kern-fieldset">
            <legend class="kern-label">Nur für den XTA-Server des Sozialamts</legend>
            <div class="kern-fieldset__body stapel">
              <Textfeld
                name="endpunktManagement"
                label="Adresse des ManagementPort"
                optional
                hinweis="Beginnt mit https://"
                wert={werte.endpunktManagement}
                fehler={fehler.endpunktManagement}
                spellcheck={false}
              />
              <Textfeld
                name="endpunktSenden"
                label="Adresse des SendXtaPort"
                optional
                hinweis="Beginnt mit https://"
                wert={werte.endpunktSenden}
                fehler={fehler.endpunktSenden}
                spellcheck={false}
              />
              <Textbereich
                name="clientZertifikat"
                label="Clientzertifikat (PEM)"
                optional
                wert={werte.clientZertifikat}
                fehler={fehler.clientZertifikat}
                zeilen={5}
              />
              <Textbereich
                name="clientSchluessel"
                label="Privater Schlüssel zum Clientzertifikat (PEM)"
                optional
                hinweis={
                  hatSchluessel
                    ? 'Ein Schlüssel ist gespeichert (verschlüsselt). Leer lassen, um ihn zu behalten.'
                    : 'Wird verschlüsselt gespeichert und nie wieder angezeigt.'
                }
                fehler={fehler.clientSchluessel}
                zeilen={5}
              />
              <Textbereich
                name="caZertifikate"
                label="CA-Zertifikate des XTA-Servers (PEM)"
                optional
                hinweis="Nur nötig, wenn der Server kein allgemein vertrauenswürdiges Zertifikat hat."
                wert={werte.caZertifikate}
                fehler={fehler.caZertifikate}
                zeilen={4}
              />
            </div>
          </fieldset>
          <Textfeld
            name="leserKennung"
            label="DVDV-Kennung des Sozialamts (Leser)"
            hinweis="Präfix und Behördenkennung, zum Beispiel psw:01003110"
            wert={werte.leserKennung}
            fehler={fehler.leserKennung}
            spellcheck={false}
          />
          <Textfeld
            name="leserName"
            label="Name des Lesers"
            wert={werte.leserName}
            fehler={fehler.leserName}
          />
          <Textfeld
            name="dienstUri"
            label="DVDV-Dienst-URI"
            hinweis="Zum Beispiel https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0/….wsdl"
            wert={werte.dienstUri}
            fehler={fehler.dienstUri}
            spellcheck={false}
          />
          <Auswahlliste
            name="xsozialVersion"
            label="xSozial-basis-Version"
            wert={werte.xsozialVersion}
            fehler={fehler.xsozialVersion}
            optionen={versionen.map((v) => ({ wert: v, label: v }))}
          />
          <Auswahlgruppe
            name="fachverfahren"
            art="radio"
            legende="Fachverfahren"
            gewaehlt={werte.fachverfahren}
            fehler={fehler.fachverfahren}
            optionen={[
              { wert: 'prosoz', label: fachverfahrenNamen.prosoz },
              { wert: 'laemmerzahl', label: fachverfahrenNamen.laemmerzahl },
              {
                wert: 'posteingang',
                label: fachverfahrenNamen.posteingang,
                hinweis: 'Nur mit dem eingebauten XTA-Postfach.',
              },
            ]}
          />
          <Einzelauswahl
            name="comvibilia"
            label="Lämmerzahl wird über Governikus ComVibilia angebunden"
            gesetzt={werte.comvibilia === 'ja'}
            fehler={fehler.comvibilia}
          />
          <Knopf>Verbindungsdaten speichern</Knopf>
        </div>
      </form>
    </FormularSeite>
  );
}

export function DatumsFormular({
  kontext,
  kopf,
  titel,
  aktion,
  einleitung,
  werte,
  fehler,
  knopf,
  grund,
  datumLabel,
  datumHinweis,
  aktionsFehler,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  titel: string;
  aktion: string;
  einleitung: ComponentChildren;
  werte: Werte;
  fehler: FeldFehler;
  knopf: string;
  grund: boolean;
  datumLabel: string;
  datumHinweis: string;
  aktionsFehler?: Aktionsfehler;
}) {
  return (
    <FormularSeite
      aktionsFehler={aktionsFehler}
      kontext={kontext}
      kopf={kopf}
      titel={titel}
      fehler={fehler}
      einleitung={einleitung}
    >
      <form method="post" action={`${paarPfad(kopf.behoerde.ags, kopf.dienst.id)}/${aktion}`} novalidate>
        <CsrfFeld token={kontext.csrf} />
        <div class="stapel">
          <Textfeld
            name="datum"
            label={datumLabel}
            hinweis={datumHinweis}
            wert={werte.datum}
            fehler={fehler.datum}
            breite={10}
            inputmode="numeric"
          />
          {grund ? (
            <Textbereich
              name="grund"
              label="Begründung"
              wert={werte.grund}
              fehler={fehler.grund}
              zeilen={4}
              maxLength={2000}
            />
          ) : null}
          <Knopf>{knopf}</Knopf>
        </div>
      </form>
    </FormularSeite>
  );
}

export function VoruebergehendFormular({
  kontext,
  kopf,
  werte,
  fehler,
  heute,
  aktionsFehler,
}: {
  kontext: Seitenkontext;
  kopf: Kopf;
  werte: Werte;
  fehler: FeldFehler;
  heute: string;
  aktionsFehler?: Aktionsfehler;
}) {
  return (
    <FormularSeite
      aktionsFehler={aktionsFehler}
      kontext={kontext}
      kopf={kopf}
      titel="Vorübergehend abmelden"
      fehler={fehler}
      einleitung={
        <p class="kern-body">
          Szenario B: Es gelten keine Fristen. Die Mitnutzungskoordination (MiK) wird sofort per E-Mail
          informiert. Bürgerinnen und Bürger sehen auf der Seite des Sozialamts und am Anfang des Antrags
          einen Hinweis, wie sie in der Zwischenzeit schriftlich beantragen können. Begonnene Entwürfe bleiben
          erhalten.
        </p>
      }
    >
      <form method="post" action={`${paarPfad(kopf.behoerde.ags, kopf.dienst.id)}/voruebergehend`} novalidate>
        <CsrfFeld token={kontext.csrf} />
        <div class="stapel">
          <Textbereich
            name="grund"
            label="Begründung für den MiK"
            wert={werte.grund}
            fehler={fehler.grund}
            zeilen={3}
            maxLength={2000}
          />
          <Auswahlgruppe
            name="beginn"
            art="radio"
            legende="Beginn"
            gewaehlt={werte.beginn ?? 'sofort'}
            fehler={fehler.beginn}
            optionen={[
              { wert: 'sofort', label: `Sofort (heute, ${formatDatum(heute)})` },
              { wert: 'geplant', label: 'Zu einem späteren Datum' },
            ]}
          />
          <Textfeld
            name="ab"
            label="Beginn am"
            optional
            hinweis="Nur bei späterem Beginn, zum Beispiel 01.02.2027"
            wert={werte.ab}
            fehler={fehler.ab}
            breite={10}
            inputmode="numeric"
          />
          <Textfeld
            name="bis"
            label="Voraussichtlich wieder verfügbar ab"
            optional
            hinweis="Leer lassen, wenn das Ende noch offen ist. An diesem Tag wird der Dienst automatisch wieder aufgenommen."
            wert={werte.bis}
            fehler={fehler.bis}
            breite={10}
            inputmode="numeric"
          />
          <Textbereich
            name="hinweisText"
            label="Eigener Hinweis für Bürgerinnen und Bürger"
            optional
            hinweis="Leer lassen für den Standardtext mit der Anschrift des Sozialamts und dem schriftlichen Antragsweg."
            wert={werte.hinweisText}
            fehler={fehler.hinweisText}
            zeilen={4}
            maxLength={2000}
          />
          <Knopf>Vorübergehend abmelden</Knopf>
        </div>
      </form>
    </FormularSeite>
  );
}
