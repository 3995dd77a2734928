import type { ComponentChildren } from 'preact';

// Form controls in KERN markup, following the GOV.UK/KERN error pattern: the hint and the error message are
// linked to the control with aria-describedby, the control is aria-invalid, and the error text starts with
// a visually hidden "Fehler:" so screen readers announce it.

export type FeldFehler = Record<string, string | undefined>;

type Basis = {
  name: string;
  label: ComponentChildren;
  hinweis?: ComponentChildren;
  fehler?: string | undefined;
  optional?: boolean;
  /** Pre-filled from BundID: shown as verified and not editable. */
  verifiziert?: boolean;
};

export function feldId(name: string): string {
  return `feld-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

function describedBy(
  id: string,
  hinweis: unknown,
  fehler: string | undefined,
  extra?: string,
): string | undefined {
  const ids = [
    hinweis !== undefined ? `${id}-hinweis` : null,
    fehler !== undefined ? `${id}-fehler` : null,
    extra ?? null,
  ]
    .filter((x) => x !== null)
    .join(' ');
  return ids === '' ? undefined : ids;
}

export function Fehlertext({ id, text }: { id: string; text: string }) {
  return (
    <p class="kern-error" id={id}>
      <span class="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
      <span class="kern-body">
        <span class="visually-hidden">Fehler: </span>
        {text}
      </span>
    </p>
  );
}

function Label({ id, label, optional }: { id: string; label: ComponentChildren; optional?: boolean }) {
  return (
    <label class="kern-label" for={id}>
      {label}
      {optional === true ? <span class="kern-label__optional"> – optional</span> : null}
    </label>
  );
}

export function Textfeld(
  props: Basis & {
    wert?: string | undefined;
    typ?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'password' | 'month' | 'search';
    autocomplete?: string;
    inputmode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
    breite?: 2 | 3 | 4 | 5 | 10 | 20;
    spellcheck?: boolean;
    maxLength?: number;
  },
) {
  const id = feldId(props.name);
  const fehler = props.fehler;
  const verifiziertId = props.verifiziert === true ? `${id}-verifiziert` : undefined;
  return (
    <div class={`kern-form-input${fehler !== undefined ? ' kern-form-input--error' : ''}`}>
      <Label id={id} label={props.label} optional={props.optional ?? false} />
      {props.hinweis !== undefined ? (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {props.hinweis}
        </div>
      ) : null}
      {fehler !== undefined ? <Fehlertext id={`${id}-fehler`} text={fehler} /> : null}
      <input
        class={`kern-form-input__input${fehler !== undefined ? ' kern-form-input__input--error' : ''}${props.breite !== undefined ? ` kern-form-input__input--width-${props.breite}` : ''}`}
        id={id}
        name={props.name}
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- preact's input types need one literal
        type={(props.typ ?? 'text') as 'text'}
        value={props.wert ?? ''}
        autocomplete={props.autocomplete}
        inputMode={props.inputmode}
        spellcheck={props.spellcheck}
        maxLength={props.maxLength}
        readOnly={props.verifiziert === true}
        aria-invalid={fehler !== undefined ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hinweis, fehler, verifiziertId)}
      />
      {verifiziertId !== undefined ? (
        <p class="kern-body kern-body--small verifiziert" id={verifiziertId}>
          <span class="kern-icon kern-icon--success kern-icon--small" aria-hidden="true" /> Aus Ihrem
          BundID-Konto übernommen und geprüft
        </p>
      ) : null}
    </div>
  );
}

export function Textbereich(
  props: Basis & { wert?: string | undefined; maxLength?: number; zeilen?: number },
) {
  const id = feldId(props.name);
  const fehler = props.fehler;
  return (
    <div class={`kern-form-input${fehler !== undefined ? ' kern-form-input--error' : ''}`}>
      <Label id={id} label={props.label} optional={props.optional ?? false} />
      {props.hinweis !== undefined ? (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {props.hinweis}
        </div>
      ) : null}
      {fehler !== undefined ? <Fehlertext id={`${id}-fehler`} text={fehler} /> : null}
      <textarea
        class={`kern-form-input__input${fehler !== undefined ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={props.name}
        rows={props.zeilen ?? 6}
        maxLength={props.maxLength}
        aria-invalid={fehler !== undefined ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hinweis, fehler)}
      >
        {props.wert ?? ''}
      </textarea>
    </div>
  );
}

export type Option = { wert: string; label: ComponentChildren; hinweis?: ComponentChildren };

export function Auswahlliste(
  props: Basis & { wert?: string | undefined; optionen: Option[]; leer?: string },
) {
  const id = feldId(props.name);
  const fehler = props.fehler;
  return (
    <div class={`kern-form-input${fehler !== undefined ? ' kern-form-input--error' : ''}`}>
      <Label id={id} label={props.label} optional={props.optional ?? false} />
      {props.hinweis !== undefined ? (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {props.hinweis}
        </div>
      ) : null}
      {fehler !== undefined ? <Fehlertext id={`${id}-fehler`} text={fehler} /> : null}
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
    </div>
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

export function Fehlerzusammenfassung({ fehler }: { fehler: FeldFehler }) {
  const eintraege = Object.entries(fehler).filter((e): e is [string, string] => e[1] !== undefined);
  if (eintraege.length === 0) return null;
  return (
    <div
      class="kern-alert kern-alert--danger fehlerzusammenfassung"
      role="alert"
      tabIndex={-1}
      id="fehlerzusammenfassung"
    >
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 class="kern-title">
          {eintraege.length === 1
            ? 'Bitte korrigieren Sie 1 Angabe'
            : `Bitte korrigieren Sie ${eintraege.length} Angaben`}
        </h2>
      </div>
      <div class="kern-alert__body">
        <ul class="kern-list">
          {eintraege.map(([name, text]) => (
            <li>
              <a class="kern-link" href={`#${feldId(name)}`}>
                {text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function CsrfFeld({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function Knopf({
  children,
  art = 'primary',
  name,
  wert,
}: {
  children: ComponentChildren;
  art?: 'primary' | 'secondary' | 'tertiary';
  name?: string;
  wert?: string;
}) {
  return (
    <button class={`kern-btn kern-btn--${art}`} type="submit" name={name} value={wert}>
      <span class="kern-label">{children}</span>
    </button>
  );
}

export function Hinweisbox({
  art,
  titel,
  children,
}: {
  art: 'info' | 'success' | 'warning' | 'danger';
  titel: ComponentChildren;
  children?: ComponentChildren;
}) {
  return (
    <div
      class={`kern-alert kern-alert--${art}`}
      role={art === 'danger' || art === 'warning' ? 'alert' : 'status'}
    >
      <div class="kern-alert__header">
        <span
          class={`kern-icon kern-icon--${art === 'danger' ? 'danger' : art === 'success' ? 'success' : art === 'warning' ? 'warning' : 'info'}`}
          aria-hidden="true"
        />
        <span class="kern-title">{titel}</span>
      </div>
      {children !== undefined ? <div class="kern-alert__body">{children}</div> : null}
    </div>
  );
}
