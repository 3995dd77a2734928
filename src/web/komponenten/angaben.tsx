import type { ComponentChildren } from 'preact';

/** Key–value pairs in KERN's description list; pairs without a value are left out. */
export function Angaben({ eintraege }: { eintraege: [string, ComponentChildren | undefined][] }) {
  return (
    <dl class="kern-description-list">
      {eintraege
        .filter((e): e is [string, ComponentChildren] => e[1] !== undefined)
        .map(([k, v]) => (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{k}</dt>
            <dd class="kern-description-list-item__value">{v}</dd>
          </div>
        ))}
    </dl>
  );
}
