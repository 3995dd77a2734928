import { z } from 'zod';
import { rollen, type Rolle } from './personal/rollen.ts';
import {
  anmeldeverfahren,
  datenverschluesselungsAlgorithmen,
  schluesseltransportAlgorithmen,
  type BundidKonfiguration,
} from './bundid/konfiguration.ts';
import { vertrauensniveaus } from './bundid/identitaet.ts';

// Configuration comes only from the environment, is validated once at start-up and fails with a message
// that names the variable. Embedded mode (no DATABASE_URL) works with no variable set at all.

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** A comma-separated list whose entries must come from `erlaubt`. */
function liste<const T extends readonly [string, ...string[]]>(erlaubt: T) {
  return z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((e) => e.trim())
        .filter((e) => e !== ''),
    )
    .pipe(
      z
        .array(z.enum(erlaubt, { error: `erlaubt sind: ${erlaubt.join(', ')}` }))
        .min(1, 'braucht mindestens einen Wert'),
    );
}

const base64Key = z
  .string()
  .refine(
    (v) => Buffer.from(v, 'base64').length === 32,
    'muss 32 Bytes in Base64 sein (openssl rand -base64 32)',
  );

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'muss mit postgres:// oder postgresql:// beginnen')
    .optional(),
  BASE_URL: z
    .url({ error: 'muss eine vollständige URL sein, z. B. https://mietrueckstaende.example.de' })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_SECRET: z.string().min(32, 'muss mindestens 32 Zeichen lang sein').optional(),
  DATA_KEY: base64Key.optional(),
  TRUST_PROXY: bool.default(false),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  DRAFT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  PERSONAL_PASSWORT_ANMELDUNG: bool.default(true),
  OIDC_ISSUER: z
    .url({
      error: 'muss die Issuer-URL des Identitätsanbieters sein, z. B. https://sso.example.de/realms/kreis',
    })
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_ANZEIGENAME: z.string().min(1).default('Dienstkonto der Verwaltung (Single Sign-on)'),
  OIDC_SCOPES: z.string().min(1).default('openid profile email'),
  OIDC_LOGIN_CLAIM: z.string().min(1).default('preferred_username'),
  OIDC_GRUPPEN_CLAIM: z.string().min(1).default('groups'),
  OIDC_ROLLEN_GRUPPEN: z.string().min(1).optional(),
  OIDC_BEHOERDEN_GRUPPEN: z.string().min(1).optional(),
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
  DRAFT_CLEANUP_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  UPLOAD_MAX_FILE_MB: z.coerce.number().min(0.01).max(100).default(10),
  UPLOAD_MAX_TOTAL_MB: z.coerce.number().min(0.01).max(500).default(40),
  // Delivery (zustellung/) and the built-in XTA mailbox (zustellung/xta-server/).
  XTA_AUTOR_KENNUNG: z.string().min(3).default('efa:130000000001'),
  XTA_AUTOR_NAME: z.string().min(1).default('Onlinedienst Übernahme von Mietrückständen M-V'),
  XTA_INTERN_URL: z.url({ error: 'muss eine vollständige URL sein' }).optional(),
  XTA_LOOPBACK_KENNUNG: bool.optional(),
  XTA_TLS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  XTA_TLS_CERT: z.string().min(1).optional(),
  XTA_TLS_KEY: z.string().min(1).optional(),
  XTA_TLS_CLIENT_CA: z.string().min(1).optional(),
  XTA_MAX_NACHRICHT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(40 * 1024 * 1024),
  XTA_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  ZUSTELLUNG_WORKER: bool.default(true),
  ZUSTELLUNG_INTERVALL_MS: z.coerce.number().int().min(50).max(600_000).default(2_000),
  ZUSTELLUNG_BACKOFF_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  ZUSTELLUNG_BACKOFF_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(3_600_000),
  ZUSTELLUNG_MAX_ALTER_STUNDEN: z.coerce
    .number()
    .min(0.01)
    .max(24 * 90)
    .default(72),
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\//,
      'muss mit smtp:// oder smtps:// beginnen, z. B. smtp://user:pass@mail.example.de:587',
    )
    .optional(),
  MAIL_FROM: z.string().min(3).default('Übernahme von Mietrückständen <noreply@localhost>'),
  KOORDINIERENDE_STELLE_EMAIL: z.email({ error: 'muss eine E-Mail-Adresse sein' }).default('ozg@ego-mv.de'),
  NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN: z.coerce.number().int().min(10).max(86400).default(300),
  POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN: z.coerce.number().int().min(0).max(86400).default(30),
});

export type Env = z.infer<typeof envSchema>;

