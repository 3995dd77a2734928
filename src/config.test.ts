import { expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

test('embedded mode starts with no variable set at all', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: './data', databaseUrl: undefined });
  expect(config.baseUrl).toBe('http://127.0.0.1:3000');
  expect(config.production).toBe(false);
});

test('a wrong value is refused with the name of the variable', () => {
  expect(() => loadConfig({ PORT: 'achtzig' })).toThrow(ConfigError);
  expect(() => loadConfig({ PORT: 'achtzig' })).toThrow(/PORT/);
  expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: muss mit postgres/);
  expect(() => loadConfig({ DATA_KEY: 'zu-kurz' })).toThrow(/DATA_KEY: muss 32 Bytes/);
  expect(() => loadConfig({ BASE_URL: 'keine url' })).toThrow(/BASE_URL/);
});

test('production requires database, base URL and secrets, naming each missing one', () => {
  try {
    loadConfig({ NODE_ENV: 'production' });
    expect.unreachable();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['DATABASE_URL', 'BASE_URL', 'SESSION_SECRET', 'DATA_KEY'])
      expect(problems).toContain(name);
  }
});

const produktion = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://u@db/x',
  BASE_URL: 'https://mietrueckstaende.example.de/',
  SESSION_SECRET: 'x'.repeat(40),
  DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
  // BundID: the real IdP's metadata, the service provider's key files, the OnlineServiceId
  BUNDID_IDP_METADATA: 'https://id.bund.de/idp',
  BUNDID_SP_SIGNING_KEY: '/etc/mr/sp-signatur.key',
  BUNDID_SP_SIGNING_CERT: '/etc/mr/sp-signatur.crt',
  BUNDID_SP_ENCRYPTION_KEY: '/etc/mr/sp-verschluesselung.key',
  BUNDID_SP_ENCRYPTION_CERT: '/etc/mr/sp-verschluesselung.crt',
  BUNDID_ONLINE_SERVICE_ID: 'MV-10090',
};

test('production starts when everything is given', () => {
  const config = loadConfig(produktion);
  expect(config.baseUrl).toBe('https://mietrueckstaende.example.de');
  expect(config.secrets.dataKey?.length).toBe(32);
});

test('production never takes the XTA account from a header: XTA_LOOPBACK_KENNUNG=true is refused', () => {
  expect(loadConfig(produktion).zustellung.loopbackKennung).toBe(false);
  expect(() => loadConfig({ ...produktion, XTA_LOOPBACK_KENNUNG: 'true' })).toThrow(/XTA_LOOPBACK_KENNUNG/);
});
