import type { ComponentChildren } from 'preact';
import { FeldEingabe, type RohEingabe } from '../../antrag/index.ts';
import { formatDateigroesse } from '../../shared/index.ts';
import {
  CsrfFeld,
  Fehlertext,
  Fehlerzusammenfassung,
  feldId,
  Hinweisbox,
  Knopf,
  Layout,
  Textfeld,
} from '../../web/index.ts';
import { ABSCHNITTE, erklaerung, MONATSZEILEN } from '../formular.ts';

// The landlord's pages: no navigation, no sign-in, nothing of the service but this declaration. The landlord
// sees the tenant's name and the flat's address only, never the tenant's figures.

export type Bezug = { mieter: string; wohnung: string; gueltigBis: string };

function Seite(p: { titel: string; fehler?: Record<string, string>; children: ComponentChildren }) {
  const hatFehler = p.fehler !== undefined && Object.keys(p.fehler).length > 0;
  return (
    <Layout titel={p.titel} hatFehler={hatFehler}>
      <div class="stapel">
        {p.fehler !== undefined ? <Fehlerzusammenfassung fehler={p.fehler} /> : null}
        {p.children}
      </div>
    </Layout>
  );
}

function Worum({ b }: { b: Bezug }) {
  return (
    <dl class="kern-description-list">
      <div class="kern-description-list-item">
        <dt class="kern-description-list-item__key">Mieterin oder Mieter</dt>
        <dd class="kern-description-list-item__value">{b.mieter}</dd>
      </div>
      <div class="kern-description-list-item">
        <dt class="kern-description-list-item__key">Wohnung</dt>
        <dd class="kern-description-list-item__value">{b.wohnung}</dd>
      </div>
      <div class="kern-description-list-item">
        <dt class="kern-description-list-item__key">Link gültig bis</dt>
        <dd class="kern-description-list-item__value">{b.gueltigBis}</dd>
      </div>
    </dl>
  );
}

/** Wrong, expired, revoked, used or guessed code: one page for all, no hint whether a case exists. */
export function UngueltigSeite() {
  return (
    <Seite titel="Dieser Link ist nicht gültig">
      <h1 class="kern-heading-large">Dieser Link ist nicht gültig</h1>
      <p class="kern-body">
        Der Link ist falsch, abgelaufen, wurde zurückgezogen oder schon für eine Erklärung benutzt. Bitte
        prüfen Sie die Adresse. Wenn Sie eine Erklärung abgeben möchten, wenden Sie sich bitte an das
        Sozialamt, das Sie angeschrieben hat: Es kann Ihnen einen neuen Link senden.
      </p>
    </Seite>
  );
}

export function BestaetigungSeite(p: {
  aktion: string;
  csrf: string;
  email: string;
  gesendet: boolean;
  fehler?: string | undefined;
  b: Bezug;
}) {
  const fehler = p.fehler === undefined ? undefined : { code: p.fehler };
  return (
    <Seite titel="Bestätigen Sie Ihre E-Mail-Adresse" {...(fehler !== undefined ? { fehler } : {})}>
      <h1 class="kern-heading-large">Bestätigen Sie Ihre E-Mail-Adresse</h1>
      <Worum b={p.b} />
      <p class="kern-body">
        Zu Ihrer Sicherheit senden wir einen Bestätigungscode an {p.email}. Mit diesem Code öffnen Sie das
        Formular.
      </p>
      {p.gesendet ? (
        <Hinweisbox art="success" titel={`Der Code ist an ${p.email} unterwegs. Er gilt 30 Minuten.`} />
      ) : null}
      <form method="post" action={`${p.aktion}/code-senden`}>
        <CsrfFeld token={p.csrf} />
        <Knopf art={p.gesendet ? 'secondary' : 'primary'}>
          {p.gesendet ? 'Neuen Code senden' : 'Code senden'}
        </Knopf>
      </form>
      <form method="post" action={`${p.aktion}/bestaetigen`} novalidate>
        <CsrfFeld token={p.csrf} />
        <div class="stapel">
          <Textfeld
            name="code"
            label="Bestätigungscode"
            hinweis="6 Ziffern aus der E-Mail"
            fehler={p.fehler}
            wert=""
            breite={5}
            maxLength={6}
            inputmode="numeric"
            autocomplete="one-time-code"
          />
          <div class="knopfleiste">
            <Knopf>Bestätigen</Knopf>
          </div>
        </div>
      </form>
    </Seite>
  );
}

export type Hochgeladen = { dateiname: string; groesse: number } | undefined;

function Feld({ name, roh, fehler }: { name: string; roh: RohEingabe; fehler: Record<string, string> }) {
  const feld = (
    erklaerung.felder as Record<string, (typeof erklaerung.felder)[keyof typeof erklaerung.felder]>
  )[name];
  if (feld === undefined) return null;
  return <FeldEingabe name={name} feld={feld} wert={roh[name]} fehler={fehler[name]} />;
}

