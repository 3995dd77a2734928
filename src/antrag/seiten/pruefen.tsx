import type { ComponentChildren } from 'preact';
import { Hinweisbox } from '../../web/index.ts';
import type { Behoerde } from '../../katalog/index.ts';
import type { Bedarf } from '../flow-unterlagen.ts';
import type { DateiInfo } from '../antrag-repo.ts';
import type { RohEingabe } from '../schritte/felder.ts';
import type { Schritt } from '../schritte/schritt.ts';
import type { Abschnitt, Angabe } from '../zusammenfassung.ts';
import { AntragSeite, FeldEingabe, Formular, Ueberschrift, type Rahmen } from './bausteine.tsx';

// Check your answers (KERN kern-summary): every answer with a change link back to its step (which returns
// here), the documents, then the declarations and the submit button.

export function Zusammenfassungsliste({
  felder,
  aendern,
}: {
  felder: Angabe[];
  aendern?: (a: Angabe) => string | undefined;
}) {
  return (
    <dl class="kern-description-list zusammenfassung">
      {felder.map((f) => {
        const link = aendern?.(f);
        return (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{f.label}</dt>
            <dd class="kern-description-list-item__value">
              <span class="wert">{f.wert}</span>
              {link !== undefined ? (
                <>
                  {' '}
                  <a class="kern-link aendern" href={link}>
                    Ändern<span class="kern-sr-only"> {f.label}</span>
                  </a>
                </>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function AbschnittKarte({
  abschnitt,
  nummer,
  aendern,
  ebene = 2,
  children,
}: {
  abschnitt: Abschnitt;
  nummer: number;
  aendern?: (a: Angabe) => string | undefined;
  ebene?: 2 | 3;
  children?: ComponentChildren;
}) {
  const Kopf = ebene === 2 ? 'h2' : 'h3';
  const Unter = ebene === 2 ? 'h3' : 'h4';
  return (
    <section class="kern-summary" aria-labelledby={`abschnitt-${abschnitt.id}`}>
      <div class="kern-summary__header">
        <Kopf
          class="kern-title kern-title--large kern-summary__title-wrapper"
          id={`abschnitt-${abschnitt.id}`}
        >
          <span class="kern-number">{nummer}</span>
          <span>{abschnitt.titel}</span>
        </Kopf>
      </div>
      <div class="kern-summary__body">
        {abschnitt.felder.length > 0 ? (
          <Zusammenfassungsliste felder={abschnitt.felder} aendern={aendern} />
        ) : null}
        {(abschnitt.gruppen ?? []).map((g) => (
          <div class="gruppe">
            <Unter class="kern-title">{g.titel}</Unter>
            <Zusammenfassungsliste felder={g.felder} aendern={aendern} />
          </div>
        ))}
        {abschnitt.felder.length === 0 && (abschnitt.gruppen ?? []).length === 0 ? (
          <p class="kern-body">Keine Angaben.</p>
        ) : null}
        {children}
      </div>
    </section>
  );
}

export function UnterlagenListe({
  dateien,
  fehlend,
  titel,
}: {
  dateien: DateiInfo[];
  fehlend: Bedarf[];
  titel: (art: string) => string;
}) {
  return (
    <>
      <p class="kern-body kern-body--bold">Beigefügt</p>
      {dateien.length === 0 ? (
        <p class="kern-body">Keine Unterlagen.</p>
      ) : (
        <ul class="kern-list kern-list--bullet">
          {dateien.map((d) => (
            <li>
              {titel(d.art)}: {d.dateiname}
            </li>
          ))}
        </ul>
      )}
      {fehlend.length > 0 ? (
        <>
          <p class="kern-body kern-body--bold">Noch nachzureichen</p>
          <ul class="kern-list kern-list--bullet">
            {fehlend.map((b) => (
              <li>{b.titel}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function Pruefen(p: {
  rahmen: Rahmen;
  basis: string;
  abschnitte: Abschnitt[];
  aendern: (a: Angabe) => string | undefined;
  dateien: DateiInfo[];
  fehlend: Bedarf[];
  titel: (art: string) => string;
  vorher?: ComponentChildren;
  behoerde: Behoerde | undefined;
}) {
  return (
    <AntragSeite titel="Prüfen Sie Ihre Angaben" rahmen={p.rahmen} zurueck={p.basis}>
      <Ueberschrift bereich="Prüfen und absenden">Prüfen Sie Ihre Angaben</Ueberschrift>
      <p class="kern-body">
        Bitte prüfen Sie alle Angaben. Mit „Ändern“ kommen Sie zur Frage und danach wieder hierher.
      </p>
      {p.vorher}
      {p.abschnitte.map((a, i) => (
        <AbschnittKarte abschnitt={a} nummer={i + 1} aendern={p.aendern} />
      ))}
      <section class="kern-summary" aria-labelledby="abschnitt-unterlagen">
        <div class="kern-summary__header">
          <h2 class="kern-title kern-title--large kern-summary__title-wrapper" id="abschnitt-unterlagen">
            <span class="kern-number">{p.abschnitte.length + 1}</span>
            <span>Unterlagen</span>
          </h2>
        </div>
        <div class="kern-summary__body">
          <UnterlagenListe dateien={p.dateien} fehlend={p.fehlend} titel={p.titel} />
          <p class="kern-body">
            <a class="kern-link" href={`${p.basis}/unterlagen?zurueck=pruefen`}>
              Unterlagen ändern
            </a>
          </p>
        </div>
      </section>
      {p.behoerde !== undefined ? (
        <p class="kern-body">
          Ihr Antrag geht an: <strong>{p.behoerde.name}</strong>, {p.behoerde.amt}.
        </p>
      ) : null}
      <div class="knopfleiste">
        <a class="kern-btn kern-btn--primary" href={`${p.basis}/erklaerungen`}>
          <span class="kern-label">Weiter zu den Erklärungen</span>
        </a>
      </div>
    </AntragSeite>
  );
}

export function Erklaerungen(p: {
  rahmen: Rahmen;
  basis: string;
  schritt: Schritt;
  roh: RohEingabe;
  fehler: Record<string, string>;
  absendeSchluessel: string;
  behoerde: Behoerde | undefined;
  mitEnergie: boolean;
  mitKlage: boolean;
  hinweis?: string | undefined;
}) {
  const felder = p.schritt.felder;
  const feld = (name: string) => {
    const f = felder[name];
    return f === undefined ? null : (
      <FeldEingabe name={name} feld={f} wert={p.roh[name]} fehler={p.fehler[name]} />
    );
  };
  return (
    <AntragSeite
      titel="Erklärungen und Absenden"
      rahmen={p.rahmen}
      fehler={p.fehler}
      zurueck={`${p.basis}/pruefen`}
    >
      <Ueberschrift bereich="Prüfen und absenden">Erklärungen und Absenden</Ueberschrift>
      {p.hinweis !== undefined ? <Hinweisbox art="warning" titel={p.hinweis} /> : null}
      <Formular aktion={`${p.basis}/erklaerungen`} csrf={p.rahmen.csrf} knopf="Antrag verbindlich absenden">
        <input type="hidden" name="_schluessel" value={p.absendeSchluessel} />
        <fieldset class="kern-fieldset">
          <legend class="kern-label kern-label--large">Ihre Erklärungen</legend>
          <div class="kern-fieldset__body">
            {feld('richtig')}
            {feld('mitwirkung')}
            <p class="kern-body kern-body--small">
              Wenn Sie nicht mitwirken, zum Beispiel nötige Unterlagen nicht nachreichen, kann das Sozialamt
              die Hilfe ablehnen (§§ 60, 66 SGB I). Es gibt Ihnen vorher schriftlich eine Frist.
            </p>
            {feld('datenschutz')}
            <p class="kern-body kern-body--small">
              <a
                class="kern-link"
                href={`/datenschutz${p.behoerde !== undefined ? `?behoerde=${p.behoerde.ags}` : ''}`}
              >
                Datenschutzhinweise lesen
              </a>
            </p>
          </div>
        </fieldset>
        <fieldset class="kern-fieldset">
          <legend class="kern-label kern-label--large">Einwilligungen (freiwillig)</legend>
          <div class="kern-fieldset__body">
            <p class="kern-body">
              Jede Einwilligung gilt einzeln. Sie können sie jederzeit beim Sozialamt widerrufen. Ohne
              Einwilligung müssen Sie die Nachweise selbst besorgen; das kann länger dauern.
            </p>
            {feld('vermieter')}
            {p.mitKlage ? feld('gericht') : null}
            {feld('jobcenter')}
            {p.mitEnergie ? feld('versorger') : null}
            {feld('schuldnerberatung')}
            {feld('elektronisch')}
          </div>
        </fieldset>
        <fieldset class="kern-fieldset">
          <legend class="kern-label kern-label--large">Hinweis zum Darlehen</legend>
          <div class="kern-fieldset__body">{feld('darlehen')}</div>
        </fieldset>
        <p class="kern-body">
          Mit „Antrag verbindlich absenden“ geht Ihr Antrag
          {p.behoerde !== undefined ? ` an ${p.behoerde.name}` : ''}. Der Zeitpunkt des Absendens wird
          gespeichert: Ab dann weiß das Sozialamt von Ihrer Notlage.
        </p>
      </Formular>
    </AntragSeite>
  );
}
