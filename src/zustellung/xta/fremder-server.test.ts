import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as soap from 'soap';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SCHEMAS } from '../../../test/pfade.ts';
import { validiereUmschlag } from '../../../test/xta.ts';
import { xtaClient } from './client.ts';
import type { MessageMetaData } from './metadaten.ts';

// The product's client against a foreign XTA server: node-soap's server side, built from the official KoSIT
// WSDL (schemas/xta2v3), none of the product's server code. Every request the client sends is validated with
// libxml2 against the official XSDs.

let server: http.Server;
let schemas: string;
let url: string;
const empfangen: string[] = [];
const erhalten: unknown[] = [];

beforeAll(async () => {
  // The schemas as the WSDL imports them; OSCI2_02.xsd names the SOAP 1.2 schema ".xsd" (so in the original).
  schemas = await mkdtemp(path.join(tmpdir(), 'xta-fremd-'));
  await cp(path.join(SCHEMAS, 'xta2v3'), schemas, { recursive: true });
  await cp(path.join(schemas, 'soap-envelope-1.2.xsd'), path.join(schemas, '.xsd'));
  server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const wsdl = (await readFile(path.join(SCHEMAS, 'xta2v3', 'XTA.wsdl'), 'utf8')).replace(
    /(<port name="(\w+)"[^>]*>\s*<soap:address location=")REPLACE_WITH_ACTUAL_URL"/g,
    (_m, anfang: string, port: string) => `${anfang}${url}/xta/${port}"`,
  );
  const methoden = {
    sendMessage(args: unknown) {
      erhalten.push(args);
      return {};
    },
  };
  // node-soap picks the binding by the request path (the trailing slash is its own).
  soap.listen(server, {
    path: '/xta/SendXtaPort/',
    services: { XTAService: { SendXtaPort: methoden } },
    xml: wsdl,
    uri: path.join(schemas, 'XTA.wsdl'),
    forceSoap12Headers: true,
  });
  // node-soap attaches its request listener once it has read the WSDL and its schemas.
  for (let i = 0; i < 100 && server.listenerCount('request') < 1; i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  // node-soap reads the action only from SOAPAction (SOAP 1.1); SOAP 1.2 carries it in the content type. The
  // request is recorded as it arrived, for the validation.
  server.prependListener('request', (req: http.IncomingMessage) => {
    const aktion = /action="([^"]+)"/.exec(req.headers['content-type'] ?? '')?.[1];
    if (aktion !== undefined) req.headers.soapaction = aktion;
    const teile: Buffer[] = [];
    req.on('data', (d: Buffer) => teile.push(d));
    req.on('end', () => empfangen.push(Buffer.concat(teile).toString('utf8')));
  });
});
afterAll(async () => {
  await rm(schemas, { recursive: true, force: true });
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
});

test("the product's client sends a message to a foreign SOAP server; the request validates against the official XSDs", async () => {
  const client = xtaClient({
    endpunkte: { management: `${url}/xta/ManagementPort`, senden: `${url}/xta/SendXtaPort` },
    timeoutMs: 10_000,
  });
  const metadaten: MessageMetaData = {
    test: false,
    zeiten: { origin: new Date() },
    autor: { kennung: 'efa:fremd', typ: 'xoev' },
    leser: { kennung: 'xsb:fremd', typ: 'xoev' },
    messageId: 'urn:de:xta:messageid:fremd:1',
    dienst: 'urn:test:dienst',
    businessScenario: { undefiniert: 'XSOZIAL-BASIS' },
    nachrichtentyp: { code: '1', listURI: 'urn:test', listVersionID: '1', payloadSchema: 'urn:test:p' },
  };
  const inhalt = Buffer.from('<nachricht>Müller</nachricht>');
  await client.sendMessage(metadaten, {
    nachricht: { daten: inhalt, contentType: 'application/xml', encoding: 'UTF-8' },
    anhaenge: [],
  });
  expect(empfangen).toHaveLength(1);
  const r = await validiereUmschlag(empfangen[0]!);
  expect(r.ausgabe).not.toMatch(/error/i);
  expect(r.ok).toBe(true);
  expect(JSON.stringify(erhalten[0])).toContain(inhalt.toString('base64'));
}, 60_000);
