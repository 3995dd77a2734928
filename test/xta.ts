import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { NS } from '../src/zustellung/xta/protokoll.ts';
import { leseXml, type XmlElement } from '../src/shared/xml.ts';
import { SCHEMAS } from './pfade.ts';

// Test helpers for the XTA part: validation against the REAL XTA 2 v3 schemas in schemas/xta2v3 (libxml2's
// xmllint), a fault-injecting TCP proxy, and a test PKI made with node-forge.

const ausfuehren = promisify(execFile);
const schemaDir = path.join(SCHEMAS, 'xta2v3');

let wrapper: Promise<{ dir: string; echt: string }> | undefined;

async function schemas() {
  wrapper ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'xta-xsd-'));
    const f = (name: string) => `file://${path.join(schemaDir, name)}`;
    // One schema per namespace: the XTA namespace needs the global elements and the exceptions.
    await writeFile(
      path.join(dir, 'xta.xsd'),
      `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${NS.xta}" elementFormDefault="qualified">
  <xs:include schemaLocation="${f('XTA-Webservice-Globale-Elemente.xsd')}"/>
  <xs:include schemaLocation="${f('XTA-Webservice-Exceptions.xsd')}"/>
</xs:schema>`,
    );
    await writeFile(
      path.join(dir, 'echt.xsd'),
      `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:echt">
  <xs:import namespace="${NS.s12}" schemaLocation="${f('soap-envelope-1.2.xsd')}"/>
  <xs:import namespace="${NS.xta}" schemaLocation="file://${path.join(dir, 'xta.xsd')}"/>
  <xs:import namespace="${NS.osci}" schemaLocation="${f('OSCI2_02.xsd')}"/>
  <xs:import namespace="${NS.oscimeta}" schemaLocation="${f('OSCI_MessageMetaData_V2.02.xsd')}"/>
  <xs:import namespace="${NS.wsa}" schemaLocation="${f('ws-addr.xsd')}"/>
</xs:schema>`,
    );
    return { dir, echt: path.join(dir, 'echt.xsd') };
  })();
  return wrapper;
}

export type Pruefung = { ok: boolean; ausgabe: string };

/** Validates XML with libxml2 against the real XTA schemas (the ones GET /xta?wsdl imports). */
export async function validiere(xml: string): Promise<Pruefung> {
  const s = await schemas();
  const datei = path.join(s.dir, `dok-${Math.random().toString(36).slice(2)}.xml`);
  await writeFile(datei, xml);
  try {
    const r = await ausfuehren('xmllint', ['--noout', '--nonet', '--schema', s.echt, datei]);
    return { ok: true, ausgabe: r.stderr };
  } catch (error) {
    return { ok: false, ausgabe: String((error as { stderr?: string }).stderr ?? error) };
  } finally {
    await rm(datei, { force: true });
  }
}

/** Serialises an element on its own (with its namespaces), so it can be validated as a document root. */
export function alsDokument(e: XmlElement): string {
  const praefixe = new Map<string, string>();
  const praefix = (ns: string) => {
    if (ns === '') return '';
    if (ns === NS.xml) return 'xml:';
    let p = praefixe.get(ns);
    if (p === undefined) {
      // The usual prefixes, so QName values such as s12:Receiver stay resolvable.
      p = Object.entries(NS).find(([, uri]) => uri === ns)?.[0] ?? `n${praefixe.size}`;
      praefixe.set(ns, p);
    }
    return `${p}:`;
  };
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const innen = (k: XmlElement): string => {
    const name = `${praefix(k.ns)}${k.name}`;
    const attrs = Object.entries(k.attrs)
      .map(([a, v]) => ` ${a === 'lang' && k.ns === NS.s12 ? 'xml:lang' : a}="${esc(v)}"`)
      .join('');
    return `<${name}${attrs}>${esc(k.text.trim() === '' && k.kinder.length > 0 ? '' : k.text)}${k.kinder.map(innen).join('')}</${name}>`;
  };
  // QName values (fault codes such as wsa:InvalidCardinality) need their prefix declared, too.
  const qnamen = (k: XmlElement): void => {
    const p = /^\s*(\w+):\w/.exec(k.text)?.[1];
    if (p !== undefined && p in NS && k.kinder.length === 0) praefix(NS[p as keyof typeof NS]);
    k.kinder.forEach(qnamen);
  };
  qnamen(e);
  const koerper = innen(e);
  const decl = [...praefixe].map(([ns, p]) => ` xmlns:${p}="${ns}"`).join('');
  return koerper.replace(/^<([^\s>]+)/, `<$1${decl}`);
}

/** Validates an envelope and, strictly, every header part and body child as its own document. */
export async function validiereUmschlag(xml: string): Promise<Pruefung> {
  const ganz = await validiere(xml);
  if (!ganz.ok) return ganz;
  const wurzel = leseXml(xml);
  const teile = wurzel.kinder.flatMap((k) => k.kinder).filter((k) => k.ns !== NS.wsa);
  for (const t of teile) {
    const r = await validiere(alsDokument(t));
    if (!r.ok) return { ok: false, ausgabe: `${t.name}: ${r.ausgabe}` };
  }
  return ganz;
}

