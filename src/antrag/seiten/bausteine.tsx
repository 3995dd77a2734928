import type { ComponentChildren } from 'preact';
import type { Feld, RohWert } from '../schritte/felder.ts';
import { staatName } from '../schritte/staaten.ts';
import { formatDatum, formatUhrzeit } from '../../shared/index.ts';
import {
  Auswahlgruppe,
  Auswahlliste,
  CsrfFeld,
  Einzelauswahl,
  feldId,
  Fehlertext,
  Fehlerzusammenfassung,
  Knopf,
  Textbereich,
  Textfeld,
  type FeldFehler,
  Layout,
} from '../../web/index.ts';
import { ABMELDEN_PFAD } from '../../bundid/index.ts';

// Building blocks of the wizard pages: the frame (sign-out, back link, "saved after every step" and the
// session time-out), date and month inputs in three/two fields (GOV.UK/KERN pattern), and the rendering of a
// field definition with its raw value.

export type Rahmen = {
  name: string;
  csrf: string;
  /** When the session ends without further requests. */
  sitzungsende: Date;
  /** Seconds until then, by the server's clock (the warning script counts from it). */
  restSekunden?: number;
  /** The page "Sitzung verlängern" comes back to. */
  pfad?: string;
};

export function AntragSeite(props: {
  titel: string;
  rahmen: Rahmen;
  fehler?: FeldFehler;
  zurueck?: string | undefined;
  children: ComponentChildren;
  speicherhinweis?: boolean;
}) {
  const hatFehler = props.fehler !== undefined && Object.values(props.fehler).some((f) => f !== undefined);
  return (
    <Layout
      titel={props.titel}
      hatFehler={hatFehler}
      skripte={['/static/buerger-sitzung.js']}
      navigation={{
        angemeldet: { name: props.rahmen.name, abmeldenPfad: ABMELDEN_PFAD },
        csrfToken: props.rahmen.csrf,
      }}
    >
      {props.zurueck !== undefined ? (
        <p class="zurueck">
          <a class="kern-link" href={props.zurueck}>
            <span class="kern-icon kern-icon--chevron-left kern-icon--small" aria-hidden="true" />
            Zurück
          </a>
        </p>
      ) : null}
      <div id="buerger-sitzung-warnung" class="sitzungswarnung" role="alert" />
      <div class="stapel">
        {props.fehler !== undefined ? <Fehlerzusammenfassung fehler={props.fehler} /> : null}
        {props.children}
        <Sitzungshinweis rahmen={props.rahmen} speichern={props.speicherhinweis !== false} />
      </div>
    </Layout>
  );
}

const uhrzeit = (d: Date) => formatUhrzeit(d);

export const SITZUNG_VERLAENGERN_PFAD = '/antrag/sitzung';

/**
 * No time-out without warning (WCAG 2.2.1): says when the session ends, that saved answers are kept, and offers
 * "Sitzung verlängern". /static/buerger-sitzung.js (progressive enhancement) warns two minutes before the end.
 */
export function Sitzungshinweis({ rahmen, speichern }: { rahmen: Rahmen; speichern: boolean }) {
  return (
    <div
      id="buerger-sitzung"
      class="sitzungshinweis"
      data-restsekunden={rahmen.restSekunden === undefined ? undefined : String(rahmen.restSekunden)}
    >
      <p class="kern-body kern-body--small speicherhinweis">
        <span class="kern-icon kern-icon--info kern-icon--small" aria-hidden="true" />{' '}
        {speichern ? 'Ihre Angaben werden nach jedem Schritt gespeichert. ' : ''}Aus Sicherheitsgründen werden
        Sie nach 30 Minuten ohne Eingabe abgemeldet: Ihre Sitzung endet um{' '}
        <time dateTime={rahmen.sitzungsende.toISOString()}>{uhrzeit(rahmen.sitzungsende)} Uhr</time>, wenn Sie
        bis dahin nichts tun. Gespeicherte Angaben bleiben erhalten; was Sie auf einer Seite noch nicht
        gespeichert haben, geht dann verloren. Melden Sie sich einfach wieder an und machen Sie weiter.
      </p>
      <form method="post" action={SITZUNG_VERLAENGERN_PFAD} class="sitzungshinweis__form">
        <CsrfFeld token={rahmen.csrf} />
        <input type="hidden" name="ziel" value={rahmen.pfad ?? '/antrag'} />
        <button class="kern-btn kern-btn--secondary kern-btn--small" type="submit">
          <span class="kern-label">Sitzung verlängern</span>
        </button>
      </form>
    </div>
  );
}

