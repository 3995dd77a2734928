import { createPrivateKey, generateKeyPair, randomBytes, X509Certificate } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';

// RSA keys and self-signed certificates for SAML. Production reads PEM files named in the configuration;
// embedded mode generates them once and keeps them in DATA_DIR/bundid (mode 0600).

export type Schluesselpaar = { schluessel: string; zertifikat: string };
export type SpSchluessel = { signatur: Schluesselpaar; verschluesselung: Schluesselpaar };

const erzeugeRsa = promisify(generateKeyPair);

/**
 * A new RSA key (PKCS#8 PEM) with a self-signed certificate (SHA-256, 10 years). Asynchronous on purpose: the
 * prime search runs on libuv's thread pool, so the first start generates its keys while PGlite starts.
 */
export async function erzeugeSchluesselpaar(name: string, bits = 3072): Promise<Schluesselpaar> {
  const { privateKey } = await erzeugeRsa('rsa', {
    modulusLength: bits,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const key = forge.pki.privateKeyFromPem(privateKey);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '01' + randomBytes(8).toString('hex');
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 3_600_000);
  const subject = [{ name: 'commonName', value: name }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.sign(key, forge.md.sha256.create());
  return { schluessel: privateKey, zertifikat: forge.pki.certificateToPem(cert) };
}

/** Checks that key and certificate belong together; throws a German message naming the files. */
export function pruefeSchluesselpaar(paar: Schluesselpaar, bezeichnung: string): void {
  let zertifikat: X509Certificate;
  try {
    zertifikat = new X509Certificate(paar.zertifikat);
  } catch {
    throw new Error(`${bezeichnung}: das Zertifikat ist kein gültiges PEM-Zertifikat`);
  }
  let passt = false;
  try {
    passt = zertifikat.checkPrivateKey(createPrivateKey(paar.schluessel));
  } catch {
    throw new Error(`${bezeichnung}: der Schlüssel ist kein gültiger privater PEM-Schlüssel`);
  }
  if (!passt) throw new Error(`${bezeichnung}: Schlüssel und Zertifikat gehören nicht zusammen`);
}

/** Reads the four PEM files named in the configuration. */
export async function leseSpSchluessel(dateien: {
  signaturSchluessel: string;
  signaturZertifikat: string;
  verschluesselungSchluessel: string;
  verschluesselungZertifikat: string;
}): Promise<SpSchluessel> {
  const lies = async (datei: string, variable: string) => {
    try {
      return await readFile(datei, 'utf8');
    } catch {
      throw new Error(`${variable}: Datei ${datei} kann nicht gelesen werden`);
    }
  };
  const sp: SpSchluessel = {
    signatur: {
      schluessel: await lies(dateien.signaturSchluessel, 'BUNDID_SP_SIGNING_KEY'),
      zertifikat: await lies(dateien.signaturZertifikat, 'BUNDID_SP_SIGNING_CERT'),
    },
    verschluesselung: {
      schluessel: await lies(dateien.verschluesselungSchluessel, 'BUNDID_SP_ENCRYPTION_KEY'),
      zertifikat: await lies(dateien.verschluesselungZertifikat, 'BUNDID_SP_ENCRYPTION_CERT'),
    },
  };
  pruefeSchluesselpaar(sp.signatur, 'BUNDID_SP_SIGNING_KEY/BUNDID_SP_SIGNING_CERT');
  pruefeSchluesselpaar(sp.verschluesselung, 'BUNDID_SP_ENCRYPTION_KEY/BUNDID_SP_ENCRYPTION_CERT');
  return sp;
}

/**
 * Reads a JSON file of key pairs from `datei`, or generates it with `erzeugen` and writes it atomically
 * (mode 0600), so the keys survive restarts and the uploaded metadata stays valid.
 */
export async function ladeOderErzeuge<T>(datei: string, erzeugen: () => T | Promise<T>): Promise<T> {
  try {
    return JSON.parse(await readFile(datei, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const neu = await erzeugen();
  await mkdir(path.dirname(datei), { recursive: true, mode: 0o700 });
  const temp = `${datei}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, JSON.stringify(neu, null, 2), { mode: 0o600 });
  try {
    // link() never replaces an existing file: when two processes start at once, the first one wins and
    // the other reads its keys, so both use the same keys.
    await link(temp, datei);
    return neu;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(await readFile(datei, 'utf8')) as T;
  } finally {
    await unlink(temp);
  }
}

export async function erzeugeSpSchluessel(bits = 3072): Promise<SpSchluessel> {
  const [signatur, verschluesselung] = await Promise.all([
    erzeugeSchluesselpaar('Mietrueckstaende SP Signatur', bits),
    erzeugeSchluesselpaar('Mietrueckstaende SP Verschluesselung', bits),
  ]);
  return { signatur, verschluesselung };
}

/** Base64 body of a PEM certificate, as metadata carry it. */
export function zertifikatOhneRahmen(pem: string): string {
  return pem
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '')
    .trim();
}

/** A base64 certificate body (from metadata) as PEM. */
export function zertifikatAlsPem(base64: string): string {
  const body = base64.replace(/\s+/g, '');
  const zeilen = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${zeilen.join('\n')}\n-----END CERTIFICATE-----\n`;
}
