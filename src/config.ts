import { z } from 'zod';
import type { BundidKonfiguration } from './bundid/konfiguration.ts';
import { betriebEnv, grundEnv, mailEnv } from './config/allgemein.ts';
import { bundidEnv, bundidKonfiguration } from './config/bundid.ts';
import {
  hintergrundEnv,
  hintergrundKonfiguration,
  type HintergrundKonfiguration,
} from './config/hintergrund.ts';
import { oidcEinstellungen, personalEnv, type OidcEinstellungen } from './config/personal.ts';
import { zustellungEnv, zustellungKonfiguration, type ZustellungKonfiguration } from './config/zustellung.ts';
import { rechtlichesEnv, rechtlichesKonfiguration, type Rechtliches } from './config/rechtliches.ts';
import { ConfigError } from './config/werte.ts';
import { vermieterEnv } from './config/vermieter.ts';

// Configuration comes only from the environment, is validated once at start-up and fails with a message
// that names the variable. Embedded mode (no DATABASE_URL) works with no variable set at all. Each part's
// variables are declared in config/; the order here is the order of the messages.

export { ConfigError } from './config/werte.ts';
export type { BarrierefreiheitAngaben, Impressum, Rechtliches } from './config/rechtliches.ts';
export type { OidcEinstellungen } from './config/personal.ts';

export const envSchema = z.object({
  ...grundEnv,
  ...personalEnv,
  ...bundidEnv,
  ...betriebEnv,
  ...zustellungEnv,
  ...mailEnv,
  ...hintergrundEnv,
  ...vermieterEnv,
  ...rechtlichesEnv,
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
  zustellung: ZustellungKonfiguration;
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
  /** Background jobs, metrics, delivery health. */
  hintergrund: HintergrundKonfiguration;
  vermieter: {
    /** Days an invitation link for the landlord's declaration stays valid. */
    gueltigkeitTage: number;
    /** Requests per client address and minute on the landlord pages (the codes are the credential). */
    anfragenProMinute: number;
  };
  /** Impressum and accessibility statement (config/rechtliches.ts). */
  rechtliches: Rechtliches;
  /** Filled from the environment or, in embedded mode, from DATA_DIR (see secrets.ts). */
  secrets: { sessionSecret: string | undefined; dataKey: Buffer | undefined; frueherDataKeys: Buffer[] };
};

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
  const baseUrl = (
    env.BASE_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`
  ).replace(/\/$/, '');
  const zustellung = zustellungKonfiguration(env, baseUrl, production);
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
    zustellung,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    koordinierendeStelleEmail: env.KOORDINIERENDE_STELLE_EMAIL,
    rechtliches: rechtlichesKonfiguration(env),
    nachnutzungPruefintervallSekunden: env.NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN,
    posteingang: { mitteilungIntervallSekunden: env.POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN },
    hintergrund: hintergrundKonfiguration(env),
    vermieter: {
      gueltigkeitTage: env.VERMIETER_GUELTIGKEIT_TAGE,
      anfragenProMinute: env.VERMIETER_ANFRAGEN_PRO_MINUTE,
    },
    secrets: {
      sessionSecret: env.SESSION_SECRET,
      dataKey: env.DATA_KEY === undefined ? undefined : Buffer.from(env.DATA_KEY, 'base64'),
      frueherDataKeys: (env.DATA_KEY_PREVIOUS ?? []).map((k) => Buffer.from(k, 'base64')),
    },
  };
}

function stripEmpty(source: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
}