export type Config = {
  env: Env['NODE_ENV'];
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  logLevel: Env['LOG_LEVEL'];
  trustProxy: boolean;
  draftRetentionDays: number;
  personal: {
    /** Local staff accounts may sign in with a password (false: only through OpenID Connect). */
    passwortAnmeldung: boolean;
    oidc: OidcEinstellungen | undefined;
  };
  bundid: BundidKonfiguration;
  /** How often the running app deletes expired drafts. */
  draftCleanupIntervalMinutes: number;
  /** Upload limits: per file and per application (the XTA message limit). */
  uploadMaxDateiBytes: number;
  uploadMaxGesamtBytes: number;
  /** Delivery to the offices and the built-in XTA mailbox. */
  zustellung: {
    autorKennung: string;
    autorName: string;
    /** Base URL of the built-in XTA mailbox as the product's own client reaches it (ports are appended). */
    internUrl: string;
    /** Built-in mailbox: trust the Author identifier header on loopback connections (embedded mode). */
    loopbackKennung: boolean;
    tls:
      { port: number; zertifikatDatei: string; schluesselDatei: string; clientCaDatei: string } | undefined;
    maxNachrichtBytes: number;
    timeoutMs: number;
    worker: boolean;
    intervallMs: number;
    backoffMs: number;
    backoffMaxMs: number;
    maxAlterMs: number;
  };
  /** Requests per client address and minute before 429. */
  rateLimitPerMinute: number;
  /** Outgoing mail; without it, embedded mode writes .eml files into DATA_DIR/mails. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where declarations of interest go (the Koordinierende Stelle eGo MV). */
  koordinierendeStelleEmail: string;
  /** How often the re-use job checks for due switches (deregistration dates, planned starts and ends). */
  nachnutzungPruefintervallSekunden: number;
  posteingang: {
    /** How often the notice job runs (take in applications, notice deliveries, send e-mails); 0: never. */
    mitteilungIntervallSekunden: number;
  };
  /** Filled from the environment or, in embedded mode, from DATA_DIR (see secrets.ts). */
  secrets: { sessionSecret: string | undefined; dataKey: Buffer | undefined };
};

