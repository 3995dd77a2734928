import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { validiereUmschlag } from '../../../test/xta.ts';
import { containerAnhaengen } from '../xta/inhalt.ts';
import { metadatenAnhaengen, parteiAnhaengen, type Partei } from '../xta/metadaten.ts';
import { AKTION, NS, type Operation } from '../xta/protokoll.ts';
import { umschlag } from '../xta/soap.ts';
import { kind, kinder, leseXml, text, type XmlBau } from '../../shared/xml.ts';
import { speichereKonto } from './postfach-repo.ts';

// Every fault case of the XTA 2 mailbox, checked on the wire: the SOAP 1.2 fault code (with subcodes), the
// XTA exception and error code, the WS-Addressing action of the fault, the HTTP status, and that the fault
// envelope is valid against the official schemas. Choices the specifications leave open: ADR 0018.

const WSA_FAULT = 'http://www.w3.org/2005/08/addressing/fault';
const SOAP_FAULT = 'http://www.w3.org/2005/08/addressing/soap/fault';

let t: TestApp;
const autor: Partei = { kennung: 'efa:fehler-autor', typ: 'xoev' };
const leser: Partei = { kennung: 'xsb:fehler-amt', typ: 'xoev' };
const leer: Partei = { kennung: 'xsb:leeres-amt', typ: 'xoev' };

beforeAll(async () => {
  t = await testApp({ env: { XTA_MAX_NACHRICHT_BYTES: '4096' } });
  for (const p of [autor, leser, leer])
    await speichereKonto(t.datenbank.db, { kennung: p.kennung, name: p.kennung });
});
afterAll(() => t.close());

type Gelesen = {
  status: number;
  codes: string[];
  ausnahme: string | undefined;
  xtaCode: string | undefined;
  aktion: string | undefined;
  bezugAuf: string | undefined;
  problemHeader: string | undefined;
  kopf: ReturnType<typeof leseXml> | undefined;
  body: string;
};

/** The parts of a fault answer the tests compare with the specifications. */
function lies(status: number, body: string): Gelesen {
  const env = leseXml(body);
  const kopf = kind(env, NS.s12, 'Header');
  const fault = kind(kind(env, NS.s12, 'Body'), NS.s12, 'Fault');
  const codes: string[] = [];
  let c = kind(fault, NS.s12, 'Code');
  while (c !== undefined) {
    codes.push(text(c, NS.s12, 'Value') ?? '');
    c = kind(c, NS.s12, 'Subcode');
  }
  const detail = kind(fault, NS.s12, 'Detail');
  const ausnahme = detail?.kinder.find((k) => k.ns === NS.xta);
  return {
    status,
    codes,
    ausnahme: ausnahme?.name,
    xtaCode: text(kind(ausnahme, NS.xta, 'errorCode'), '', 'code'),
    aktion: text(kopf, NS.wsa, 'Action'),
    bezugAuf: text(kopf, NS.wsa, 'RelatesTo'),
    problemHeader: text(detail, NS.wsa, 'ProblemHeaderQName'),
    kopf,
    body,
  };
}

async function gueltig(g: Gelesen) {
  const r = await validiereUmschlag(g.body);
  expect(r.ausgabe).not.toMatch(/error/i);
  expect(r.ok).toBe(true);
}

async function post(pfad: string, payload: string | Buffer, headers: Record<string, string>) {
  const res = await t.app.inject({ method: 'POST', url: pfad, headers, payload });
  return lies(res.statusCode, res.body);
}

const soap12 = (op: Operation) => ({
  'content-type': `application/soap+xml; charset=UTF-8; action="${AKTION[op]}"`,
});
const als = (p: Partei) => (h: XmlBau) => {
  parteiAnhaengen(h, 'Author', p);
};

function anfrage(op: Operation, kopf: (h: XmlBau) => void, rumpf: (b: XmlBau) => void = () => undefined) {
  const messageId = `urn:uuid:${randomUUID()}`;
  return {
    messageId,
    xml: umschlag({ aktion: AKTION[op], messageId, an: 'http://127.0.0.1/xta' }, kopf, rumpf),
  };
}

const PORT: Record<string, string> = {
  getMessage: 'MsgBoxPort',
  getNextMessage: 'MsgBoxPort',
  getStatusList: 'MsgBoxPort',
  close: 'MsgBoxPort',
  checkAccountActive: 'ManagementPort',
  createMessageId: 'ManagementPort',
  sendMessage: 'SendXtaPort',
};

async function rufe(op: Operation, kopf: (h: XmlBau) => void, rumpf?: (b: XmlBau) => void) {
  const a = anfrage(op, kopf, rumpf);
  return { ...(await post(`/xta/${PORT[op]!}`, a.xml, soap12(op))), messageId: a.messageId };
}

