import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadConfig } from './config.ts';
import { resolveSecrets } from './secrets.ts';
import { decrypt, encrypt } from './shared/index.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'mr-secrets-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

test('embedded mode generates secrets once and keeps them in DATA_DIR', async () => {
  const config = loadConfig({ DATA_DIR: dir });
  const first = await resolveSecrets(config);
  const second = await resolveSecrets(config);
  expect(first.dataKey.length).toBe(32);
  expect(second).toEqual(first);
  const file = path.join(dir, 'secrets.json');
  expect((await stat(file)).mode & 0o777).toBe(0o600);
  expect(JSON.parse(await readFile(file, 'utf8'))).toHaveProperty('sessionSecret');
});

test('secrets from the environment win over stored ones', async () => {
  const key = Buffer.alloc(32, 9);
  const config = loadConfig({
    DATA_DIR: dir,
    SESSION_SECRET: 's'.repeat(40),
    DATA_KEY: key.toString('base64'),
  });
  expect(await resolveSecrets(config)).toEqual({ sessionSecret: 's'.repeat(40), dataKey: key });
});

test('DATA_KEY_PREVIOUS: former keys decrypt what was sealed before the rotation', async () => {
  const alt = Buffer.alloc(32, 1);
  const neu = Buffer.alloc(32, 2);
  const vorher = encrypt(alt, Buffer.from('Mietrückstand'), 'antrag:1');
  const config = loadConfig({
    DATA_DIR: dir,
    SESSION_SECRET: 's'.repeat(40),
    DATA_KEY: neu.toString('base64'),
    DATA_KEY_PREVIOUS: `${Buffer.alloc(32, 3).toString('base64')}, ${alt.toString('base64')}`,
  });
  const { dataKey } = await resolveSecrets(config);
  expect(dataKey.equals(neu)).toBe(true);
  expect(decrypt(dataKey, vorher, 'antrag:1').toString()).toBe('Mietrückstand');
  expect(() => loadConfig({ DATA_KEY_PREVIOUS: 'zu-kurz' })).toThrow(/DATA_KEY_PREVIOUS/);
});
