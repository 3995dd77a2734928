import { z } from 'zod';
import type { Antwort } from './endpunkt.ts';

// Parameters and answers that several endpoints share.

/** The transaction number in the path. Not checked here: an unknown or malformed one is „Antrag nicht gefunden“. */
export const vorgangsnummer = z.string().meta({
  description: 'Die Vorgangsnummer des Antrags',
  pattern: '^MR-\\d{4}-[2-9A-HJKMNP-TV-Z]{6}$',
  examples: ['MR-2026-7K3F9Q'],
});

export const fallParams = z.object({ vorgangsnummer });

export const nichtAngemeldet: Antwort = {
  beschreibung: 'Kein oder kein gültiger API-Schlüssel',
  problem: true,
};
export const nichtGefunden: Antwort = {
  beschreibung: 'Unbekannt oder nicht Ihres Sozialamts',
  problem: true,
};
export const ungueltig: Antwort = { beschreibung: 'Ungültige Angaben, mit Meldung je Feld', problem: true };