async function sende(inhalt: string): Promise<string> {
  const erzeugt = await t.app.inject({
    method: 'POST',
    url: '/xta/ManagementPort',
    headers: soap12('createMessageId'),
    payload: anfrage('createMessageId', als(autor)).xml,
  });
  const id = text(kind(leseXml(erzeugt.body), NS.s12, 'Body'), NS.wsa, 'MessageID')!;
  const a = anfrage(
    'sendMessage',
    (h) =>
      metadatenAnhaengen(h, {
        test: false,
        zeiten: { origin: new Date() },
        autor,
        leser,
        messageId: id,
        dienst: 'urn:test:dienst',
        businessScenario: { undefiniert: 'XSOZIAL-BASIS' },
        nachrichtentyp: { code: '1', listURI: 'urn:test', listVersionID: '1', payloadSchema: 'urn:test:p' },
      }),
    (b) => {
      containerAnhaengen(b, {
        nachricht: { daten: Buffer.from(inhalt), contentType: 'application/xml', encoding: 'UTF-8' },
        anhaenge: [],
      });
    },
  );
  const r = await post('/xta/SendXtaPort', a.xml, soap12('sendMessage'));
  expect(r.status).toBe(200);
  return id;
}

const holen = (p: Partei, id?: string) =>
  rufe('getMessage', als(p), (b) => {
    const req = b.ele(NS.osci, 'osci:MsgBoxFetchRequest');
    if (id !== undefined) req.ele(NS.osci, 'osci:MsgSelector').ele(NS.wsa, 'wsa:MessageID').txt(id);
  });

describe('faults of the XTA operations (the fault action is the operation action, WSDL wsam:Action)', () => {
  test('no message available: a fault (InvalidMessageIDException 9070) with NoMessageAvailable in the header, never an empty body', async () => {
    const r = await holen(leer);
    expect(r).toMatchObject({
      status: 400,
      codes: ['s12:Sender'],
      ausnahme: 'InvalidMessageIDException',
      xtaCode: '9070',
      aktion: AKTION.getMessage,
    });
    expect(r.bezugAuf).toBe(r.messageId);
    const antwort = kind(r.kopf, NS.osci, 'MsgBoxResponse');
    expect(kind(antwort, NS.osci, 'NoMessageAvailable')?.attrs.reason).toMatch(/\/NoMatch$/);
    await gueltig(r);

    const next = await rufe('getNextMessage', als(leer), (b) =>
      b.ele(NS.osci, 'osci:MsgBoxGetNextRequest', { MsgBoxRequestID: 'urn:uuid:gibt-es-nicht' }),
    );
    expect(next).toMatchObject({
      ausnahme: 'InvalidMessageIDException',
      xtaCode: '9070',
      aktion: AKTION.getNextMessage,
    });
    expect(
      kind(kind(next.kopf, NS.osci, 'MsgBoxResponse'), NS.osci, 'NoMessageAvailable')?.attrs.reason,
    ).toMatch(/\/RequestIdInvalid$/);
    await gueltig(next);
  });

  test('unknown MessageID: InvalidMessageIDException 9070', async () => {
    const r = await holen(leser, 'urn:de:xta:messageid:gibt-es-nicht');
    expect(r).toMatchObject({
      status: 400,
      codes: ['s12:Sender'],
      ausnahme: 'InvalidMessageIDException',
      xtaCode: '9070',
      aktion: AKTION.getMessage,
    });
    await gueltig(r);
  });

  test('closed MessageID: after close the message cannot be fetched any more (9070)', async () => {
    const id = await sende('<geschlossen/>');
    const erst = await t.app.inject({
      method: 'POST',
      url: '/xta/MsgBoxPort',
      headers: soap12('getMessage'),
      payload: anfrage('getMessage', als(leser), (b) =>
        b
          .ele(NS.osci, 'osci:MsgBoxFetchRequest')
          .ele(NS.osci, 'osci:MsgSelector')
          .ele(NS.wsa, 'wsa:MessageID')
          .txt(id),
      ).xml,
    });
    expect(erst.statusCode).toBe(200);
    const requestId = /MsgBoxRequestID="([^"]+)"/.exec(erst.body)![1]!;
    const zu = await rufe('close', als(leser), (b) =>
      b
        .ele(NS.osci, 'osci:MsgBoxCloseRequest', { MsgBoxRequestID: requestId })
        .ele(NS.osci, 'osci:LastMsgReceived')
        .txt(id),
    );
    expect(zu.status).toBe(200);
    const danach = await holen(leser, id);
    expect(danach).toMatchObject({
      status: 400,
      codes: ['s12:Sender'],
      ausnahme: 'InvalidMessageIDException',
      xtaCode: '9070',
      aktion: AKTION.getMessage,
    });
    expect(danach.body).not.toContain(Buffer.from('<geschlossen/>').toString('base64'));
    await gueltig(danach);
  });

  test('wrong account: an unknown account is PermissionDeniedException 9012 (a foreign certificate: 9014, tls.test.ts)', async () => {
    const r = await rufe('getStatusList', als({ kennung: 'xsb:unbekannt', typ: 'xoev' }), (b) =>
      b.ele(NS.osci, 'osci:MsgBoxStatusListRequest'),
    );
    expect(r).toMatchObject({
      status: 400,
      codes: ['s12:Sender'],
      ausnahme: 'PermissionDeniedException',
      xtaCode: '9012',
      aktion: AKTION.getStatusList,
    });
    await gueltig(r);
  });

  test('oversize inside the request limit: ParameterIsNotValidException 9023 with the sendMessage action', async () => {
    const erzeugt = await rufe('createMessageId', als(autor));
    expect(erzeugt.status).toBe(200);
    const a = anfrage(
      'sendMessage',
      (h) => {
        parteiAnhaengen(h, 'Author', autor);
      },
      (b) => {
        containerAnhaengen(b, {
          nachricht: { daten: Buffer.alloc(5000, 65), contentType: 'text/plain' },
          anhaenge: [],
        });
      },
    );
    const r = await post('/xta/SendXtaPort', a.xml, soap12('sendMessage'));
    // Without metadata the request is refused before its size is looked at: 9020; with them, 9023 (xta-server.test.ts).
    expect(r).toMatchObject({
      codes: ['s12:Sender'],
      ausnahme: 'ParameterIsNotValidException',
      aktion: AKTION.sendMessage,
    });
    expect(['9020', '9023']).toContain(r.xtaCode);
  });
});

