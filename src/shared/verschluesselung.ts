import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// AES-256-GCM for personal data at rest. Layout: version byte (1) | IV (12) | tag (16) | ciphertext.
// The optional context (e.g. the row id) is bound as additional authenticated data, so a ciphertext
// copied into another row does not decrypt.

const VERSION = 1;

/**
 * The current DATA_KEY (it encrypts) and, after a rotation, the former keys (they only decrypt). A key ring is
 * the current key's Buffer itself with the former keys attached, so every part keeps passing one `Buffer`.
 */
export type Schluessel = Buffer & { readonly frueher?: readonly Buffer[] };

/** The current key with the keys it replaced (newest first); see docs/betrieb.md, "Schlüsselwechsel". */
export function schluesselbund(aktuell: Buffer, frueher: readonly Buffer[] = []): Schluessel {
  if (frueher.length === 0) return aktuell;
  return Object.assign(Buffer.from(aktuell), { frueher: [...frueher] });
}

export function encrypt(key: Schluessel, plain: Buffer, context = ''): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/**
 * Decrypts with the current key, else with a former one (GCM's tag tells a wrong key apart reliably). Data
 * written before a rotation stays readable; whatever is written again is sealed with the current key.
 */
export function decrypt(key: Schluessel, sealed: Buffer, context = ''): Buffer {
  if (sealed.length < 29 || sealed[0] !== VERSION) throw new Error('Unbekanntes Verschlüsselungsformat');
  try {
    return entschluesseln(key, sealed, context);
  } catch (fehler) {
    for (const frueher of key.frueher ?? []) {
      try {
        return entschluesseln(frueher, sealed, context);
      } catch {
        // next former key
      }
    }
    throw fehler;
  }
}

function entschluesseln(key: Buffer, sealed: Buffer, context: string): Buffer {
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
