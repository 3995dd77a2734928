import { X509Certificate } from 'node:crypto';
import https from 'node:https';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { seriennummer, testPki, type TestPki } from '../../test/xta.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { MESSAGE_ID_PRAEFIX } from './routen.ts';
import { leseVerbindung, speichereVerbindung, standardVerbindung } from './verbindung.ts';
import { verbindungstest } from './verbindungstest.ts';
import { xtaClient } from './xta/client.ts';
import { XtaFehler, XtaVerbindungsFehler } from './xta/fehler.ts';
import { speichereKonto } from './xta-server/postfach-repo.ts';
import { starteXtaTlsServer, type XtaTlsServer } from './xta-server/tls.ts';

// Mutual TLS: the built-in mailbox's HTTPS listener demands a client certificate of its CA; the certificate
// selects the account. The product's client presents the certificate stored in the office's connection.

let t: TestApp;
let pki: TestPki;
let fremdePki: TestPki;
let server: XtaTlsServer;
let autorZert: { zertifikat: string; schluessel: string };
let amtZert: { zertifikat: string; schluessel: string };

beforeAll(async () => {
  t = await testApp();
  pki = testPki('Test-CA XTA');
  fremdePki = testPki('Fremde CA');
  autorZert = pki.client('Onlinedienst');
  amtZert = pki.client('Sozialamt Schwerin');
  server = await starteXtaTlsServer({
    db: t.datenbank.db,
    schluessel: t.deps.secrets.dataKey,
    jetzt: t.deps.jetzt,
    serverIdentitaet: 'https://127.0.0.1/xta',
    messageIdPraefix: MESSAGE_ID_PRAEFIX,
    maxNachrichtBytes: 1024 * 1024,
    port: 0,
    host: '127.0.0.1',
    tlsZertifikat: pki.server.zertifikat,
    tlsSchluessel: pki.server.schluessel,
    clientCa: pki.ca.zertifikat,
    logger: t.deps.logger,
  });
  await speichereKonto(t.datenbank.db, {
    kennung: t.deps.config.zustellung.autorKennung,
    name: 'Onlinedienst',
    zertifikat: autorZert.zertifikat,
  });
}, 120_000);
afterAll(async () => {
  await server.close();
  await t.close();
});

const autor = () => ({ kennung: t.deps.config.zustellung.autorKennung, typ: 'xoev' });

function client(z: { zertifikat: string; schluessel: string } | undefined, ca = pki.ca.zertifikat) {
  return xtaClient({
    endpunkte: {
      management: `${server.url}/ManagementPort`,
      senden: `${server.url}/SendXtaPort`,
      msgBox: `${server.url}/MsgBoxPort`,
    },
    zertifikat: z?.zertifikat,
    schluessel: z?.schluessel,
    ca,
    timeoutMs: 5000,
  });
}

test('the right client certificate is accepted and acts as its account', async () => {
  await expect(client(autorZert).checkAccountActive(autor())).resolves.toBeUndefined();
  const id = await client(autorZert).createMessageId(autor());
  expect(id).toMatch(/^urn:de:xta:messageid:mietrueckstaende:/);
});

test('a certificate of another CA, and no certificate at all, are refused in the TLS handshake', async () => {
  for (const z of [fremdePki.client('Eindringling'), undefined]) {
    const fehler = await client(z)
      .checkAccountActive(autor())
      .catch((e: unknown) => e);
    expect(fehler).toBeInstanceOf(XtaVerbindungsFehler);
    expect(['tls', 'abgebrochen']).toContain((fehler as XtaVerbindungsFehler).art);
  }
});

test('the test CA is made at test time with valid DER: positive serials without a superfluous zero byte', () => {
  for (let i = 0; i < 2000; i++) {
    const s = seriennummer();
    expect(s).toMatch(/^[0-9a-f]{16}$/);
    // Minimal positive DER INTEGER: first byte 0x01-0x7f.
    expect(Number.parseInt(s.slice(0, 2), 16)).toBeGreaterThan(0);
    expect(Number.parseInt(s.slice(0, 2), 16)).toBeLessThan(0x80);
  }
  for (const z of [pki.ca, pki.server, autorZert, amtZert]) {
    const x = new X509Certificate(z.zertifikat);
    expect(x.serialNumber).toMatch(/^[0-7][0-9A-F]{15}$/);
  }
  expect(
    new X509Certificate(pki.server.zertifikat).verify(new X509Certificate(pki.ca.zertifikat).publicKey),
  ).toBe(true);
});

test('an expired certificate of the right CA is refused in the TLS handshake', async () => {
  const abgelaufen = pki.client('Onlinedienst', { abgelaufen: true });
  await speichereKonto(t.datenbank.db, {
    kennung: 'efa:abgelaufen',
    name: 'Abgelaufen',
    zertifikat: abgelaufen.zertifikat,
  });
  const fehler = await client(abgelaufen)
    .checkAccountActive({ kennung: 'efa:abgelaufen', typ: 'xoev' })
    .catch((e: unknown) => e);
  expect(fehler).toBeInstanceOf(XtaVerbindungsFehler);
  expect(['tls', 'abgebrochen']).toContain((fehler as XtaVerbindungsFehler).art);
});