describe('faults before an operation is known', () => {
  test('oversize beyond the request limit: HTTP 413, 9023, refused before the body is read', async () => {
    const r = await post('/xta/SendXtaPort', Buffer.alloc(400 * 1024, 32), soap12('sendMessage'));
    expect(r).toMatchObject({
      status: 413,
      codes: ['s12:Sender'],
      ausnahme: 'ParameterIsNotValidException',
      xtaCode: '9023',
      aktion: AKTION.sendMessage,
    });
    await gueltig(r);
  });

  test('malformed XML: Sender, 9020, with the action named by HTTP (else the SOAP fault action)', async () => {
    const r = await post('/xta/MsgBoxPort', '<s12:Envelope xmlns:s12="x"><kaputt', soap12('getStatusList'));
    expect(r).toMatchObject({
      status: 400,
      codes: ['s12:Sender'],
      ausnahme: 'ParameterIsNotValidException',
      xtaCode: '9020',
      aktion: AKTION.getStatusList,
    });
    await gueltig(r);
    const ohneAktion = await post('/xta/MsgBoxPort', '<!DOCTYPE x [<!ENTITY a "a">]><x>&a;</x>', {
      'content-type': 'application/soap+xml',
    });
    expect(ohneAktion).toMatchObject({ status: 400, xtaCode: '9020', aktion: SOAP_FAULT });
  });

  test('SOAP 1.1: env:VersionMismatch with an Upgrade header naming SOAP 1.2, HTTP 500', async () => {
    const r = await post(
      '/xta/ManagementPort',
      '<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body/></e:Envelope>',
      { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${AKTION.checkAccountActive}"` },
    );
    expect(r).toMatchObject({
      status: 500,
      codes: ['s12:VersionMismatch'],
      ausnahme: 'ParameterIsNotValidException',
      xtaCode: '9022',
      aktion: SOAP_FAULT,
    });
    expect(kind(kind(r.kopf, NS.s12, 'Upgrade'), NS.s12, 'SupportedEnvelope')?.attrs.qname).toBe(
      's12:Envelope',
    );
    expect(r.body).toContain(`xmlns:s12="${NS.s12}"`);
    await gueltig(r);
  });

  test('wrong content type: a SOAP 1.2 envelope as text/xml gets 9022 with the action of the operation called', async () => {
    for (const op of ['getStatusList', 'checkAccountActive'] as const) {
      const a = anfrage(op, als(leser), (b) => {
        if (op === 'getStatusList') b.ele(NS.osci, 'osci:MsgBoxStatusListRequest');
      });
      const r = await post(`/xta/${PORT[op]!}`, a.xml, { 'content-type': 'text/xml; charset=utf-8' });
      expect(r).toMatchObject({
        status: 415,
        codes: ['s12:Sender'],
        ausnahme: 'ParameterIsNotValidException',
        xtaCode: '9022',
        aktion: AKTION[op],
        bezugAuf: a.messageId,
      });
      await gueltig(r);
    }
    // A media type that is no XML at all is refused before reading; the action comes from HTTP.
    const json = await post('/xta/MsgBoxPort', '{"a":1}', {
      'content-type': `application/json; action="${AKTION.close}"`,
    });
    expect(json).toMatchObject({ status: 415, xtaCode: '9022', aktion: AKTION.close });
    await gueltig(json);
  });

  test('duplicate WS-Addressing header: wsa:InvalidAddressingHeader / wsa:InvalidCardinality, ProblemHeaderQName', async () => {
    for (const doppelt of ['MessageID', 'Action', 'To']) {
      const a = anfrage('checkAccountActive', als(autor));
      const xml = a.xml.replace(
        new RegExp(`(<wsa:${doppelt}>[^<]*</wsa:${doppelt}>)`),
        `$1<wsa:${doppelt}>${doppelt === 'Action' ? AKTION.checkAccountActive : 'urn:uuid:zweite'}</wsa:${doppelt}>`,
      );
      const r = await post('/xta/ManagementPort', xml, soap12('checkAccountActive'));
      expect(r).toMatchObject({
        status: 400,
        codes: ['s12:Sender', 'wsa:InvalidAddressingHeader', 'wsa:InvalidCardinality'],
        ausnahme: 'ParameterIsNotValidException',
        xtaCode: '9022',
        aktion: WSA_FAULT,
        problemHeader: `wsa:${doppelt}`,
      });
      await gueltig(r);
    }
  });

  test('missing WS-Addressing header: wsa:MessageAddressingHeaderRequired for Action and MessageID', async () => {
    for (const fehlt of ['Action', 'MessageID']) {
      const a = anfrage('checkAccountActive', als(autor));
      const xml = a.xml.replace(new RegExp(`<wsa:${fehlt}>[^<]*</wsa:${fehlt}>`), '');
      const r = await post('/xta/ManagementPort', xml, soap12('checkAccountActive'));
      expect(r).toMatchObject({
        status: 400,
        codes: ['s12:Sender', 'wsa:MessageAddressingHeaderRequired'],
        ausnahme: 'ParameterIsNotValidException',
        xtaCode: '9020',
        aktion: WSA_FAULT,
        problemHeader: `wsa:${fehlt}`,
      });
      await gueltig(r);
    }
  });

  test('an action the port does not offer: wsa:ActionNotSupported, 9022', async () => {
    const a = anfrage('checkAccountActive', als(autor));
    const r = await post('/xta/MsgBoxPort', a.xml, soap12('checkAccountActive'));
    expect(r).toMatchObject({
      status: 400,
      codes: ['s12:Sender', 'wsa:ActionNotSupported'],
      xtaCode: '9022',
      aktion: WSA_FAULT,
    });
    await gueltig(r);
  });

  test('an anonymous caller (not on loopback) is refused with 9012 before the body is read', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/xta/SendXtaPort',
      headers: soap12('sendMessage'),
      payload: Buffer.alloc(64 * 1024, 32),
      remoteAddress: '192.0.2.7',
    });
    const r = lies(res.statusCode, res.body);
    expect(r).toMatchObject({
      status: 400,
      ausnahme: 'PermissionDeniedException',
      xtaCode: '9012',
      aktion: AKTION.sendMessage,
    });
  });
});

test('rate limit: HTTP 429 with a SOAP fault (Receiver, 9000) and Retry-After, never 500', async () => {
  const eng = await testApp({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
  try {
    const statusse: number[] = [];
    let letzte: Gelesen | undefined;
    let retryAfter: unknown;
    for (let i = 0; i < 4; i++) {
      const res = await eng.app.inject({
        method: 'POST',
        url: '/xta/ManagementPort',
        headers: soap12('checkAccountActive'),
        payload: anfrage('checkAccountActive', als(autor)).xml,
      });
      statusse.push(res.statusCode);
      letzte = lies(res.statusCode, res.body);
      retryAfter = res.headers['retry-after'];
    }
    expect(statusse.slice(2)).toEqual([429, 429]);
    expect(letzte).toMatchObject({
      codes: ['s12:Receiver'],
      ausnahme: 'XTAWSTechnicalProblemException',
      xtaCode: '9000',
      aktion: AKTION.checkAccountActive,
    });
    expect(retryAfter).toBeDefined();
    await gueltig(letzte!);
    expect(kinder(kind(leseXml(letzte!.body), NS.s12, 'Body'), NS.s12, 'Fault')).toHaveLength(1);
  } finally {
    await eng.close();
  }
});
