import { z } from 'zod';
import { bool, ConfigError } from './werte.ts';

// Delivery to the offices (zustellung/) and the built-in XTA mailbox.

export const zustellungEnv = {
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
  XTA_MAX_ANFRAGE_BYTES: z.coerce.number().int().min(1024).optional(),
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
};

type ZustellungEnv = z.infer<z.ZodObject<typeof zustellungEnv>>;

export type ZustellungKonfiguration = {
  autorKennung: string;
  autorName: string;
  /** Base URL of the built-in XTA mailbox as the product's own client reaches it (ports are appended). */
  internUrl: string;
  /** Built-in mailbox: trust the Author identifier header on loopback connections (embedded mode). */
  loopbackKennung: boolean;
  tls: { port: number; zertifikatDatei: string; schluesselDatei: string; clientCaDatei: string } | undefined;
  maxNachrichtBytes: number;
  /** Largest request body of the built-in mailbox; undefined: the largest message, base64, plus headers. */
  maxAnfrageBytes: number | undefined;
  timeoutMs: number;
  worker: boolean;
  intervallMs: number;
  backoffMs: number;
  backoffMaxMs: number;
  maxAlterMs: number;
};

export function zustellungKonfiguration(
  env: ZustellungEnv,
  baseUrl: string,
  production: boolean,
): ZustellungKonfiguration {
  const tlsTeile = [env.XTA_TLS_PORT, env.XTA_TLS_CERT, env.XTA_TLS_KEY, env.XTA_TLS_CLIENT_CA];
  if (tlsTeile.some((t) => t !== undefined) && tlsTeile.some((t) => t === undefined)) {
    throw new ConfigError([
      'XTA_TLS_PORT, XTA_TLS_CERT, XTA_TLS_KEY, XTA_TLS_CLIENT_CA: nur alle zusammen angeben',
    ]);
  }
  // In production the built-in mailbox takes the account only from the client certificate, never from a header.
  if (production && env.XTA_LOOPBACK_KENNUNG === true) {
    throw new ConfigError([
      'XTA_LOOPBACK_KENNUNG: in production nicht erlaubt; das Konto kommt dort nur aus dem Clientzertifikat',
    ]);
  }
  return {
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
    maxAnfrageBytes: env.XTA_MAX_ANFRAGE_BYTES,
    timeoutMs: env.XTA_TIMEOUT_MS,
    worker: env.ZUSTELLUNG_WORKER,
    intervallMs: env.ZUSTELLUNG_INTERVALL_MS,
    backoffMs: env.ZUSTELLUNG_BACKOFF_MS,
    backoffMaxMs: env.ZUSTELLUNG_BACKOFF_MAX_MS,
    maxAlterMs: Math.round(env.ZUSTELLUNG_MAX_ALTER_STUNDEN * 3_600_000),
  };
}
