import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// The invitation code is the landlord's only credential: 160 random bits in base64url (27 characters), so it
// cannot be guessed; only its SHA-256 is stored, so a copy of the database opens no declaration. The
// confirmation code (sent to the landlord's e-mail) is 6 digits and is protected by its short life and the
// limit of failed attempts instead.

export const CODE_MUSTER = /^[A-Za-z0-9_-]{27}$/;

export function neuerCode(): string {
  return randomBytes(20).toString('base64url');
}

export function codeHash(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}

export function neuerBestaetigungscode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Compares a typed confirmation code with the stored hash in constant time. */
export function bestaetigungPasst(eingabe: string, hash: string | null): boolean {
  if (hash === null || !/^\d{6}$/.test(eingabe)) return false;
  return timingSafeEqual(Buffer.from(codeHash(eingabe), 'hex'), Buffer.from(hash, 'hex'));
}
