import { MailNichtKonfiguriert } from './mail.ts';

// Queued e-mails (the inbox's notices, nachnutzung's draft notices) share one retry policy: a claimed mail is
// left alone for a while (so a crashed sender's mail is retried later, never sent by two processes at once),
// a failed one is tried again after growing waits, then given up and kept with its reason.

export type Sendebericht = { gesendet: number; entfallen: number; fehlgeschlagen: number };

export const leererSendebericht = (): Sendebericht => ({ gesendet: 0, entfallen: 0, fehlgeschlagen: 0 });

/** How long a claimed mail is left alone by other senders. */
export const MAIL_SPERRE_MS = 5 * 60_000;

/** Waits after the 1st, 2nd, … failed attempt; after the last one the mail is given up. */
const WARTEN_MINUTEN = [1, 5, 30, 120, 480, 1440] as const;

export type NachFehlschlag =
  /** No mail server configured (external database without SMTP_URL): nothing will ever be sent. */
  | { art: 'entfaellt'; grund: string }
  | { art: 'aufgegeben'; grund: string }
  | { art: 'spaeter'; grund: string; naechsterVersuch: Date };

/** What follows a failed send; `versuche` counts this attempt (1 for the first). */
export function nachFehlschlag(error: unknown, versuche: number, jetzt: Date): NachFehlschlag {
  if (error instanceof MailNichtKonfiguriert) return { art: 'entfaellt', grund: error.message };
  const grund = error instanceof Error ? error.message.slice(0, 500) : 'unbekannter Fehler';
  const warten = WARTEN_MINUTEN[versuche - 1];
  if (warten === undefined) return { art: 'aufgegeben', grund };
  return { art: 'spaeter', grund, naechsterVersuch: new Date(jetzt.getTime() + warten * 60_000) };
}
