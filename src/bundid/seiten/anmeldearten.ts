import type { Vertrauensniveau } from '../identitaet.ts';

/** How a citizen can sign in at BundID for a trust level, as a phrase for the pages. */
export const anmeldearten: Record<Vertrauensniveau, string> = {
  basis: 'mit dem Online-Ausweis, einem ELSTER-Zertifikat oder mit Benutzername und Passwort',
  substantiell: 'mit dem Online-Ausweis oder einem ELSTER-Zertifikat',
  hoch: 'mit dem Online-Ausweis',
};