export function Ueberschrift({
  bereich,
  children,
}: {
  bereich?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class="kern-hgroup">
      {bereich !== undefined ? <p class="kern-preline">{bereich}</p> : null}
      <h1 class="kern-heading-large">{children}</h1>
    </div>
  );
}

export function Formular(props: {
  aktion: string;
  csrf: string;
  children: ComponentChildren;
  knopf?: string;
  ruecksprung?: string | undefined;
  uebersicht?: string;
}) {
  return (
    <form method="post" action={props.aktion} novalidate>
      <CsrfFeld token={props.csrf} />
      {props.ruecksprung !== undefined ? (
        <input type="hidden" name="_zurueck" value={props.ruecksprung} />
      ) : null}
      <div class="stapel">{props.children}</div>
      <div class="knopfleiste">
        <Knopf>{props.knopf ?? 'Speichern und weiter'}</Knopf>
        {props.uebersicht !== undefined ? (
          <a class="kern-link" href={props.uebersicht}>
            Zur Übersicht
          </a>
        ) : null}
      </div>
    </form>
  );
}

/** A form with nothing but the button that goes on, for pages that only inform. */
export function WeiterFormular(props: {
  seite: { aktion: string; rahmen: { csrf: string }; ruecksprung?: string | undefined; uebersicht?: string };
  knopf: string;
}) {
  const { seite } = props;
  return (
    <Formular
      aktion={seite.aktion}
      csrf={seite.rahmen.csrf}
      ruecksprung={seite.ruecksprung}
      uebersicht={seite.uebersicht}
      knopf={props.knopf}
    >
      {null}
    </Formular>
  );
}

const teil = (roh: RohWert | undefined, name: string): string =>
  typeof roh === 'object' && !Array.isArray(roh) ? (roh[name] ?? '') : '';

