/**
 * Staff roles and the staff session, shared by the inbox (posteingang/), the re-use administration
 * (nachnutzung/) and operations (betrieb/). Accounts, login and guards live in personal/.
 */
export const rollen = ['sachbearbeitung', 'land_koordination', 'betrieb'] as const;
export type Rolle = (typeof rollen)[number];

export const rollenNamen: Record<Rolle, string> = {
  sachbearbeitung: 'Sachbearbeitung',
  land_koordination: 'Land-Koordination (eGo MV / MiK)',
  betrieb: 'Betrieb',
};

/** What a staff session stores, and what route handlers get as `request.personal`. */
export type PersonalSitzung = {
  benutzerId: string;
  anzeigename: string;
  rollen: Rolle[];
  /** AGS (5 digits) of the offices a Sachbearbeitung account is bound to. */
  behoerden: string[];
  angemeldetAm: string;
  /** How the person signed in (absent in sessions made by tests or older code: treated as 'passwort'). */
  anmeldeweg?: 'passwort' | 'oidc';
};

/** Case data (Sozialdaten) of an office: only its own Sachbearbeitung. */
export function darfFaelleSehen(p: PersonalSitzung, ags: string): boolean {
  return p.rollen.includes('sachbearbeitung') && p.behoerden.includes(ags);
}

/** Re-use records of an office: the Land coordination, and the office's own staff. */
export function darfNachnutzungSehen(p: PersonalSitzung, ags: string): boolean {
  return p.rollen.includes('land_koordination') || p.behoerden.includes(ags);
}
