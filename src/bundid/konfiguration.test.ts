import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';

const betrieb = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://u@db/x',
  BASE_URL: 'https://mietrueckstaende.example.de',
  SESSION_SECRET: 'x'.repeat(40),
  DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
};
const bundidBetrieb = {
  BUNDID_IDP_METADATA: 'https://id.bund.de/idp',
  BUNDID_SP_SIGNING_KEY: '/etc/mr/sp-signatur.key',
  BUNDID_SP_SIGNING_CERT: '/etc/mr/sp-signatur.crt',
  BUNDID_SP_ENCRYPTION_KEY: '/etc/mr/sp-verschluesselung.key',
  BUNDID_SP_ENCRYPTION_CERT: '/etc/mr/sp-verschluesselung.crt',
  BUNDID_ONLINE_SERVICE_ID: 'MV-10090',
};

function probleme(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems.join('\n');
  }
  throw new Error('keine ConfigError');
}

test('embedded mode: the built-in stand-in, generated keys, sensible defaults', () => {
  const { bundid } = loadConfig({});
  expect(bundid).toMatchObject({
    testIdp: true,
    idpMetadaten: undefined,
    schluesselDateien: undefined,
    spEntityId: 'http://127.0.0.1:3000/bundid/metadata',
    acsUrl: 'http://127.0.0.1:3000/bundid/acs',
    mindestniveau: 'substantiell',
    anmeldeverfahren: ['eID', 'eIDAS', 'Elster'],
    schluesseltransport: ['rsa-oaep-mgf1p'],
    datenverschluesselung: ['aes256-gcm', 'aes128-gcm'],
    antwortSigniert: true,
    uhrenabweichungMs: 5000,
  });
});

test('the stand-in cannot be enabled with NODE_ENV=production', () => {
  expect(
    probleme({ ...betrieb, ...bundidBetrieb, BUNDID_IDP_METADATA: '', BUNDID_TESTIDP: 'true' }),
  ).toContain(
    'BUNDID_TESTIDP: die eingebaute BundID-Testumgebung darf im Betrieb (NODE_ENV=production) nicht laufen',
  );
  expect(probleme({ ...betrieb, ...bundidBetrieb, BUNDID_TESTIDP: '1' })).toContain('BUNDID_TESTIDP');
});

test('npm start refuses to start in production with the stand-in (exit code 2, message names the variable)', async () => {
  const wurzel = path.resolve(import.meta.dirname, '../..');
  const ergebnis = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: wurzel,
    env: { PATH: process.env.PATH, ...betrieb, ...bundidBetrieb, BUNDID_TESTIDP: 'true' },
  }).then(
    () => ({ code: 0, stderr: '' }),
    (error: unknown) => error as { code: number; stderr: string },
  );
  expect(ergebnis.code).toBe(2);
  expect(ergebnis.stderr).toContain('BUNDID_TESTIDP');
});

test('production requires IdP metadata, the four key files and the OnlineServiceId', () => {
  const text = probleme(betrieb);
  for (const name of [
    'BUNDID_IDP_METADATA',
    'BUNDID_SP_SIGNING_KEY',
    'BUNDID_SP_SIGNING_CERT',
    'BUNDID_SP_ENCRYPTION_KEY',
    'BUNDID_SP_ENCRYPTION_CERT',
    'BUNDID_ONLINE_SERVICE_ID',
  ]) {
    expect(text).toContain(`${name}:`);
  }
  const { bundid } = loadConfig({ ...betrieb, ...bundidBetrieb });
  expect(bundid.testIdp).toBe(false);
  expect(bundid.spEntityId).toBe('https://mietrueckstaende.example.de/bundid/metadata');
  expect(bundid.schluesselDateien?.verschluesselungSchluessel).toBe('/etc/mr/sp-verschluesselung.key');
});

test('stand-in and IdP metadata together, or only some key files, are refused', () => {
  expect(probleme({ BUNDID_TESTIDP: 'true', BUNDID_IDP_METADATA: '/x.xml' })).toContain('BUNDID_TESTIDP');
  expect(probleme({ BUNDID_SP_SIGNING_KEY: '/k' })).toContain('BUNDID_SP_ENCRYPTION_CERT: fehlt');
  expect(probleme({ BUNDID_TESTIDP: 'false' })).toContain('BUNDID_IDP_METADATA');
});

test('algorithm lists accept only what the SP can decrypt safely', () => {
  expect(probleme({ BUNDID_DATA_ENCRYPTION_ALGORITHMS: 'aes256-gcm, tripledes-cbc' })).toMatch(
    /BUNDID_DATA_ENCRYPTION_ALGORITHMS.*erlaubt sind: aes256-gcm, aes128-gcm, aes256-cbc, aes128-cbc/,
  );
  expect(probleme({ BUNDID_KEY_TRANSPORT_ALGORITHMS: 'rsa-1_5' })).toContain(
    'BUNDID_KEY_TRANSPORT_ALGORITHMS',
  );
  expect(probleme({ BUNDID_DATA_ENCRYPTION_ALGORITHMS: ' , ' })).toContain('mindestens einen Wert');
  const { bundid } = loadConfig({ BUNDID_DATA_ENCRYPTION_ALGORITHMS: ' aes128-gcm ,aes128-cbc' });
  expect(bundid.datenverschluesselung).toEqual(['aes128-gcm', 'aes128-cbc']);
});

test('trust level, login methods, skew and extension values are settings', () => {
  expect(probleme({ BUNDID_MIN_TRUST_LEVEL: 'mittel' })).toContain('BUNDID_MIN_TRUST_LEVEL');
  expect(loadConfig({ BUNDID_MIN_TRUST_LEVEL: 'basis' }).bundid.anmeldeverfahren).toContain('Benutzername');
  const { bundid } = loadConfig({
    BUNDID_MIN_TRUST_LEVEL: 'hoch',
    BUNDID_AUTHN_METHODS: 'eID,eIDAS',
    BUNDID_CLOCK_SKEW_SECONDS: '10',
    BUNDID_ONLINE_SERVICE_ID: 'MV-10090',
    BUNDID_ORGANIZATION_DISPLAY_NAME: 'Hanse- und Universitätsstadt Rostock',
    BUNDID_RESPONSE_SIGNED: 'false',
    BUNDID_SP_ENTITY_ID: 'https://mr.example/sp',
  });
  expect(bundid).toMatchObject({
    mindestniveau: 'hoch',
    anmeldeverfahren: ['eID', 'eIDAS'],
    uhrenabweichungMs: 10_000,
    onlineServiceId: 'MV-10090',
    organisationsname: 'Hanse- und Universitätsstadt Rostock',
    antwortSigniert: false,
    spEntityId: 'https://mr.example/sp',
  });
  expect(probleme({ BUNDID_AUTHN_METHODS: 'eID,Fax' })).toContain('BUNDID_AUTHN_METHODS');
});
