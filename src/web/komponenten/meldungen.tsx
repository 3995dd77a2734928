import type { ComponentChildren } from 'preact';
import { feldId, type FeldFehler } from './feld-basis.tsx';

export function Fehlerzusammenfassung({ fehler }: { fehler: FeldFehler }) {
  const eintraege = Object.entries(fehler).filter((e): e is [string, string] => e[1] !== undefined);
  if (eintraege.length === 0) return null;
  return (
    <div
      class="kern-alert kern-alert--danger fehlerzusammenfassung"
      role="alert"
      tabIndex={-1}
      id="fehlerzusammenfassung"
      // Focus on load (GOV.UK/KERN pattern): screen readers read the errors first, keyboard users start there.
      autofocus
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
