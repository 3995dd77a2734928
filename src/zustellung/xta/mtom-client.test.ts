import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { speichereKonto } from '../xta-server/postfach-repo.ts';
import { xtaClient } from './client.ts';
import type { MessageMetaData, Partei } from './metadaten.ts';

// The product's client against the built-in mailbox: payloads from the threshold on go as MTOM, smaller ones
// inline, and MTOM answers (getMessage) are read byte-identically. A recording relay between the two notes the
// content types on the wire; the mailbox itself answers every request.

let t: TestApp;
let relais: http.Server;
let basis: string;
const gesehen: { anfrage: string; antwort: string; pfad: string }[] = [];
const autor: Partei = { kennung: 'efa:mtom-client', typ: 'xoev' };
const leser: Partei = { kennung: 'xsb:mtom-client-amt', typ: 'xoev' };

beforeAll(async () => {
  t = await testApp({ env: { XTA_MAX_NACHRICHT_BYTES: String(1024 * 1024) } });
  for (const p of [autor, leser])
    await speichereKonto(t.datenbank.db, { kennung: p.kennung, name: p.kennung });
  relais = http.createServer((req, res) => {
    const teile: Buffer[] = [];
    req.on('data', (b: Buffer) => teile.push(b));
    req.on('end', () => {
      void t.app
        .inject({
          method: 'POST',
          url: req.url ?? '/',
          headers: req.headers as Record<string, string>,
          payload: Buffer.concat(teile),
        })
        .then((r) => {
          gesehen.push({
            pfad: req.url ?? '',
            anfrage: req.headers['content-type'] ?? '',
            antwort: String(r.headers['content-type']),
          });
          res.writeHead(r.statusCode, { 'content-type': String(r.headers['content-type']) });
          res.end(r.rawPayload);
        });
    });
  });
  await new Promise<void>((fertig) => relais.listen(0, '127.0.0.1', fertig));
  basis = `http://127.0.0.1:${(relais.address() as AddressInfo).port}/xta`;
});
afterAll(async () => {
  await new Promise((fertig) => relais.close(fertig));
  await t.close();
});

function client() {
  return xtaClient({
    endpunkte: {
      management: `${basis}/ManagementPort`,
      senden: `${basis}/SendXtaPort`,
      msgBox: `${basis}/MsgBoxPort`,
    },
    timeoutMs: 30_000,
    mtomAbBytes: 10_000,
  });
}

function md(messageId: string): MessageMetaData {
  return {
    test: false,
    zeiten: { origin: new Date() },
    autor,
    leser,
    messageId,
    dienst: 'urn:test:mtom',
    businessScenario: { undefiniert: 'XSOZIAL-BASIS' },
    nachrichtentyp: { code: '1', listURI: 'urn:test', listVersionID: '1', payloadSchema: 'urn:test' },
  };
}

async function sendeUndHole(daten: Buffer) {
  const c = client();
  const id = await c.createMessageId(autor);
  gesehen.length = 0;
  await c.sendMessage(md(id), {
    nachricht: { daten, contentType: 'application/octet-stream' },
    anhaenge: [{ daten: Buffer.from('Anhang'), contentType: 'text/plain', dateiname: 'a.txt' }],
  });
  const gesendet = gesehen.at(-1)!;
  const n = await c.getMessage(leser, id);
  return { n, gesendet, geholt: gesehen.at(-1)! };
}

test('a payload from the threshold on is sent as MTOM, fetched as MTOM and read byte-identically', async () => {
  const daten = randomBytes(200_000);
  const { n, gesendet, geholt } = await sendeUndHole(daten);
  expect(gesendet.pfad).toBe('/xta/SendXtaPort');
  expect(gesendet.anfrage).toMatch(/^multipart\/related; type="application\/xop\+xml"/);
  expect(gesendet.anfrage).toContain('action="http://www.xta.de/XTA/SendMessage"');
  expect(geholt.antwort).toMatch(/^multipart\/related;/);
  expect(n.container?.nachricht.daten.equals(daten)).toBe(true);
  expect(n.container?.anhaenge.map((a) => [a.dateiname, a.daten.toString()])).toEqual([['a.txt', 'Anhang']]);
});

test('a small payload is sent inline as plain SOAP; the answer to getMessage still comes as MTOM (Accept)', async () => {
  const daten = Buffer.from('<antrag>Müller – Straße</antrag>');
  const { n, gesendet, geholt } = await sendeUndHole(daten);
  expect(gesendet.anfrage).toMatch(/^application\/soap\+xml/);
  expect(geholt.antwort).toMatch(/^multipart\/related;/);
  expect(n.container?.nachricht.daten.equals(daten)).toBe(true);
});
