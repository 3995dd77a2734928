import forge from 'node-forge';

export type Zertifikat = { zertifikat: string; schluessel: string };

/** A CA and certificates signed by it, for TLS tests (RSA 2048, generated per test file). */
export function testCa(name = 'Test-CA Nachnutzung') {
  const schluessel = forge.pki.rsa.generateKeyPair(2048);
  const ca = forge.pki.createCertificate();
  ca.publicKey = schluessel.publicKey;
  ca.serialNumber = '01';
  ca.validity.notBefore = new Date('2026-01-01T00:00:00Z');
  ca.validity.notAfter = new Date('2030-01-01T00:00:00Z');
  const attrs = [{ name: 'commonName', value: name }];
  ca.setSubject(attrs);
  ca.setIssuer(attrs);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true },
  ]);
  ca.sign(schluessel.privateKey, forge.md.sha256.create());
  let serial = 2;

  function ausstellen(cn: string, opts: { von?: Date; bis?: Date; server?: boolean } = {}): Zertifikat {
    const k = forge.pki.rsa.generateKeyPair(2048);
    const c = forge.pki.createCertificate();
    c.publicKey = k.publicKey;
    c.serialNumber = String(serial++).padStart(2, '0');
    c.validity.notBefore = opts.von ?? new Date('2026-01-01T00:00:00Z');
    c.validity.notAfter = opts.bis ?? new Date('2029-01-01T00:00:00Z');
    c.setSubject([{ name: 'commonName', value: cn }]);
    c.setIssuer(ca.subject.attributes);
    c.setExtensions([
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: opts.server === true, clientAuth: opts.server !== true },
      ...(opts.server === true ? [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }] : []),
    ]);
    c.sign(schluessel.privateKey, forge.md.sha256.create());
    return { zertifikat: forge.pki.certificateToPem(c), schluessel: forge.pki.privateKeyToPem(k.privateKey) };
  }

  return { pem: forge.pki.certificateToPem(ca), ausstellen };
}
