import type { ComponentChildren } from 'preact';
import { describedBy, FeldRahmen, Fehlertext, feldId, type Basis } from './feld-basis.tsx';

export type Option = { wert: string; label: ComponentChildren; hinweis?: ComponentChildren };

export function Auswahlliste(
  props: Basis & { wert?: string | undefined; optionen: Option[]; leer?: string },
) {
  const id = feldId(props.name);
  const fehler = props.fehler;
  return (
    <FeldRahmen id={id} basis={props}>
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${fehler !== undefined ? ' kern-form-input__select--error' : ''}`}
          id={id}
          name={props.name}
          aria-invalid={fehler !== undefined ? 'true' : undefined}
          aria-describedby={describedBy(id, props.hinweis, fehler)}
        >
          <option value="">{props.leer ?? 'Bitte auswählen'}</option>
          {props.optionen.map((o) => (
            <option value={o.wert} selected={o.wert === props.wert}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </FeldRahmen>
  );
}

/** A group of radio buttons or checkboxes: a fieldset whose legend is the question. */
export function Auswahlgruppe(
  props: Omit<Basis, 'label'> & {
    legende: ComponentChildren;
    art: 'radio' | 'checkbox';
    optionen: Option[];
    gewaehlt?: string | string[] | undefined;
    horizontal?: boolean;
    legendeAlsUeberschrift?: boolean;
  },
) {
  const id = feldId(props.name);
  const fehler = props.fehler;
  const gewaehlt = new Set(
    Array.isArray(props.gewaehlt) ? props.gewaehlt : props.gewaehlt === undefined ? [] : [props.gewaehlt],
  );
  return (
    <fieldset
      class={`kern-fieldset${fehler !== undefined ? ' kern-fieldset--error' : ''}`}
      id={id}
      aria-describedby={describedBy(id, props.hinweis, fehler)}
    >
      <legend class={`kern-label${props.legendeAlsUeberschrift === true ? ' kern-label--large' : ''}`}>
        {props.legende}
        {props.optional === true ? <span class="kern-label__optional"> – optional</span> : null}
      </legend>
      {props.hinweis !== undefined ? (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {props.hinweis}
        </div>
      ) : null}
      {fehler !== undefined ? <Fehlertext id={`${id}-fehler`} text={fehler} /> : null}
      <div
        class={`kern-fieldset__body${props.horizontal === true ? ' kern-fieldset__body--horizontal' : ''}`}
      >
        {props.optionen.map((o, i) => {
          const optionId = i === 0 ? `${id}-option` : `${id}-option-${i}`;
          const klasse = props.art === 'radio' ? 'kern-form-check__radio' : 'kern-form-check__checkbox';
          return (
            <div class={`kern-form-check${fehler !== undefined ? ' kern-form-check--error' : ''}`}>
              <input
                class={`${klasse}${fehler !== undefined ? ` ${klasse}--error` : ''}`}
                id={optionId}
                name={props.name}
                type={props.art}
                value={o.wert}
                checked={gewaehlt.has(o.wert)}
                aria-describedby={o.hinweis !== undefined ? `${optionId}-hinweis` : undefined}
              />
              <label class="kern-label" for={optionId}>
                {o.label}
              </label>
              {o.hinweis !== undefined ? (
                <div class="kern-hint" id={`${optionId}-hinweis`}>
                  {o.hinweis}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A single checkbox, e.g. for a declaration. */
export function Einzelauswahl(props: Basis & { wert?: string; gesetzt?: boolean }) {
  const id = feldId(props.name);
  const fehler = props.fehler;
  return (
    <div class={`kern-form-check${fehler !== undefined ? ' kern-form-check--error' : ''}`}>
      {fehler !== undefined ? <Fehlertext id={`${id}-fehler`} text={fehler} /> : null}
      <input
        class={`kern-form-check__checkbox${fehler !== undefined ? ' kern-form-check__checkbox--error' : ''}`}
        id={id}
        name={props.name}
        type="checkbox"
        value={props.wert ?? 'ja'}
        checked={props.gesetzt === true}
        aria-invalid={fehler !== undefined ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hinweis, fehler)}
      />
      <label class="kern-label" for={id}>
        {props.label}
      </label>
      {props.hinweis !== undefined ? (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {props.hinweis}
        </div>
      ) : null}
    </div>
  );
}
