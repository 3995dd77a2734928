import { z } from 'zod';

// Building blocks of the environment schemas, and the error that names the variables at fault.

export const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** A comma-separated list whose entries must come from `erlaubt`. */
export function liste<const T extends readonly [string, ...string[]]>(erlaubt: T) {
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

export const base64Key = z
  .string()
  .refine(
    (v) => Buffer.from(v, 'base64').length === 32,
    'muss 32 Bytes in Base64 sein (openssl rand -base64 32)',
  );

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ungültige Konfiguration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
