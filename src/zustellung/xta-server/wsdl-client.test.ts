import { randomUUID } from 'node:crypto';
import * as soap from 'soap';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { freierPort } from '../../../test/xta.ts';
import { AKTION, NS } from '../xta/protokoll.ts';

const AKTIONEN: Record<string, string> = AKTION;
import { speichereKonto } from './postfach-repo.ts';

// Interoperability: a generic SOAP 1.2 client (node-soap) that knows nothing but the WSDL served at
// GET /xta?wsdl sends a message and fetches it again. Headers are written by hand, as a client would.

let t: TestApp;
let basis: string;
const autor = 'efa:wsdl-client';
const leser = 'xsb:wsdl-amt';

beforeAll(async () => {
  // The WSDL names the addresses below BASE_URL, so the app listens exactly there.
  const port = await freierPort();
  t = await testApp({ env: { BASE_URL: `http://127.0.0.1:${port}` } });
  await t.app.listen({ port, host: '127.0.0.1' });
  basis = `http://127.0.0.1:${port}/xta`;
  await speichereKonto(t.datenbank.db, { kennung: autor, name: 'WSDL-Client' });
  await speichereKonto(t.datenbank.db, { kennung: leser, name: 'WSDL-Amt' });
});
afterAll(() => t.close());

type Methode = (args: unknown, cb: (err: unknown, result: unknown, raw: string) => void) => void;

async function neuerClient(wsdlUrl: string, port: string, kopf: string[]) {
  const client = await soap.createClientAsync(wsdlUrl, { forceSoap12Headers: true });
  const service = (client as unknown as Record<string, Record<string, Record<string, Methode>>>).XTAService!;
  return (operation: string, args: unknown) =>
    new Promise<{ result: unknown; raw: string }>((resolve, reject) => {
      // node-soap writes the body from the WSDL; the WS-Addressing and XTA headers come from the caller.
      client.clearSoapHeaders();
      for (const h of kopf) client.addSoapHeader(h);
      if (!kopf.some((h) => h.includes('wsa:Action'))) client.addSoapHeader(aktion(AKTIONEN[operation]!));
      client.addSoapHeader(`<wsa:MessageID xmlns:wsa="${NS.wsa}">urn:uuid:${randomUUID()}</wsa:MessageID>`);
      const m = service[port]![operation]!;
      m(args, (err, result, raw) => {
        if (err !== null && err !== undefined)
          reject(err instanceof Error ? err : new Error(JSON.stringify(err)));
        else resolve({ result, raw });
      });
    });
}

const author = (kennung: string) =>
  `<oscimeta:Author xmlns:oscimeta="${NS.oscimeta}"><oscimeta:Identifier type="xoev">${kennung}</oscimeta:Identifier></oscimeta:Author>`;
const aktion = (a: string) => `<wsa:Action xmlns:wsa="${NS.wsa}">${a}</wsa:Action>`;

test('a client generated from the served WSDL sends, lists, fetches and closes', async () => {
  const wsdl = `${basis}?wsdl`;
  const management = await neuerClient(wsdl, 'ManagementPort', [author(autor)]);
  const sende = async (inhalt: string) => {
    const erzeugt = await management('createMessageId', {});
    const id = /<s12:Body><wsa:MessageID>([^<]+)</.exec(erzeugt.raw)?.[1];
    expect(id).toMatch(/^urn:de:xta:messageid:mietrueckstaende:/);
    const metadaten = `<oscimeta:MessageMetaData xmlns:oscimeta="${NS.oscimeta}" xmlns:wsa="${NS.wsa}">
    <oscimeta:DeliveryAttributes><oscimeta:Origin>2026-11-29T09:00:00Z</oscimeta:Origin></oscimeta:DeliveryAttributes>
    <oscimeta:Originators><oscimeta:Author><oscimeta:Identifier type="xoev">${autor}</oscimeta:Identifier></oscimeta:Author></oscimeta:Originators>
    <oscimeta:Destinations><oscimeta:Reader><oscimeta:Identifier type="xoev">${leser}</oscimeta:Identifier></oscimeta:Reader></oscimeta:Destinations>
    <oscimeta:MsgIdentification><wsa:MessageID>${id!}</wsa:MessageID></oscimeta:MsgIdentification>
    <oscimeta:Qualifier><oscimeta:Service>urn:test:dienst</oscimeta:Service>
      <oscimeta:BusinessScenario><oscimeta:Undefined>XSOZIAL-BASIS</oscimeta:Undefined></oscimeta:BusinessScenario>
      <oscimeta:MessageType listURI="urn:test" listVersionID="1" payloadSchema="urn:test:payload"><code>1000001</code></oscimeta:MessageType>
    </oscimeta:Qualifier></oscimeta:MessageMetaData>`;
    const senden = await neuerClient(wsdl, 'SendXtaPort', [
      aktion('http://www.xta.de/XTA/SendMessage'),
      metadaten,
    ]);
    await senden('sendMessage', {
      ContentContainer: {
        Message: {
          attributes: { contentType: 'application/xml', encoding: 'UTF-8' },
          $value: Buffer.from(inhalt).toString('base64'),
        },
      },
    });
    return id!;
  };
  const erste = await sende('<nachricht>1</nachricht>');
  const inhalt = `<nachricht>${randomUUID()}</nachricht>`;
  const id = await sende(inhalt);

  const postfach = await neuerClient(wsdl, 'MsgBoxPort', [author(leser)]);
  const liste = await postfach('getStatusList', { attributes: { ListForm: 'MessageMetaData' } });
  expect(liste.raw).toContain(id);
  expect(liste.raw).toContain(erste);
  const abgeholt = await postfach('getMessage', { MsgSelector: { MessageID: id } });
  const base64 = /<xta:Message[^>]*>([^<]+)<\/xta:Message>/.exec(abgeholt.raw)?.[1];
  expect(Buffer.from(base64!, 'base64').toString()).toBe(inhalt);
  const requestId = /MsgBoxRequestID="([^"]+)"/.exec(abgeholt.raw)?.[1];
  await postfach('close', { attributes: { MsgBoxRequestID: requestId }, LastMsgReceived: id });
  const danach = await postfach('getStatusList', {});
  expect(danach.raw).not.toContain(id);
  expect(danach.raw).toContain(erste);
});
