import type { BundidMaterial } from './bundid/laden.ts';
import type { Config } from './config.ts';
import type { Datenbank } from './db/client.ts';
import type { Logger } from './log.ts';
import type { Secrets } from './secrets.ts';

/**
 * Everything the app needs from the outside, built once in main.ts (or by the test harness). One plain
 * object, no container; parts add their own services here as they arrive.
 */
export type Deps = {
  config: Config;
  secrets: Secrets;
  datenbank: Datenbank;
  logger: Logger;
  /** BundID keys, certificates and IdP metadata, loaded once at start-up (bundid/laden.ts). */
  bundid: BundidMaterial;
  /** The clock. Tests move it (deadlines, deregistration dates); production uses the system time. */
  jetzt: () => Date;
};
