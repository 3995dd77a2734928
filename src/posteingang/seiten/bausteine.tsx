import type { ComponentChildren } from 'preact';
import { formatDatumLang, formatTag, formatZeit } from '../../shared/index.ts';

// Small building blocks shared by the staff and the citizen pages of the inbox.

/** "29.11.2026, 10:05 Uhr" */
export const zeit = (d: Date): string => formatZeit(d);
/** "29.11.2026" */
export const tag = (d: Date): string => formatTag(d);
/** ISO date → "4. Januar 2027" */
export const datum = (iso: string): string => formatDatumLang(iso);

export type BadgeArt = 'info' | 'success' | 'warning' | 'danger';

export function Badge({ art, children }: { art: BadgeArt; children: ComponentChildren }) {
  return (
    <span class={`kern-badge kern-badge--${art}`}>
      <span class="kern-label kern-label--small">{children}</span>
    </span>
  );
}
