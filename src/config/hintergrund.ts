import { z } from 'zod';
import { istEmail } from '../shared/email.ts';
import { bool } from './werte.ts';

// Background jobs, metrics and the delivery health (docs/adr/0020-hintergrundjobs-mit-laufzeile.md).

const kommagetrennt = (v: string) =>
  v
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');

export const hintergrundEnv = {
  HINTERGRUND_JOBS: bool.default(true),
  HINTERGRUND_TAKT_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
  ZUSTELLUNG_SPERRE_SEKUNDEN: z.coerce.number().int().min(1).max(3600).default(60),
  METRICS_TOKEN: z.string().min(16, 'muss mindestens 16 Zeichen lang sein').optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  ZUSTELLUNG_WARNUNG_ALTER_MINUTEN: z.coerce.number().min(1).max(100_000).default(15),
  ZUSTELLUNG_WARNUNG_TOTE: z.coerce.number().int().min(1).max(100_000).default(1),
  BETRIEB_EMAILS: z
    .string()
    .transform(kommagetrennt)
    .pipe(
      z.array(
        z.string().refine(istEmail, { error: 'muss E-Mail-Adressen enthalten, durch Kommas getrennt' }),
      ),
    )
    .optional(),
  BETRIEB_ZUSAMMENFASSUNG_STUNDEN: z.coerce
    .number()
    .min(0)
    .max(24 * 7)
    .default(24),
};

type HintergrundEnv = z.infer<z.ZodObject<typeof hintergrundEnv>>;

export type HintergrundKonfiguration = {
  /** This process runs the background jobs (false: web only, `npm run worker` runs them). */
  jobs: boolean;
  /** How often the planner looks for due periodic jobs. */
  taktMs: number;
  /** Lease of a claimed delivery job, renewed while it is sent. */
  zustellSperreMs: number;
  /** Bearer token for /metrics; METRICS_PORT serves the metrics on a port of their own instead. */
  metricsToken: string | undefined;
  metricsPort: number | undefined;
  /** Delivery health: warn when the oldest undelivered job is older, or when this many are dead. */
  warnungAlterMs: number;
  warnungTote: number;
  /** The operators' list for the daily digest (none: no digest). */
  betriebEmails: string[];
  zusammenfassungIntervallMs: number;
};

export function hintergrundKonfiguration(env: HintergrundEnv): HintergrundKonfiguration {
  return {
    jobs: env.HINTERGRUND_JOBS,
    taktMs: env.HINTERGRUND_TAKT_MS,
    zustellSperreMs: env.ZUSTELLUNG_SPERRE_SEKUNDEN * 1000,
    metricsToken: env.METRICS_TOKEN,
    metricsPort: env.METRICS_PORT,
    warnungAlterMs: Math.round(env.ZUSTELLUNG_WARNUNG_ALTER_MINUTEN * 60_000),
    warnungTote: env.ZUSTELLUNG_WARNUNG_TOTE,
    betriebEmails: env.BETRIEB_EMAILS ?? [],
    zusammenfassungIntervallMs: Math.round(env.BETRIEB_ZUSAMMENFASSUNG_STUNDEN * 3_600_000),
  };
}