// ---------------------------------------------------------------------------------------------------------

export type StoerVerhalten =
  | 'durchleiten'
  | 'verweigern' // closes every connection at once
  | 'haengen' // accepts and never answers
  | 'http500' // answers 500 without a SOAP body
  | 'antwort-verschlucken'; // forwards the request, lets the server work, drops the answer

export type StoerProxy = { url: string; verhalten: StoerVerhalten; anfragen: number; close(): Promise<void> };

/** A TCP proxy in front of a real server that injects transport faults. */
export async function stoerProxy(
  zielPort: number,
  verhalten: StoerVerhalten = 'durchleiten',
): Promise<StoerProxy> {
  const sockets = new Set<net.Socket>();
  const proxy: StoerProxy = { url: '', verhalten, anfragen: 0, close: () => Promise.resolve() };
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    proxy.anfragen++;
    switch (proxy.verhalten) {
      case 'verweigern':
        client.destroy();
        return;
      case 'haengen':
        return;
      case 'http500':
        client.once('data', () => {
          client.end(
            'HTTP/1.1 500 Internal Server Error\r\ncontent-type: text/plain\r\ncontent-length: 5\r\nconnection: close\r\n\r\nkaput',
          );
        });
        return;
      case 'durchleiten':
      case 'antwort-verschlucken': {
        const ziel = net.connect(zielPort, '127.0.0.1');
        sockets.add(ziel);
        ziel.on('close', () => sockets.delete(ziel));
        ziel.on('error', () => client.destroy());
        client.pipe(ziel);
        if (proxy.verhalten === 'durchleiten') ziel.pipe(client);
        else
          ziel.once('data', () => {
            // The server has answered, so it has done its work: the client never learns the outcome.
            client.destroy();
            ziel.destroy();
          });
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  proxy.url = `http://127.0.0.1:${port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => {
        resolve();
      });
    });
  return proxy;
}

/** A port on which nothing listens. */
export async function freierPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) =>
    s.close(() => {
      resolve();
    }),
  );
  return port;
}

// ---------------------------------------------------------------------------------------------------------

export type TestZertifikat = { zertifikat: string; schluessel: string };
export type TestPki = {
  ca: TestZertifikat;
  server: TestZertifikat;
  /** A client certificate; `abgelaufen` makes one whose validity ended yesterday. */
  client(cn: string, optionen?: { abgelaufen?: boolean }): TestZertifikat;
};

/**
 * A random positive serial number in minimal DER: 8 bytes, the first one 0x01–0x7f (no sign bit, so no
 * leading zero byte is needed, and none is superfluous). A leading '0' nibble before 16 hex digits made
 * forge pad an odd-length value with a zero byte, which OpenSSL 3 refuses as "illegal padding".
 */
export function seriennummer(): string {
  const bytes = forge.random.getBytesSync(8);
  const erstes = (bytes.charCodeAt(0) & 0x7f) | 0x01;
  return forge.util.bytesToHex(String.fromCharCode(erstes) + bytes.slice(1));
}

function zertifikat(
  cn: string,
  aussteller: { zertifikat: forge.pki.Certificate; schluessel: forge.pki.rsa.PrivateKey } | undefined,
  art: 'ca' | 'server' | 'client',
  abgelaufen = false,
): { pem: TestZertifikat; zertifikat: forge.pki.Certificate; schluessel: forge.pki.rsa.PrivateKey } {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = seriennummer();
  cert.validity.notBefore = new Date(Date.now() - (abgelaufen ? 30 : 1) * 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + (abgelaufen ? -1 : 30) * 86_400_000);
  const subject = [{ name: 'commonName', value: cn }];
  cert.setSubject(subject);
  cert.setIssuer(aussteller === undefined ? subject : aussteller.zertifikat.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: art === 'ca' },
    art === 'ca'
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true }
      : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    ...(art === 'server'
      ? [
          { name: 'extKeyUsage', serverAuth: true },
          {
            name: 'subjectAltName',
            altNames: [
              { type: 7, ip: '127.0.0.1' },
              { type: 2, value: 'localhost' },
            ],
          },
        ]
      : art === 'client'
        ? [{ name: 'extKeyUsage', clientAuth: true }]
        : []),
  ]);
  cert.sign(aussteller?.schluessel ?? keys.privateKey, forge.md.sha256.create());
  return {
    pem: {
      zertifikat: forge.pki.certificateToPem(cert),
      schluessel: forge.pki.privateKeyInfoToPem(
        forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keys.privateKey)),
      ),
    },
    zertifikat: cert,
    schluessel: keys.privateKey,
  };
}

/** A fresh CA with a server certificate for 127.0.0.1 and client certificates on demand. */
export function testPki(name = 'Test-CA'): TestPki {
  const ca = zertifikat(name, undefined, 'ca');
  const aussteller = { zertifikat: ca.zertifikat, schluessel: ca.schluessel };
  return {
    ca: ca.pem,
    server: zertifikat('127.0.0.1', aussteller, 'server').pem,
    client: (cn, optionen) => zertifikat(cn, aussteller, 'client', optionen?.abgelaufen === true).pem,
  };
}
