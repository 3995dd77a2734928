import type { ComponentChildren } from 'preact';

/** Error messages by field name, as the forms show them. */
export type FeldFehler = Record<string, string | undefined>;

// What every form control shares: its id, its label, and the hint and error linked with aria-describedby.

export type Basis = {
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

export function describedBy(
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

export function Label({ id, label, optional }: { id: string; label: ComponentChildren; optional?: boolean }) {
  return (
    <label class="kern-label" for={id}>
      {label}
      {optional === true ? <span class="kern-label__optional"> – optional</span> : null}
    </label>
  );
}

/** The frame every single control shares: label, hint and error message above the control. */
export function FeldRahmen(props: { id: string; basis: Basis; children: ComponentChildren }) {
  const { id, basis } = props;
  const fehler = basis.fehler;
  return (
    <div class={`kern-form-input${fehler !== undefined ? ' kern-form-input--error' : ''}`}>
      <Label id={id} label={basis.label} optional={basis.optional ?? false} />
      {basis.hinweis !== undefined ? (
        <div class="kern-hint" id={`${id}-hinweis`}>
          {basis.hinweis}
        </div>
      ) : null}
      {fehler !== undefined ? <Fehlertext id={`${id}-fehler`} text={fehler} /> : null}
      {props.children}
    </div>
  );
}
