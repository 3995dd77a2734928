import type { Filter } from '../../faelle.ts';
import { fallstatus, statusNamen } from '../../status.ts';

// The filter of the inbox list (status, urgent, missing documents, delivery, search).

export function FilterFormular({ filter, aktion }: { filter: Filter; aktion: string }) {
  const statusOptionen: [string, string][] = [
    ['offen', 'Offen (noch nicht entschieden)'],
    ['alle', 'Alle'],
    ...fallstatus.map((s): [string, string] => [s, statusNamen[s]]),
  ];
  return (
    <form
      method="get"
      action={aktion}
      class="posteingang-filter"
      role="search"
      aria-label="Anträge filtern und suchen"
    >
      <div class="kern-form-input">
        <label class="kern-label" for="feld-suche">
          Suche nach Vorgangsnummer oder Name
        </label>
        <input
          class="kern-form-input__input"
          id="feld-suche"
          name="suche"
          type="search"
          value={filter.suche}
          maxLength={100}
        />
      </div>
      <div class="kern-form-input">
        <label class="kern-label" for="feld-status">
          Status
        </label>
        <div class="kern-form-input__select-wrapper">
          <select class="kern-form-input__select" id="feld-status" name="status">
            {statusOptionen.map(([wert, text]) => (
              <option value={wert} selected={filter.status === wert}>
                {text}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="kern-form-input">
        <label class="kern-label" for="feld-zugestellt">
          Zustellung an das Fachverfahren
        </label>
        <div class="kern-form-input__select-wrapper">
          <select class="kern-form-input__select" id="feld-zugestellt" name="zugestellt">
            <option value="" selected={filter.zugestellt === undefined}>
              Egal
            </option>
            <option value="ja" selected={filter.zugestellt === 'ja'}>
              Zugestellt
            </option>
            <option value="nein" selected={filter.zugestellt === 'nein'}>
              Noch nicht zugestellt
            </option>
          </select>
        </div>
      </div>
      <fieldset class="kern-fieldset">
        <legend class="kern-label">Nur anzeigen</legend>
        <div class="kern-fieldset__body">
          <div class="kern-form-check">
            <input
              class="kern-form-check__checkbox"
              id="feld-dringend"
              name="dringend"
              type="checkbox"
              value="ja"
              checked={filter.dringend}
            />
            <label class="kern-label" for="feld-dringend">
              Dringende (Frist oder Termin in weniger als 3 Wochen)
            </label>
          </div>
          <div class="kern-form-check">
            <input
              class="kern-form-check__checkbox"
              id="feld-fehlend"
              name="fehlend"
              type="checkbox"
              value="ja"
              checked={filter.unterlagenFehlen}
            />
            <label class="kern-label" for="feld-fehlend">
              Mit fehlenden Unterlagen
            </label>
          </div>
        </div>
      </fieldset>
      <div class="knopfleiste">
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Anzeigen</span>
        </button>
        <a class="kern-link" href={aktion}>
          Filter zurücksetzen
        </a>
      </div>
    </form>
  );
}
