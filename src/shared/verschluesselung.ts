import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// AES-256-GCM for personal data at rest. Layout: version byte (1) | IV (12) | tag (16) | ciphertext.
// The optional context (e.g. the row id) is bound as additional authenticated data, so a ciphertext
// copied into another row does not decrypt.

const VERSION = 1;

export type Schluessel = Buffer;

export function encrypt(key: Schluessel, plain: Buffer, context = ''): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

export function decrypt(key: Schluessel, sealed: Buffer, context = ''): Buffer {
  if (sealed.length < 29 || sealed[0] !== VERSION) throw new Error('Unbekanntes Verschlüsselungsformat');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 13));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(sealed.subarray(13, 29));
  return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]);
}

export function encryptJson(key: Schluessel, value: unknown, context = ''): Buffer {
  return encrypt(key, Buffer.from(JSON.stringify(value), 'utf8'), context);
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- callers name the stored shape
export function decryptJson<T>(key: Schluessel, sealed: Buffer, context = ''): T {
  return JSON.parse(decrypt(key, sealed, context).toString('utf8')) as T;
}
