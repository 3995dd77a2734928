import type { ComponentChildren } from 'preact';
import { formatDatum } from '../../fristen/index.ts';

// Small building blocks shared by the staff and the citizen pages of the inbox.

const datumZeit = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Berlin',
});
const datumKurz = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Berlin',
});

/** "29.11.2026, 10:05 Uhr" */
export const zeit = (d: Date): string => `${datumZeit.format(d)} Uhr`;
/** "29.11.2026" */
export const tag = (d: Date): string => datumKurz.format(d);
/** ISO date → "4. Januar 2027" */
export const datum = (iso: string): string => formatDatum(iso);

export type BadgeArt = 'info' | 'success' | 'warning' | 'danger';

export function Badge({ art, children }: { art: BadgeArt; children: ComponentChildren }) {
  return (
    <span class={`kern-badge kern-badge--${art}`}>
      <span class="kern-label kern-label--small">{children}</span>
    </span>
  );
}
