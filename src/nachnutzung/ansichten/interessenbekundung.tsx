import {
  Angaben,
  CsrfFeld,
  Hinweisbox,
  Knopf,
  Textbereich,
  Textfeld,
  type FeldFehler,
} from '../../web/index.ts';
import { formatZeit } from '../../shared/index.ts';
import type { NachnutzungInteressenbekundung } from '../nachnutzung-tables.ts';
import { paarPfad } from './paar-pfad.ts';
import { AktionsKnopf, type Seitenkontext } from './verwaltung-layout.tsx';
import { type Kopf, type Werte, type Aktionsfehler, FormularSeite } from './formular-seite.tsx';

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