/** OpenID Connect login for staff (personal/oidc.ts). */
export type OidcEinstellungen = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Text of the login button. */
  anzeigename: string;
  scopes: string;
  /** Claim whose value is the local login name (matched first; then the e-mail claim). */
  loginClaim: string;
  /** Claim with the list of groups. */
  gruppenClaim: string;
  /** Group names per role; undefined: the roles of the local account apply. */
  rollenGruppen: Partial<Record<Rolle, string[]>> | undefined;
  /** Group names per office (AGS); undefined: the offices of the local account apply. */
  behoerdenGruppen: Record<string, string[]> | undefined;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ungültige Konfiguration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(stripEmpty(source));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  const oidc = oidcEinstellungen(env, production);
  if (production) {
    const missing = (['DATABASE_URL', 'BASE_URL', 'SESSION_SECRET', 'DATA_KEY'] as const).filter(
      (name) => env[name] === undefined,
    );
    if (missing.length > 0) {
      throw new ConfigError(
        missing.map((name) => `${name}: ist im Betrieb (NODE_ENV=production) erforderlich`),
      );
    }
  }
  const tlsTeile = [env.XTA_TLS_PORT, env.XTA_TLS_CERT, env.XTA_TLS_KEY, env.XTA_TLS_CLIENT_CA];
  if (tlsTeile.some((t) => t !== undefined) && tlsTeile.some((t) => t === undefined)) {
    throw new ConfigError([
      'XTA_TLS_PORT, XTA_TLS_CERT, XTA_TLS_KEY, XTA_TLS_CLIENT_CA: nur alle zusammen angeben',
    ]);
  }
  const baseUrl = (
    env.BASE_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`
  ).replace(/\/$/, '');
  return {
    env: env.NODE_ENV,
    production,
    port: env.PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    baseUrl,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    draftRetentionDays: env.DRAFT_RETENTION_DAYS,
    personal: { passwortAnmeldung: env.PERSONAL_PASSWORT_ANMELDUNG, oidc },
    bundid: bundidKonfiguration(env, baseUrl, production),
    draftCleanupIntervalMinutes: env.DRAFT_CLEANUP_INTERVAL_MINUTES,
    uploadMaxDateiBytes: Math.round(env.UPLOAD_MAX_FILE_MB * 1024 * 1024),
    uploadMaxGesamtBytes: Math.round(env.UPLOAD_MAX_TOTAL_MB * 1024 * 1024),
    zustellung: {
      autorKennung: env.XTA_AUTOR_KENNUNG,
      autorName: env.XTA_AUTOR_NAME,
      internUrl: (env.XTA_INTERN_URL ?? `${baseUrl}/xta`).replace(/\/$/, ''),
      loopbackKennung: env.XTA_LOOPBACK_KENNUNG ?? !production,
      tls:
        env.XTA_TLS_PORT === undefined ||
        env.XTA_TLS_CERT === undefined ||
        env.XTA_TLS_KEY === undefined ||
        env.XTA_TLS_CLIENT_CA === undefined
          ? undefined
          : {
              port: env.XTA_TLS_PORT,
              zertifikatDatei: env.XTA_TLS_CERT,
              schluesselDatei: env.XTA_TLS_KEY,
              clientCaDatei: env.XTA_TLS_CLIENT_CA,
            },
      maxNachrichtBytes: env.XTA_MAX_NACHRICHT_BYTES,
      timeoutMs: env.XTA_TIMEOUT_MS,
      worker: env.ZUSTELLUNG_WORKER,
      intervallMs: env.ZUSTELLUNG_INTERVALL_MS,
      backoffMs: env.ZUSTELLUNG_BACKOFF_MS,
      backoffMaxMs: env.ZUSTELLUNG_BACKOFF_MAX_MS,
      maxAlterMs: Math.round(env.ZUSTELLUNG_MAX_ALTER_STUNDEN * 3_600_000),
    },
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    koordinierendeStelleEmail: env.KOORDINIERENDE_STELLE_EMAIL,
    nachnutzungPruefintervallSekunden: env.NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN,
    posteingang: { mitteilungIntervallSekunden: env.POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN },
    secrets: {
      sessionSecret: env.SESSION_SECRET,
      dataKey: env.DATA_KEY === undefined ? undefined : Buffer.from(env.DATA_KEY, 'base64'),
    },
  };
}

function oidcEinstellungen(env: Env, production: boolean): OidcEinstellungen | undefined {
  const problems: string[] = [];
  if (env.OIDC_ISSUER === undefined) {
    for (const name of [
      'OIDC_CLIENT_ID',
      'OIDC_CLIENT_SECRET',
      'OIDC_ROLLEN_GRUPPEN',
      'OIDC_BEHOERDEN_GRUPPEN',
    ] as const)
      if (env[name] !== undefined) problems.push(`${name}: wirkt nur zusammen mit OIDC_ISSUER`);
    if (!env.PERSONAL_PASSWORT_ANMELDUNG)
      problems.push('PERSONAL_PASSWORT_ANMELDUNG: false geht nur, wenn OIDC_ISSUER gesetzt ist');
    if (problems.length > 0) throw new ConfigError(problems);
    return undefined;
  }
  const issuer = new URL(env.OIDC_ISSUER);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
  if (issuer.protocol !== 'https:' && (production || !loopback || issuer.protocol !== 'http:'))
    problems.push(
      'OIDC_ISSUER: muss mit https:// beginnen (http:// nur für 127.0.0.1 außerhalb des Betriebs)',
    );
  if (env.OIDC_CLIENT_ID === undefined)
    problems.push('OIDC_CLIENT_ID: ist zusammen mit OIDC_ISSUER erforderlich');
  if (env.OIDC_CLIENT_SECRET === undefined)
    problems.push('OIDC_CLIENT_SECRET: ist zusammen mit OIDC_ISSUER erforderlich');
  const rollenGruppen = zuordnung('OIDC_ROLLEN_GRUPPEN', env.OIDC_ROLLEN_GRUPPEN, problems, (k) =>
    (rollen as readonly string[]).includes(k)
      ? null
      : `unbekannte Rolle „${k}“ (möglich: ${rollen.join(', ')})`,
  ) as Partial<Record<Rolle, string[]>> | undefined;
  const behoerdenGruppen = zuordnung('OIDC_BEHOERDEN_GRUPPEN', env.OIDC_BEHOERDEN_GRUPPEN, problems, (k) =>
    /^[0-9]{5}$/.test(k) ? null : `„${k}“ ist kein fünfstelliger Kreisschlüssel (AGS)`,
  );
  if (problems.length > 0 || env.OIDC_CLIENT_ID === undefined || env.OIDC_CLIENT_SECRET === undefined)
    throw new ConfigError(problems);
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    anzeigename: env.OIDC_ANZEIGENAME,
    scopes: env.OIDC_SCOPES,
    loginClaim: env.OIDC_LOGIN_CLAIM,
    gruppenClaim: env.OIDC_GRUPPEN_CLAIM,
    rollenGruppen,
    behoerdenGruppen,
  };
}

/** "schluessel=gruppe;schluessel=gruppe2": split at ';' and at the first '=' (group DNs contain '=' and ','). */
function zuordnung(
  name: string,
  wert: string | undefined,
  problems: string[],
  schluesselFehler: (k: string) => string | null,
): Record<string, string[]> | undefined {
  if (wert === undefined) return undefined;
  const ergebnis: Record<string, string[]> = {};
  for (const eintrag of wert
    .split(';')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const i = eintrag.indexOf('=');
    const k = i < 0 ? '' : eintrag.slice(0, i).trim();
    const gruppe = i < 0 ? '' : eintrag.slice(i + 1).trim();
    if (k === '' || gruppe === '') {
      problems.push(`${name}: „${eintrag}“ hat nicht die Form schlüssel=gruppe`);
      continue;
    }
    const fehler = schluesselFehler(k);
    if (fehler !== null) {
      problems.push(`${name}: ${fehler}`);
      continue;
    }
    ergebnis[k] = [...(ergebnis[k] ?? []), gruppe];
  }
  return ergebnis;
}

function bundidKonfiguration(env: Env, baseUrl: string, production: boolean): BundidKonfiguration {
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

function stripEmpty(source: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
}
