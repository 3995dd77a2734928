/**
 * The citizen identity from a BundID login, as the rest of the product sees it. The SAML service provider
 * (bundid/) fills it; the wizard, the status pages and the citizen's files only read it.
 */
export const vertrauensniveaus = ['basis', 'substantiell', 'hoch'] as const;
export type Vertrauensniveau = (typeof vertrauensniveaus)[number];

/** True when `niveau` is at least `mindestens` (basis < substantiell < hoch). */
export function reichtAus(niveau: Vertrauensniveau, mindestens: Vertrauensniveau): boolean {
  return vertrauensniveaus.indexOf(niveau) >= vertrauensniveaus.indexOf(mindestens);
}

export type Geschlecht = 'maennlich' | 'weiblich' | 'divers';

export type BuergerIdentitaet = {
  /** bPK2: stable pseudonym per service; the key of everything a citizen owns. */
  pseudonym: string;
  /**
   * Achieved trust level. With "basis" (user name and password) the data are self-asserted, not verified.
   */
  vertrauensniveau: Vertrauensniveau;
  vorname?: string;
  familienname?: string;
  geburtsname?: string;
  /** ISO date YYYY-MM-DD */
  geburtsdatum?: string;
  geburtsort?: string;
  anschrift?: { strasse?: string; hausnummer?: string; plz?: string; ort?: string; land?: string };
  staatsangehoerigkeit?: string;
  email?: string;
  /** BundID mailbox (Postkorb-Handle) for replies. */
  postfach?: string;
  geschlecht?: Geschlecht;
  doktorgrad?: string;
  /** How the citizen proved the identity, as BundID reports it (e.g. "eID", "Elster", "Benutzername"). */
  anmeldeart?: string;
};

/** What the citizen session stores. */
export type BuergerSitzung = { identitaet: BuergerIdentitaet; angemeldetAm: string };

/** "Erika Mustermann", or a neutral text when BundID sent no name. */
export function anzeigename(identitaet: BuergerIdentitaet): string {
  const name = [identitaet.doktorgrad, identitaet.vorname, identitaet.familienname]
    .filter((t): t is string => t !== undefined && t !== '')
    .join(' ');
  return name === '' ? 'BundID-Konto' : name;
}