test("another office's certificate cannot read this office's mailbox (9014), whatever Author it names", async () => {
  const andereKennung = 'xsb:130030000000';
  const anderesAmt = pki.client('Sozialamt Rostock');
  await speichereKonto(t.datenbank.db, {
    kennung: andereKennung,
    name: 'Sozialamt Rostock',
    zertifikat: anderesAmt.zertifikat,
  });
  await speichereKonto(t.datenbank.db, {
    kennung: 'xsb:130040000099',
    name: 'Sozialamt X',
    zertifikat: pki.client('Sozialamt X').zertifikat,
  });
  const fehler = await client(anderesAmt)
    .getStatusList({ kennung: 'xsb:130040000099', typ: 'xoev' })
    .catch((e: unknown) => e);
  expect(fehler).toBeInstanceOf(XtaFehler);
  expect(fehler).toMatchObject({ code: '9014', ausnahme: 'PermissionDeniedException' });
  // Its own mailbox it may read.
  await expect(
    client(anderesAmt).getStatusList({ kennung: andereKennung, typ: 'xoev' }),
  ).resolves.toMatchObject({
    liste: [],
  });
});

test('a server certificate the client does not trust is refused by the client', async () => {
  const fehler = await client(autorZert, fremdePki.ca.zertifikat)
    .checkAccountActive(autor())
    .catch((e: unknown) => e);
  expect(fehler).toMatchObject({ art: 'tls' });
});

test('a valid certificate without an account gets 9012; naming another account gets 9014', async () => {
  const ohneKonto = await client(pki.client('Unbekannt'))
    .checkAccountActive(autor())
    .catch((e: unknown) => e);
  expect(ohneKonto).toBeInstanceOf(XtaFehler);
  expect(ohneKonto).toMatchObject({ code: '9012', ausnahme: 'PermissionDeniedException' });
  const fremd = await client(autorZert)
    .checkAccountActive({ kennung: 'xsb:130040000000', typ: 'xoev' })
    .catch((e: unknown) => e);
  expect(fremd).toMatchObject({ code: '9014' });
});

test('the loopback Author header means nothing on the TLS listener', async () => {
  const res = await new Promise<number>((resolve, reject) => {
    const req = https.request(
      `${server.url}/ManagementPort`,
      { method: 'POST', ca: pki.ca.zertifikat },
      (r) => {
        resolve(r.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('<x/>');
  }).catch((e: unknown) => e);
  expect(res).toBeInstanceOf(Error);
});

test('an office on a real XTA server over mutual TLS: the connection test sends, the office fetches with its own certificate', async () => {
  const b = await t.datenbank.db
    .selectFrom('behoerde')
    .select(['ags', 'ars', 'name', 'amt'])
    .where('ags', '=', '13004')
    .executeTakeFirstOrThrow();
  const gespeichert = await speichereVerbindung(t.datenbank.db, t.deps.secrets.dataKey, {
    ...standardVerbindung(b, DIENST_MIETRUECKSTAENDE, {
      kennung: t.deps.config.zustellung.autorKennung,
      name: 'Onlinedienst',
    }),
    transport: 'xta',
    endpunktManagement: `${server.url}/ManagementPort`,
    endpunktSenden: `${server.url}/SendXtaPort`,
    clientZertifikat: autorZert.zertifikat,
    clientSchluessel: autorZert.schluessel,
    caZertifikate: pki.ca.zertifikat,
  });
  expect(gespeichert.ok).toBe(true);
  const v = (await leseVerbindung(t.datenbank.db, '13004', DIENST_MIETRUECKSTAENDE))!;
  await speichereKonto(t.datenbank.db, {
    kennung: v.leserKennung,
    name: b.name,
    zertifikat: amtZert.zertifikat,
  });

  const e = await verbindungstest(t.deps, '13004', DIENST_MIETRUECKSTAENDE);
  expect(e.schritte.map((s) => [s.schritt, s.ok])).toEqual([
    ['Verbindung', true],
    ['Konto', true],
    ['Testnachricht', true],
    ['Transportbericht', true],
  ]);
  expect(e.transportbericht).toMatchObject({ status: 1 });

  const amt = client(amtZert);
  const liste = await amt.getStatusList({ kennung: v.leserKennung, typ: 'xoev' });
  expect(liste.liste.map((m) => [m.messageId, m.test])).toEqual([[e.messageId, true]]);
  const n = await amt.getMessage({ kennung: v.leserKennung, typ: 'xoev' }, e.messageId);
  expect(n.container?.nachricht.daten.toString('utf8')).toContain('test="true"');
  // The office's certificate cannot read the author's transport reports, and the author cannot read the mailbox.
  expect(
    await client(autorZert)
      .getStatusList(autor())
      .then((l) => l.liste.length),
  ).toBe(0);
});
