import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.ts';
import { schluesselbund, type Schluessel } from './shared/index.ts';

export type Secrets = { sessionSecret: string; dataKey: Schluessel };

type StoredSecrets = { sessionSecret: string; dataKey: string };

/**
 * Secrets from the environment win. In embedded mode the missing ones are generated once and kept in
 * DATA_DIR/secrets.json (mode 0600), so data encrypted at rest stays readable after a restart.
 * Production never reaches the generating branch: loadConfig already refused to start without them.
 */
export async function resolveSecrets(config: Config): Promise<Secrets> {
  const { sessionSecret, dataKey, frueherDataKeys } = config.secrets;
  if (sessionSecret !== undefined && dataKey !== undefined)
    return { sessionSecret, dataKey: schluesselbund(dataKey, frueherDataKeys) };
  if (config.production) throw new Error('Geheimnisse fehlen im Betrieb (SESSION_SECRET, DATA_KEY).');

  const file = path.join(config.dataDir, 'secrets.json');
  let stored: StoredSecrets;
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as StoredSecrets;
  } catch {
    stored = {
      sessionSecret: randomBytes(32).toString('base64url'),
      dataKey: randomBytes(32).toString('base64'),
    };
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return {
    sessionSecret: sessionSecret ?? stored.sessionSecret,
    dataKey: schluesselbund(dataKey ?? Buffer.from(stored.dataKey, 'base64'), frueherDataKeys),
  };
}
