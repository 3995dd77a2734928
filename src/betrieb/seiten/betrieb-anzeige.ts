import { formatZeitpunkt } from '../../shared/index.ts';
import type { ZustellStatusWert } from '../../zustellung/index.ts';

// Paths and short texts shared by the operators' pages.

export const BETRIEB = '/verwaltung/betrieb';
export const auftragPfad = (id: string) => `${BETRIEB}/zustellung/${id}`;

export const statusKurz: Record<ZustellStatusWert, string> = {
  queued: 'wartend',
  sent: 'gesendet',
  delivered: 'zugestellt',
  failed: 'fehlgeschlagen',
  dead: 'nicht zustellbar',
};

/** An attempt's result: a status after a delivery attempt, or the operators' replay. */
export function ergebnisText(ergebnis: string): string {
  if (ergebnis === 'replay') return 'erneut eingereiht';
  return ergebnis in statusKurz ? statusKurz[ergebnis as ZustellStatusWert] : ergebnis;
}

export const zeit = (d: Date | null) => (d === null ? '–' : formatZeitpunkt(d));
