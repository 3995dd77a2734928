import type { Deps } from '../deps.ts';
import { seitenFuer } from '../web/index.ts';
import type { Konto } from './konto.ts';
import type { Oidc } from './oidc.ts';
import type { PersonalSitzung } from './rollen.ts';
import { PASSWORT } from './ziele.ts';

// What the staff pages need besides the app's dependencies: the OpenID Connect client, built once per app
// because it caches the provider's discovery document.

export type PersonalDeps = Deps & { oidc: Oidc | undefined };

/** Declares a staff page controller. */
export const personalSeite = seitenFuer<PersonalDeps>();

/** Password logins (and password changes) per client address and minute; the per-account lockout is separate. */
export const ANMELDUNGEN_PRO_MINUTE = 10;
export const anmeldeRateLimit = { rateLimit: { max: ANMELDUNGEN_PRO_MINUTE, timeWindow: '1 minute' } };

/** What the staff session holds after a login by password or OpenID Connect. */
export function sitzungsDaten(konto: Konto, anmeldeweg: 'passwort' | 'oidc', jetzt: Date): PersonalSitzung {
  return {
    benutzerId: konto.id,
    anzeigename: konto.anzeigename,
    rollen: konto.rollen,
    behoerden: konto.behoerden,
    angemeldetAm: jetzt.toISOString(),
    anmeldeweg,
  };
}

/** Where a fresh login goes: first to the password page when the password must be replaced. */
export function nachAnmeldung(konto: Konto, ziel: string): string {
  return konto.passwortWechselNoetig ? `${PASSWORT}?ziel=${encodeURIComponent(ziel)}` : ziel;
}
