import { CsrfFeld, feldId, Fehlertext, Hinweisbox, Knopf } from '../../web/index.ts';
import type { DateiInfo } from '../antrag-repo.ts';
import { formatGroesse } from '../datei-pruefung.ts';
import type { Bedarf } from '../flow-unterlagen.ts';
import { AntragSeite, WeiterFormular, Ueberschrift, type Rahmen } from './bausteine.tsx';

// Section R: the overview of the documents (which are required follows from the answers) and one upload page
// per kind of document. Uploads are plain multipart forms; the CSRF token travels in the form action's query,
// because the CSRF check runs before the multipart body is read.

export function UnterlagenUebersicht(p: {
  rahmen: Rahmen;
  basis: string;
  aktion: string;
  zurueck: string | undefined;
  uebersicht: string;
  ruecksprung?: string | undefined;
  bedarf: Bedarf[];
  dateien: DateiInfo[];
  gesamtBytes: number;
  hoechstBytes: number;
  hoechstDatei: number;
}) {
  const anzahl = (art: string) => p.dateien.filter((d) => d.art === art).length;
  const pflicht = p.bedarf.filter((b) => b.pflicht);
  const optional = p.bedarf.filter((b) => !b.pflicht);
  const fehlend = pflicht.filter((b) => anzahl(b.art) === 0);
  const Liste = ({ eintraege }: { eintraege: Bedarf[] }) => (
    <dl class="kern-description-list unterlagenliste">
      {eintraege.map((b) => {
        const n = anzahl(b.art);
        return (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{b.titel}</dt>
            <dd class="kern-description-list-item__value">
              <span class={`kern-badge kern-badge--${n > 0 ? 'success' : b.pflicht ? 'warning' : 'info'}`}>
                <span class="kern-label kern-label--small">
                  {n === 0 ? (b.pflicht ? 'Fehlt' : 'Keine Datei') : n === 1 ? '1 Datei' : `${n} Dateien`}
                </span>
              </span>{' '}
              <a class="kern-link" href={`${p.basis}/unterlagen/${b.art}`}>
                {n === 0 ? 'Hochladen' : 'Ansehen oder ändern'}
                <span class="kern-sr-only"> {b.titel}</span>
              </a>
            </dd>
          </div>
        );
      })}
    </dl>
  );
  return (
    <AntragSeite titel="Unterlagen hochladen" rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Unterlagen">Unterlagen hochladen</Ueberschrift>
      <p class="kern-body">
        Laden Sie Ihre Nachweise als PDF, JPEG oder PNG hoch, zum Beispiel als Foto mit dem Handy. Je Datei
        höchstens {formatGroesse(p.hoechstDatei)}, alle zusammen höchstens {formatGroesse(p.hoechstBytes)}.
      </p>
      <Hinweisbox art="info" titel="Sie können fehlende Unterlagen später nachreichen">
        <p class="kern-body">
          Wenn Sie etwas nicht sofort zur Hand haben, senden Sie den Antrag trotzdem ab. Die fehlenden
          Unterlagen stehen dann auf Ihrer Eingangsbestätigung, und Sie reichen sie beim Sozialamt nach.
        </p>
      </Hinweisbox>
      <h2 class="kern-heading-medium">Diese Unterlagen braucht das Sozialamt</h2>
      <Liste eintraege={pflicht} />
      {optional.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">Diese Unterlagen helfen zusätzlich</h2>
          <Liste eintraege={optional} />
        </>
      ) : null}
      <p class="kern-body">
        Hochgeladen: {p.dateien.length === 1 ? '1 Datei' : `${p.dateien.length} Dateien`}, zusammen{' '}
        {formatGroesse(p.gesamtBytes)} von höchstens {formatGroesse(p.hoechstBytes)}.
        {fehlend.length > 0 ? ` Es fehlen noch ${fehlend.length} nötige Unterlagen.` : ''}
      </p>
      <WeiterFormular seite={p} knopf="Weiter" />
    </AntragSeite>
  );
}

export function UnterlagenHochladen(p: {
  rahmen: Rahmen;
  basis: string;
  bedarf: Bedarf;
  dateien: DateiInfo[];
  fehler?: string | undefined;
  erfolg?: string | undefined;
  hoechstDatei: number;
}) {
  const id = feldId('datei');
  const fehler = p.fehler === undefined ? undefined : { datei: p.fehler };
  return (
    <AntragSeite titel={p.bedarf.titel} rahmen={p.rahmen} fehler={fehler} zurueck={`${p.basis}/unterlagen`}>
      <Ueberschrift bereich="Unterlagen">{p.bedarf.titel}</Ueberschrift>
      <p class="kern-body">{p.bedarf.hinweis}</p>
      {p.erfolg !== undefined ? <Hinweisbox art="success" titel={p.erfolg} /> : null}
      {p.dateien.length > 0 ? (
        <>
          <h2 class="kern-heading-medium">Hochgeladene Dateien</h2>
          <ul class="kern-list dateiliste">
            {p.dateien.map((d) => (
              <li>
                <form method="post" action={`${p.basis}/unterlagen/datei/${d.id}/entfernen`} class="datei">
                  <CsrfFeld token={p.rahmen.csrf} />
                  <span class="kern-body">
                    {d.dateiname} ({formatGroesse(d.groesse)})
                  </span>{' '}
                  <button class="kern-btn kern-btn--tertiary kern-btn--x-small" type="submit">
                    <span class="kern-label">
                      Entfernen<span class="kern-sr-only"> {d.dateiname}</span>
                    </span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form
        method="post"
        action={`${p.basis}/unterlagen/${p.bedarf.art}?_csrf=${encodeURIComponent(p.rahmen.csrf)}`}
        enctype="multipart/form-data"
        novalidate
      >
        <div class={`kern-form-input${p.fehler !== undefined ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for={id}>
            {p.dateien.length > 0 ? 'Weitere Datei hochladen' : 'Datei auswählen'}
          </label>
          <div class="kern-hint" id={`${id}-hinweis`}>
            PDF, JPEG oder PNG, höchstens {formatGroesse(p.hoechstDatei)}. Mehrere Seiten am besten als ein
            PDF.
          </div>
          {p.fehler !== undefined ? <Fehlertext id={`${id}-fehler`} text={p.fehler} /> : null}
          <input
            class={`kern-form-input__input${p.fehler !== undefined ? ' kern-form-input__input--error' : ''}`}
            id={id}
            name="datei"
            type="file"
            accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
            aria-invalid={p.fehler !== undefined ? 'true' : undefined}
            aria-describedby={`${id}-hinweis${p.fehler !== undefined ? ` ${id}-fehler` : ''}`}
          />
        </div>
        <div class="knopfleiste">
          <Knopf art="secondary">Hochladen</Knopf>
          <a class="kern-link" href={`${p.basis}/unterlagen`}>
            Zurück zu den Unterlagen
          </a>
        </div>
      </form>
    </AntragSeite>
  );
}