/** A date in three fields; the first carries the field id, so the error summary link focuses it. */
export function Datumsfeld(props: {
  name: string;
  label: ComponentChildren;
  hinweis?: string | undefined;
  fehler?: string | undefined;
  optional?: boolean;
  wert: RohWert | undefined;
  teile?: readonly ('tag' | 'monat' | 'jahr')[];
}) {
  const id = feldId(props.name);
  const teile = props.teile ?? (['tag', 'monat', 'jahr'] as const);
  const beschreibung = [
    props.hinweis !== undefined ? `${id}-hinweis` : null,
    props.fehler !== undefined ? `${id}-fehler` : null,
  ]
    .filter((x) => x !== null)
    .join(' ');
  const namen = { tag: 'Tag', monat: 'Monat', jahr: 'Jahr' } as const;
  return (
    <fieldset
      class={`kern-fieldset${props.fehler !== undefined ? ' kern-fieldset--error' : ''}`}
      aria-describedby={beschreibung === '' ? undefined : beschreibung}
    >
      <legend class="kern-label">
        {props.label}
        {props.optional === true ? <span class="kern-label__optional"> – optional</span> : null}
      </legend>
      {props.hinweis !== undefined ? (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {props.hinweis}
        </div>
      ) : null}
      {props.fehler !== undefined ? <Fehlertext id={`${id}-fehler`} text={props.fehler} /> : null}
      <div class="kern-fieldset__body kern-fieldset__body--horizontal datumsfeld">
        {teile.map((t, i) => {
          const teilId = i === 0 ? id : `${id}-${t}`;
          return (
            <div class="kern-form-input">
              <label class="kern-label" for={teilId}>
                {namen[t]}
              </label>
              <input
                class={`kern-form-input__input kern-form-input__input--width-${t === 'jahr' ? 4 : 2}${props.fehler !== undefined ? ' kern-form-input__input--error' : ''}`}
                id={teilId}
                name={`${props.name}-${t}`}
                type="text"
                inputMode="numeric"
                maxLength={t === 'jahr' ? 4 : 2}
                value={teil(props.wert, t)}
                aria-invalid={props.fehler !== undefined ? 'true' : undefined}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** One field of a step, rendered by its kind with the raw value as entered. */
export function FeldEingabe(props: {
  name: string;
  feld: Feld<unknown>;
  wert: RohWert | undefined;
  fehler?: string | undefined;
  /** The field is pre-filled from BundID and not editable. */
  verifiziert?: string | undefined;
  alsUeberschrift?: boolean;
}) {
  const { name, feld, wert, fehler } = props;
  const text = typeof wert === 'string' ? wert : '';
  const basis = {
    name,
    label: feld.label,
    ...(feld.hinweis !== undefined ? { hinweis: feld.hinweis } : {}),
    fehler,
    optional: feld.optional,
  };
  if (props.verifiziert !== undefined) {
    const anzeige =
      feld.art === 'datum'
        ? formatDatum(props.verifiziert)
        : feld.bundid === 'staatsangehoerigkeit'
          ? staatName(props.verifiziert)
          : props.verifiziert;
    return <Textfeld name={`${name}-bundid`} label={feld.label} wert={anzeige} verifiziert={true} />;
  }
  switch (feld.art) {
    case 'textbereich':
      return (
        <Textbereich
          {...basis}
          wert={text}
          {...(feld.maxLength !== undefined ? { maxLength: feld.maxLength } : {})}
        />
      );
    case 'datum':
      return <Datumsfeld {...basis} wert={wert} />;
    case 'monat':
      return <Datumsfeld {...basis} wert={wert} teile={['monat', 'jahr']} />;
    case 'auswahl':
    case 'mehrfach':
      return (
        <Auswahlgruppe
          name={name}
          legende={
            props.alsUeberschrift === true ? <h1 class="kern-heading-large">{feld.label}</h1> : feld.label
          }
          {...(feld.hinweis !== undefined ? { hinweis: feld.hinweis } : {})}
          fehler={fehler}
          optional={feld.optional && feld.art === 'auswahl'}
          art={feld.art === 'auswahl' ? 'radio' : 'checkbox'}
          optionen={(feld.optionen ?? []).map((o) => ({
            wert: o.wert,
            label: o.label,
            ...(o.hinweis !== undefined ? { hinweis: o.hinweis } : {}),
          }))}
          gewaehlt={Array.isArray(wert) ? wert : text === '' ? undefined : text}
          horizontal={feld.optionen?.length === 2 && feld.optionen.every((o) => o.label.length < 6)}
        />
      );
    case 'liste':
      return (
        <Auswahlliste
          {...basis}
          wert={text}
          optionen={(feld.optionen ?? []).map((o) => ({ wert: o.wert, label: o.label }))}
        />
      );
    case 'bestaetigung':
      return (
        <Einzelauswahl
          name={name}
          label={feld.label}
          {...(feld.hinweis !== undefined ? { hinweis: feld.hinweis } : {})}
          fehler={fehler}
          gesetzt={text === 'ja'}
        />
      );
    default:
      return (
        <Textfeld
          {...basis}
          wert={text}
          typ={feld.art === 'email' ? 'email' : feld.art === 'telefon' ? 'tel' : 'text'}
          {...(feld.autocomplete !== undefined ? { autocomplete: feld.autocomplete } : {})}
          {...(feld.breite !== undefined ? { breite: feld.breite } : {})}
          {...(feld.maxLength !== undefined ? { maxLength: feld.maxLength } : {})}
          {...(eingabeModus(feld.art) !== undefined ? { inputmode: eingabeModus(feld.art) } : {})}
          {...(feld.art === 'iban' || feld.art === 'plz' ? { spellcheck: false } : {})}
        />
      );
  }
}

function eingabeModus(art: Feld<unknown>['art']) {
  switch (art) {
    case 'geld':
    case 'dezimal':
      return 'decimal' as const;
    case 'ganzzahl':
    case 'plz':
      return 'numeric' as const;
    case 'email':
      return 'email' as const;
    case 'telefon':
      return 'tel' as const;
    default:
      return undefined;
  }
}
