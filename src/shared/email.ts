import { z } from 'zod';

// The one e-mail check of the project: something before and after an @, a dot in the domain and a top-level
// domain of at least two characters, at most 254 characters in all (RFC 5321). It does not try to be
// RFC 5322: a typo is caught, an unusual but valid address is not refused.

export const EMAIL_HOECHSTLAENGE = 254;
const MUSTER = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** True for an address that looks like name@beispiel.de; the caller trims. */
export function istEmail(wert: string): boolean {
  return wert.length <= EMAIL_HOECHSTLAENGE && MUSTER.test(wert);
}

/** A form or config field holding one e-mail address (trimmed), refused with `meldung`. */
export function emailSchema(meldung: string) {
  return z.string().trim().refine(istEmail, { error: meldung });
}
