import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testCa } from '../../test/zertifikate.ts';
import { pruefeXtaErreichbarkeit } from './verbindungstest.ts';

// The XTA part of the connection test against a real TLS server that demands a client certificate from its CA.

const ca = testCa();
const fremdeCa = testCa('Fremde CA');
const server = ca.ausstellen('xta.test', { server: true });
const client = ca.ausstellen('Online-Dienst');
const fremderClient = fremdeCa.ausstellen('Unbekannt');
let xta: https.Server;
let url: string;

beforeAll(async () => {
  xta = https.createServer(
    {
      cert: server.zertifikat,
      key: server.schluessel,
      ca: ca.pem,
      requestCert: true,
      rejectUnauthorized: true,
    },
    (req, res) => {
      res.writeHead(req.url?.includes('kaputt') === true ? 503 : 200, { 'content-type': 'text/xml' });
      res.end('<wsdl:definitions name="XTAService"/>');
    },
  );
  await new Promise<void>((resolve) => xta.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(xta.address() as AddressInfo).port}/MB_XTA-WS/XTA210msgBoxPort.svc`;
});
afterAll(
  () =>
    new Promise<void>((resolve) =>
      xta.close(() => {
        resolve();
      }),
    ),
);

test('passes when the server accepts the client certificate and answers', async () => {
  const e = await pruefeXtaErreichbarkeit({
    url,
    zertifikat: client.zertifikat,
    schluessel: client.schluessel,
    ca: ca.pem,
  });
  expect(e.bestanden).toBe(true);
  expect(e.bericht).toContain('HTTP-Status: 200');
  expect(e.bericht).toContain('Server-Zertifikat xta.test');
  expect(e.bericht).toMatch(/TLS: TLSv1\.[23]/);
});

test('fails when the server refuses a certificate from another CA', async () => {
  const e = await pruefeXtaErreichbarkeit({
    url,
    zertifikat: fremderClient.zertifikat,
    schluessel: fremderClient.schluessel,
    ca: ca.pem,
  });
  expect(e.bestanden).toBe(false);
  expect(e.bericht).toContain('Keine Verbindung');
});

test('fails when the server certificate is not trusted', async () => {
  const e = await pruefeXtaErreichbarkeit({
    url,
    zertifikat: client.zertifikat,
    schluessel: client.schluessel,
  });
  expect(e.bestanden).toBe(false);
  expect(e.bericht).toMatch(/Keine Verbindung: .*(SELF_SIGNED|UNABLE_TO_VERIFY|unable to)/i);
});

test('fails on a server error and when nobody listens', async () => {
  const kaputt = await pruefeXtaErreichbarkeit({
    url: `${url}?kaputt`,
    zertifikat: client.zertifikat,
    schluessel: client.schluessel,
    ca: ca.pem,
  });
  expect(kaputt).toMatchObject({ bestanden: false });
  expect(kaputt.bericht).toContain('HTTP-Status: 503');
  const niemand = await pruefeXtaErreichbarkeit({
    url: 'https://127.0.0.1:1/xta',
    zertifikat: client.zertifikat,
    schluessel: client.schluessel,
  });
  expect(niemand.bestanden).toBe(false);
  expect(niemand.bericht).toContain('ECONNREFUSED');
});
