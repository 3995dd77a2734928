import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/app.tsx';
import { loadConfig } from '../src/config.ts';
import type { Datenbank } from '../src/db/client.ts';
import type { Deps } from '../src/deps.ts';
import { hintergrundPlaner } from '../src/hintergrund-jobs.ts';
import { createLogger } from '../src/log.ts';
import { testBundid } from './bundid.ts';
import { testDatenbank } from './db.ts';

export type TestUhr = { jetzt: () => Date; setze(iso: string): void; vor(ms: number): void };

/** A clock that tests can set and move forward. */
export function testUhr(start = '2026-11-29T10:00:00+01:00'): TestUhr {
  let now = new Date(start).getTime();
  return {
    jetzt: () => new Date(now),
    setze(iso) {
      now = new Date(iso).getTime();
    },
    vor(ms) {
      now += ms;
    },
  };
}

export type TestApp = {
  app: FastifyInstance;
  deps: Deps;
  uhr: TestUhr;
  datenbank: Datenbank;
  close(): Promise<void>;
};

export async function testApp(
  options: {
    env?: Record<string, string>;
    datenbank?: Datenbank;
    uhr?: TestUhr;
    /** e.g. a pino logger writing into an array, for tests that check what is logged */
    logger?: Deps['logger'];
    /** BundID material other than the built-in stand-in (e.g. a foreign IdP's metadata) */
    bundid?: Deps['bundid'];
    /** Runs the background jobs in the app, as main.ts does (HINTERGRUND_TAKT_MS sets the clock). */
    jobs?: boolean;
  } = {},
): Promise<TestApp> {
  const datenbank = options.datenbank ?? (await testDatenbank());
  const uhr = options.uhr ?? testUhr();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: '/nonexistent',
    LOG_LEVEL: 'silent',
    // The inbox's notice job runs only where a test calls it (posteingang/mitteilungen.ts).
    POSTEINGANG_MITTEILUNG_INTERVALL_SEKUNDEN: '0',
    // Inject tests all come from 127.0.0.1: a whole test file must not hit the production limit.
    RATE_LIMIT_PER_MINUTE: '100000',
    ...options.env,
  });
  const deps: Deps = {
    config,
    secrets: { sessionSecret: 'test-session-secret-0123456789abcdef', dataKey: Buffer.alloc(32, 7) },
    datenbank,
    logger: options.logger ?? createLogger(config.logLevel),
    jetzt: uhr.jetzt,
    bundid: options.bundid ?? (await testBundid(config)),
  };
  const app = await createApp(deps);
  await app.ready();
  // Scheduled by the system time: a frozen test clock would never make a job due again.
  const jobs = options.jobs === true ? hintergrundPlaner(deps, () => new Date()) : undefined;
  await jobs?.start();
  return {
    app,
    deps,
    uhr,
    datenbank,
    async close() {
      await jobs?.stop();
      await app.close();
      await datenbank.close();
    },
  };
}
