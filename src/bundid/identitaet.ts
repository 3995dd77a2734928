/**
 * The citizen identity from a BundID login, as the rest of the product sees it. The SAML service provider
 * (bundid/) fills it; the wizard, the status pages and the citizen's files only read it.
 */
export type Vertrauensniveau = 'basis' | 'substantiell' | 'hoch';

export type BuergerIdentitaet = {
  /** bPK2: stable pseudonym per service; the key of everything a citizen owns. */
  pseudonym: string;
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
};

/** What the citizen session stores. */
export type BuergerSitzung = { identitaet: BuergerIdentitaet; angemeldetAm: string };
