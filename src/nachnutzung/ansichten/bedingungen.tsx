import {
  CsrfFeld,
  Fehlerzusammenfassung,
  Fehlertext,
  feldId,
  Hinweisbox,
  Knopf,
  Textbereich,
  Textfeld,
  type FeldFehler,
} from '../../web/index.ts';
import { formatZeit } from '../../shared/index.ts';
import type { NachnutzungBedingungen } from '../nachnutzung-tables.ts';
import { VerwaltungsLayout, type Seitenkontext } from './verwaltung-layout.tsx';

type BedingungOhneDatei = Omit<NachnutzungBedingungen, 'datei'>;

export function Dateifeld({
  name,
  label,
  hinweis,
  fehler,
  accept,
}: {
  name: string;
  label: string;
  hinweis?: string;
  fehler?: string | undefined;
  accept?: string;
}) {
  const id = feldId(name);
  const beschrieben = [
    hinweis === undefined ? null : `${id}-hinweis`,
    fehler === undefined ? null : `${id}-fehler`,
  ]
    .filter((x) => x !== null)
    .join(' ');
  return (
    <div class={`kern-form-input${fehler === undefined ? '' : ' kern-form-input--error'}`}>
      <label class="kern-label" for={id}>
        {label} <span class="kern-label__optional"> – optional</span>
      </label>
      {hinweis === undefined ? null : (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {hinweis}
        </div>
      )}
      {fehler === undefined ? null : <Fehlertext id={`${id}-fehler`} text={fehler} />}
      <input
        class="kern-form-input__input"
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={beschrieben === '' ? undefined : beschrieben}
        aria-invalid={fehler === undefined ? undefined : 'true'}
      />
    </div>
  );
}

export function BedingungenSeite({
  kontext,
  versionen,
  koordination,
  werte = {},
  fehler = {},
  meldung,
}: {
  kontext: Seitenkontext;
  versionen: BedingungOhneDatei[];
  koordination: boolean;
  werte?: { titel?: string; text?: string };
  fehler?: FeldFehler;
  meldung?: string | undefined;
}) {
  const [aktuell] = versionen;
  const hatFehler = Object.values(fehler).some((f) => f !== undefined);
  return (
    <VerwaltungsLayout titel="Nachnutzungsbedingungen" kontext={kontext} hatFehler={hatFehler}>
      <Fehlerzusammenfassung fehler={fehler} />
      {meldung === undefined ? null : <Hinweisbox art="success" titel={meldung} />}
      <h1 class="kern-heading-large">Nachnutzungsbedingungen für EfA-Onlinedienste in M-V</h1>
      <p class="kern-body">
        Mit der Interessenbekundung akzeptiert ein Sozialamt die Nachnutzungsbedingungen. Jede neue Fassung
        muss vor der Produktivsetzung erneut akzeptiert werden.
      </p>
      {aktuell === undefined ? (
        <Hinweisbox art="warning" titel="Es sind noch keine Nachnutzungsbedingungen hinterlegt." />
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="visually-hidden">Fassungen der Nachnutzungsbedingungen</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  Version
                </th>
                <th class="kern-table__header" scope="col">
                  Titel
                </th>
                <th class="kern-table__header" scope="col">
                  Hochgeladen
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {versionen.map((v) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    {v.version}
                    {v === aktuell ? ' (aktuell)' : ''}
                  </td>
                  <td class="kern-table__cell">
                    <a class="kern-link" href={`/verwaltung/nachnutzung/bedingungen/${v.version}`}>
                      {v.titel}
                    </a>
                  </td>
                  <td class="kern-table__cell">
                    {formatZeit(v.erstellt_am)}, {v.erstellt_von_name}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {koordination ? (
        <>
          <h2 class="kern-heading-medium">Neue Fassung hochladen</h2>
          <form
            method="post"
            action="/verwaltung/nachnutzung/bedingungen"
            enctype="multipart/form-data"
            novalidate
          >
            <CsrfFeld token={kontext.csrf} />
            <div class="stapel">
              <Textfeld name="titel" label="Titel" wert={werte.titel} fehler={fehler.titel} maxLength={200} />
              <Textbereich
                name="text"
                label="Text der Bedingungen"
                hinweis="Geben Sie den Text ein oder laden Sie die Bedingungen als PDF hoch (oder beides)."
                optional
                wert={werte.text}
                fehler={fehler.text}
                zeilen={10}
              />
              <Dateifeld
                name="datei"
                label="PDF-Datei"
                hinweis="Höchstens 10 MB."
                fehler={fehler.datei}
                accept="application/pdf"
              />
              <Knopf>Als neue Version hochladen</Knopf>
            </div>
          </form>
        </>
      ) : null}
    </VerwaltungsLayout>
  );
}

export function BedingungAnzeige({ kontext, b }: { kontext: Seitenkontext; b: BedingungOhneDatei }) {
  return (
    <VerwaltungsLayout
      titel={`Nachnutzungsbedingungen Version ${b.version}`}
      kontext={kontext}
      brotkrumen={[
        { text: 'Nachnutzungsbedingungen', href: '/verwaltung/nachnutzung/bedingungen' },
        { text: `Version ${b.version}` },
      ]}
    >
      <h1 class="kern-heading-large">
        {b.titel} (Version {b.version})
      </h1>
      <p class="kern-body kern-body--small">
        Hochgeladen am {formatZeit(b.erstellt_am)} von {b.erstellt_von_name}
      </p>
      {b.text === null ? null : <pre class="text kern-body">{b.text}</pre>}
      {b.dateiname === null ? null : (
        <p class="kern-body">
          <a class="kern-link" href={`/verwaltung/nachnutzung/bedingungen/${b.version}/datei`}>
            {b.dateiname} herunterladen
          </a>
        </p>
      )}
    </VerwaltungsLayout>
  );
}
