import type { Vertrauensniveau } from './identitaet.ts';

// BundID settings as loadConfig() hands them over. Algorithm names are short forms; their URIs are below.

/** Login methods the AKDB extension can switch on (`akdb:AuthnMethods`). */
export const anmeldeverfahren = [
  'eID',
  'eIDAS',
  'Elster',
  'Benutzername',
  'FINK',
  'Authega',
  'Diia',
] as const;
export type Anmeldeverfahren = (typeof anmeldeverfahren)[number];

/**
 * Key transport the installed xml-encryption 3.1.0 (inside node-saml 5.1.0) can decrypt: RSA-OAEP with
 * MGF1-SHA-1 and SHA-1 digest. RSA-OAEP with a SHA-256 digest and `xmlenc11#rsa-oaep` are refused (see
 * README, "BundID anbinden"); rsa-1_5 is insecure and never accepted.
 */
export const schluesseltransportAlgorithmen = ['rsa-oaep-mgf1p'] as const;
export type Schluesseltransport = (typeof schluesseltransportAlgorithmen)[number];

/** Block ciphers for the assertion. GCM is authenticated; CBC is malleable and therefore off by default. */
export const datenverschluesselungsAlgorithmen = [
  'aes256-gcm',
  'aes128-gcm',
  'aes256-cbc',
  'aes128-cbc',
] as const;
export type Datenverschluesselung = (typeof datenverschluesselungsAlgorithmen)[number];

export const algorithmusUri: Record<Schluesseltransport | Datenverschluesselung, string> = {
  'rsa-oaep-mgf1p': 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
  'aes256-gcm': 'http://www.w3.org/2009/xmlenc11#aes256-gcm',
  'aes128-gcm': 'http://www.w3.org/2009/xmlenc11#aes128-gcm',
  'aes256-cbc': 'http://www.w3.org/2001/04/xmlenc#aes256-cbc',
  'aes128-cbc': 'http://www.w3.org/2001/04/xmlenc#aes128-cbc',
};

export type BundidKonfiguration = {
  /** The built-in stand-in IdP under /bundid-testidp (never in production). */
  testIdp: boolean;
  /** File path or https URL of the IdP metadata; undefined only with the stand-in. */
  idpMetadaten: string | undefined;
  spEntityId: string;
  acsUrl: string;
  /** PEM files; undefined in embedded mode, where keys are generated once in DATA_DIR/bundid. */
  schluesselDateien:
    | {
        signaturSchluessel: string;
        signaturZertifikat: string;
        verschluesselungSchluessel: string;
        verschluesselungZertifikat: string;
      }
    | undefined;
  mindestniveau: Vertrauensniveau;
  onlineServiceId: string;
  organisationsname: string;
  anmeldeverfahren: Anmeldeverfahren[];
  schluesseltransport: Schluesseltransport[];
  datenverschluesselung: Datenverschluesselung[];
  /** Require a valid signature on the whole Response (the assertion signature is always required). */
  antwortSigniert: boolean;
  uhrenabweichungMs: number;
};
