import { defineConfig } from 'vitest/config';
import { isPostgresReachable } from './test/postgres.ts';

// Every test runs on the embedded PGlite. When a PostgreSQL server is reachable (CI always has one), the
// unit and integration tests run a second time against it, so SQL that only PGlite (PostgreSQL 18)
// understands cannot slip into production (PostgreSQL 15).
const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const withPostgres = process.env.TEST_SKIP_POSTGRES !== '1' && (await isPostgresReachable(postgresUrl));

const shared = {
  env: { TZ: 'Europe/Berlin' },
  pool: 'forks' as const,
  testTimeout: 120_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    maxWorkers: 2,
    projects: [
      {
        extends: true as const,
        test: {
          ...shared,
          name: 'pglite',
          globalSetup: ['./test/global-setup-pglite.ts'],
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
          env: { ...shared.env, TEST_DB: 'pglite' },
        },
      },
      ...(withPostgres
        ? [
            {
              extends: true as const,
              test: {
                ...shared,
                name: 'postgres',
                globalSetup: ['./test/global-setup-postgres.ts'],
                include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
                env: { ...shared.env, TEST_DB: 'postgres', TEST_POSTGRES_URL: postgresUrl },
              },
            },
          ]
        : []),
      {
        extends: true as const,
        test: {
          ...shared,
          name: 'e2e',
          globalSetup: ['./test/global-setup-pglite.ts'],
          include: ['e2e/**/*.test.ts'],
          env: { ...shared.env, TEST_DB: 'pglite' },
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
