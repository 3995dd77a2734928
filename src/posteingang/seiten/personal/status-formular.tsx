import { CsrfFeld, Fehlertext, feldId, Knopf, Textfeld, type FeldFehler } from '../../../web/index.ts';
import type { FallAnsicht } from '../../ansicht.ts';
import {
  entscheidungsarten,
  entscheidungsNamen,
  erlaubteUebergaenge,
  statusNamen,
  type Fallstatus,
} from '../../status.ts';
import { fallPfad } from './pfade.ts';

// The form on the case page to change the status, with the decision when the case is decided.

export type StatusFormular = {
  werte: { status?: string; entscheidung?: string; betrag?: string; weitergeleitetAm?: string };
  fehler: FeldFehler;
  hinweis?: string | undefined;
};

export function StatusAendern({
  a,
  csrf,
  formular,
}: {
  a: FallAnsicht;
  csrf: string;
  formular: StatusFormular;
}) {
  const moeglich = erlaubteUebergaenge[a.fall.status];
  const basis = fallPfad(a.antrag.vorgangsnummer);
  if (moeglich.length === 0)
    return <p class="kern-body">Der Antrag ist abgeschlossen. Der Status kann nicht mehr geändert werden.</p>;
  const w = formular.werte;
  const f = formular.fehler;
  return (
    <form method="post" action={`${basis}/status`} novalidate>
      <CsrfFeld token={csrf} />
      <input type="hidden" name="version" value={String(a.fall.version)} />
      <fieldset
        class={`kern-fieldset${f.status !== undefined ? ' kern-fieldset--error' : ''}`}
        id={feldId('status')}
      >
        <legend class="kern-label">Neuer Status</legend>
        {f.status !== undefined ? <Fehlertext id={`${feldId('status')}-fehler`} text={f.status} /> : null}
        <div class="kern-fieldset__body">
          {moeglich.map((s: Fallstatus, i) => (
            <div class="kern-form-check">
              <input
                class="kern-form-check__radio"
                id={`${feldId('status')}-${i}`}
                name="status"
                type="radio"
                value={s}
                checked={w.status === s}
              />
              <label class="kern-label" for={`${feldId('status')}-${i}`}>
                {statusNamen[s]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {moeglich.includes('entschieden') ? (
        <>
          <fieldset
            class={`kern-fieldset${f.entscheidung !== undefined ? ' kern-fieldset--error' : ''}`}
            id={feldId('entscheidung')}
            aria-describedby={`${feldId('entscheidung')}-hinweis`}
          >
            <legend class="kern-label">Entscheidung</legend>
            <div class="kern-hint" id={`${feldId('entscheidung')}-hinweis`}>
              Nur beim Status „Entschieden“.
            </div>
            {f.entscheidung !== undefined ? (
              <Fehlertext id={`${feldId('entscheidung')}-fehler`} text={f.entscheidung} />
            ) : null}
            <div class="kern-fieldset__body">
              {entscheidungsarten.map((e, i) => (
                <div class="kern-form-check">
                  <input
                    class="kern-form-check__radio"
                    id={`${feldId('entscheidung')}-${i}`}
                    name="entscheidung"
                    type="radio"
                    value={e}
                    checked={w.entscheidung === e}
                  />
                  <label class="kern-label" for={`${feldId('entscheidung')}-${i}`}>
                    {entscheidungsNamen[e]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <Textfeld
            name="betrag"
            label="Bewilligter Betrag in Euro"
            hinweis="Bei Beihilfe oder Darlehen, zum Beispiel 1.250,00"
            wert={w.betrag}
            fehler={f.betrag}
            inputmode="decimal"
            breite={10}
          />
          <Textfeld
            name="weitergeleitetAm"
            label="An das Jobcenter weitergeleitet am"
            hinweis="Bei Weiterleitung an das Jobcenter"
            typ="date"
            wert={w.weitergeleitetAm}
            fehler={f.weitergeleitetAm}
            breite={10}
          />
        </>
      ) : null}
      <div class="knopfleiste">
        <Knopf>Status speichern</Knopf>
      </div>
    </form>
  );
}