function Monate({ roh, fehler }: { roh: RohEingabe; fehler: Record<string, string> }) {
  return (
    <>
      <p class="kern-body">
        Bitte tragen Sie je Monat den offenen Betrag ein, wie er auf Ihrem Mietkonto steht (höchstens{' '}
        {MONATSZEILEN} Monate). Leere Zeilen werden nicht beachtet.
      </p>
      {Array.from({ length: MONATSZEILEN }, (_, i) => (
        <fieldset class="kern-fieldset monatszeile">
          <legend class="kern-label">Zeile {i + 1}</legend>
          <div class="kern-fieldset__body stapel">
            <Feld name={`monat${i + 1}`} roh={roh} fehler={fehler} />
            <Feld name={`betrag${i + 1}`} roh={roh} fehler={fehler} />
          </div>
        </fieldset>
      ))}
    </>
  );
}

function Upload({ hochgeladen, fehler }: { hochgeladen: Hochgeladen; fehler: string | undefined }) {
  const id = feldId('mietkonto');
  const beschreibung = [`${id}-hinweis`, fehler !== undefined ? `${id}-fehler` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`kern-form-input${fehler !== undefined ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        Mietkontoauszug
      </label>
      <div class="kern-hint" id={`${id}-hinweis`}>
        {hochgeladen !== undefined
          ? `Bereits hochgeladen: ${hochgeladen.dateiname} (${formatDateigroesse(hochgeladen.groesse)}). Wählen Sie nur eine Datei, wenn Sie sie ersetzen möchten.`
          : 'Eine PDF-, JPG- oder PNG-Datei mit den Buchungen des Mietkontos.'}
      </div>
      {fehler !== undefined ? <Fehlertext id={`${id}-fehler`} text={fehler} /> : null}
      <input
        class={`kern-form-input__input${fehler !== undefined ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name="mietkonto"
        type="file"
        accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
        aria-invalid={fehler !== undefined ? 'true' : undefined}
        aria-describedby={beschreibung}
      />
    </div>
  );
}

export function FormularSeite(p: {
  aktion: string;
  csrf: string;
  b: Bezug;
  roh: RohEingabe;
  fehler: Record<string, string>;
  hochgeladen: Hochgeladen;
}) {
  return (
    <Seite titel="Erklärung zu Mietrückständen" fehler={p.fehler}>
      <h1 class="kern-heading-large">Erklärung zu Mietrückständen</h1>
      <Worum b={p.b} />
      <p class="kern-body">
        Das Sozialamt prüft, ob es die Mietrückstände übernimmt. Bitte geben Sie die Beträge so an, wie Ihr
        Mietkonto sie zeigt. Sie können die Erklärung nur einmal abgeben; Korrekturen nimmt danach das
        Sozialamt entgegen. Alle Angaben sind Pflicht, außer sie sind als optional gekennzeichnet.
      </p>
      <form
        method="post"
        action={`${p.aktion}?_csrf=${encodeURIComponent(p.csrf)}`}
        enctype="multipart/form-data"
        novalidate
      >
        <CsrfFeld token={p.csrf} />
        <div class="stapel">
          {ABSCHNITTE.map((a) => (
            <section class="stapel">
              <h2 class="kern-heading-medium">{a.titel}</h2>
              {a.felder.map((name) => (
                <Feld name={name} roh={p.roh} fehler={p.fehler} />
              ))}
              {'monate' in a ? <Monate roh={p.roh} fehler={p.fehler} /> : null}
              {'danach' in a
                ? a.danach.map((name) => <Feld name={name} roh={p.roh} fehler={p.fehler} />)
                : null}
            </section>
          ))}
          <section class="stapel">
            <h2 class="kern-heading-medium">Nachweis und Bestätigung</h2>
            <Upload hochgeladen={p.hochgeladen} fehler={p.fehler.mietkonto} />
            <Feld name="richtig" roh={p.roh} fehler={p.fehler} />
          </section>
        </div>
        <div class="knopfleiste">
          <Knopf>Erklärung verbindlich absenden</Knopf>
        </div>
      </form>
    </Seite>
  );
}

export function DankeSeite({ sozialamt }: { sozialamt: string }) {
  return (
    <Seite titel="Vielen Dank, Ihre Erklärung ist abgegeben">
      <div class="kern-alert kern-alert--success" role="status">
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--success" aria-hidden="true" />
          <h1 class="kern-title">Vielen Dank, Ihre Erklärung ist abgegeben</h1>
        </div>
      </div>
      <p class="kern-body">
        Ihre Erklärung und der Mietkontoauszug werden an {sozialamt} übermittelt. Der Link ist damit
        verbraucht. Wenn Sie etwas korrigieren möchten, wenden Sie sich bitte direkt an das Sozialamt.
      </p>
    </Seite>
  );
}
