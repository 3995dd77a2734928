import { z } from 'zod';
import { emailSchema } from '../shared/email.ts';
import { base64Key, bool } from './werte.ts';

// The variables of the app as a whole: server, database, secrets, limits, mail and the background jobs.

export const grundEnv = {
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
  /** After a key rotation: the former DATA_KEYs, comma-separated, newest first; they only decrypt. */
  DATA_KEY_PREVIOUS: z
    .string()
    .transform((v) => v.split(',').map((k) => k.trim()))
    .pipe(z.array(base64Key))
    .optional(),
  TRUST_PROXY: bool.default(false),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  DRAFT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
};

export const betriebEnv = {
  DRAFT_CLEANUP_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  UPLOAD_MAX_FILE_MB: z.coerce.number().min(0.01).max(100).default(10),
  UPLOAD_MAX_TOTAL_MB: z.coerce.number().min(0.01).max(500).default(40),
};

export const mailEnv = {
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\//,
      'muss mit smtp:// oder smtps:// beginnen, z. B. smtp://user:pass@mail.example.de:587',
    )
    .optional(),
  MAIL_FROM: z.string().min(3).default('Übernahme von Mietrückständen <noreply@localhost>'),
  KOORDINIERENDE_STELLE_EMAIL: emailSchema('muss eine E-Mail-Adresse sein').default('ozg@ego-mv.de'),
  NACHNUTZUNG_PRUEFINTERVALL_SEKUNDEN: z.coerce.number().int().min(10).max(86400).default(300),
  POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN: z.coerce.number().int().min(0).max(86400).default(30),
};
