import { z } from 'zod';
import { vertrauensniveaus } from '../bundid/identitaet.ts';
import {
  anmeldeverfahren,
  datenverschluesselungsAlgorithmen,
  schluesseltransportAlgorithmen,
  type BundidKonfiguration,
} from '../bundid/konfiguration.ts';
import { bool, ConfigError, liste } from './werte.ts';

// BundID (SAML 2.0) for the applicants' login.

export const bundidEnv = {
  // BundID (SAML 2.0). Without BUNDID_IDP_METADATA the built-in stand-in answers (never in production).
  BUNDID_IDP_METADATA: z.string().min(1).optional(),
  BUNDID_TESTIDP: bool.optional(),
  BUNDID_SP_ENTITY_ID: z.string().min(1).optional(),
  BUNDID_SP_SIGNING_KEY: z.string().min(1).optional(),
  BUNDID_SP_SIGNING_CERT: z.string().min(1).optional(),
  BUNDID_SP_ENCRYPTION_KEY: z.string().min(1).optional(),
  BUNDID_SP_ENCRYPTION_CERT: z.string().min(1).optional(),
  BUNDID_MIN_TRUST_LEVEL: z.enum(vertrauensniveaus).default('substantiell'),
  BUNDID_ONLINE_SERVICE_ID: z.string().min(1).max(200).optional(),
  BUNDID_ORGANIZATION_DISPLAY_NAME: z
    .string()
    .min(1)
    .max(200)
    .default('Sozialämter in Mecklenburg-Vorpommern'),
  BUNDID_AUTHN_METHODS: liste(anmeldeverfahren).optional(),
  BUNDID_KEY_TRANSPORT_ALGORITHMS: liste(schluesseltransportAlgorithmen).default(['rsa-oaep-mgf1p']),
  BUNDID_DATA_ENCRYPTION_ALGORITHMS: liste(datenverschluesselungsAlgorithmen).default([
    'aes256-gcm',
    'aes128-gcm',
  ]),
  BUNDID_RESPONSE_SIGNED: bool.default(true),
  BUNDID_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
};

type BundidEnv = z.infer<z.ZodObject<typeof bundidEnv>>;

export function bundidKonfiguration(
  env: BundidEnv,
  baseUrl: string,
  production: boolean,
): BundidKonfiguration {
  const testIdp = env.BUNDID_TESTIDP ?? (!production && env.BUNDID_IDP_METADATA === undefined);
  const probleme: string[] = [];
  if (testIdp && production) {
    probleme.push(
      'BUNDID_TESTIDP: die eingebaute BundID-Testumgebung darf im Betrieb (NODE_ENV=production) nicht laufen',
    );
  }
  if (testIdp && env.BUNDID_IDP_METADATA !== undefined) {
    probleme.push('BUNDID_TESTIDP: nicht zusammen mit BUNDID_IDP_METADATA verwenden');
  }
  if (!testIdp && env.BUNDID_IDP_METADATA === undefined) {
    probleme.push(
      'BUNDID_IDP_METADATA: ist ohne eingebaute Testumgebung erforderlich (Datei oder https-URL)',
    );
  }
  const schluessel = [
    'BUNDID_SP_SIGNING_KEY',
    'BUNDID_SP_SIGNING_CERT',
    'BUNDID_SP_ENCRYPTION_KEY',
    'BUNDID_SP_ENCRYPTION_CERT',
  ] as const;
  const gesetzt = schluessel.filter((name) => env[name] !== undefined);
  if (production || gesetzt.length > 0) {
    for (const name of schluessel) {
      if (env[name] === undefined) {
        probleme.push(
          production
            ? `${name}: ist im Betrieb (NODE_ENV=production) erforderlich`
            : `${name}: fehlt (entweder alle vier BUNDID_SP_*-Schlüsseldateien angeben oder keine)`,
        );
      }
    }
  }
  if (production && env.BUNDID_ONLINE_SERVICE_ID === undefined) {
    probleme.push('BUNDID_ONLINE_SERVICE_ID: ist im Betrieb (NODE_ENV=production) erforderlich');
  }
  if (probleme.length > 0) throw new ConfigError(probleme);

  const mindestniveau = env.BUNDID_MIN_TRUST_LEVEL;
  return {
    testIdp,
    idpMetadaten: env.BUNDID_IDP_METADATA,
    spEntityId: env.BUNDID_SP_ENTITY_ID ?? `${baseUrl}/bundid/metadata`,
    acsUrl: `${baseUrl}/bundid/acs`,
    schluesselDateien:
      env.BUNDID_SP_SIGNING_KEY !== undefined &&
      env.BUNDID_SP_SIGNING_CERT !== undefined &&
      env.BUNDID_SP_ENCRYPTION_KEY !== undefined &&
      env.BUNDID_SP_ENCRYPTION_CERT !== undefined
        ? {
            signaturSchluessel: env.BUNDID_SP_SIGNING_KEY,
            signaturZertifikat: env.BUNDID_SP_SIGNING_CERT,
            verschluesselungSchluessel: env.BUNDID_SP_ENCRYPTION_KEY,
            verschluesselungZertifikat: env.BUNDID_SP_ENCRYPTION_CERT,
          }
        : undefined,
    mindestniveau,
    onlineServiceId: env.BUNDID_ONLINE_SERVICE_ID ?? 'mietrueckstaende-entwicklung',
    organisationsname: env.BUNDID_ORGANIZATION_DISPLAY_NAME,
    anmeldeverfahren:
      env.BUNDID_AUTHN_METHODS ??
      (mindestniveau === 'basis' ? ['eID', 'eIDAS', 'Elster', 'Benutzername'] : ['eID', 'eIDAS', 'Elster']),
    schluesseltransport: env.BUNDID_KEY_TRANSPORT_ALGORITHMS,
    datenverschluesselung: env.BUNDID_DATA_ENCRYPTION_ALGORITHMS,
    antwortSigniert: env.BUNDID_RESPONSE_SIGNED,
    uhrenabweichungMs: env.BUNDID_CLOCK_SKEW_SECONDS * 1000,
  };
}
