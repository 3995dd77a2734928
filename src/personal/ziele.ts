// The login and password pages, and where a login may lead back to.

export const ANMELDEN = '/verwaltung/anmelden';
export const PASSWORT = '/verwaltung/passwort';

/**
 * Where to go after login: only a path inside /verwaltung (no other host, no protocol-relative "//", no
 * backslashes), never back to the login or logout itself.
 */
export function sicheresZiel(ziel: unknown): string {
  if (typeof ziel !== 'string' || ziel.length > 500) return '/verwaltung';
  if (!/^\/verwaltung(?:[/?][^\s\\#]*)?$/.test(ziel) || ziel.includes('//')) return '/verwaltung';
  if (/^\/verwaltung\/(?:anmelden|abmelden)(?:[/?]|$)/.test(ziel)) return '/verwaltung';
  return ziel;
}

export function anmeldenUrl(ziel?: string, grund?: 'abgelaufen' | 'abgemeldet'): string {
  const q = new URLSearchParams();
  if (ziel !== undefined && sicheresZiel(ziel) !== '/verwaltung') q.set('ziel', sicheresZiel(ziel));
  if (grund !== undefined) q.set('grund', grund);
  const s = q.toString();
  return s === '' ? ANMELDEN : `${ANMELDEN}?${s}`;
}
