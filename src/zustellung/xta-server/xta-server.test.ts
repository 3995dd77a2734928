import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { SCHEMAS } from '../../../test/pfade.ts';
import { validiereUmschlag } from '../../../test/xta.ts';
import { containerAnhaengen, type Container } from '../xta/inhalt.ts';
import { metadatenAnhaengen, parteiAnhaengen, type MessageMetaData, type Partei } from '../xta/metadaten.ts';
import { AKTION, NS, PORT_OPERATIONEN, type Operation, type PortName } from '../xta/protokoll.ts';
import { leseFault, leseUmschlag, umschlag } from '../xta/soap.ts';
import { kind, kinder, leseXml, text, type XmlBau } from '../../shared/xml.ts';
import { speichereKonto } from './postfach-repo.ts';

// The built-in mailbox answers every operation with a schema-valid SOAP 1.2 envelope (checked against the real
// XTA schemas and against the WSDL it serves) and with the right XTA faults.

let t: TestApp;
const autor: Partei = { kennung: 'efa:test-autor', typ: 'xoev', name: 'Testautor' };
const leser: Partei = { kennung: 'xsb:999990000000', typ: 'xoev', name: 'Testamt' };
const DIENST = 'urn:test:dienst';

beforeAll(async () => {
  t = await testApp({ env: { XTA_MAX_NACHRICHT_BYTES: '4096' } });
  await speichereKonto(t.datenbank.db, { kennung: autor.kennung, name: 'Testautor' });
  await speichereKonto(t.datenbank.db, { kennung: leser.kennung, name: 'Testamt' });
});
afterAll(() => t.close());

function portVon(op: Operation): PortName {
  return (Object.keys(PORT_OPERATIONEN) as PortName[]).find((p) =>
    (PORT_OPERATIONEN[p] as readonly Operation[]).includes(op),
  )!;
}

async function rufe(
  op: Operation,
  kopf: (h: XmlBau) => void,
  rumpf: (b: XmlBau) => void = () => undefined,
  optionen: { remoteAddress?: string; headers?: Record<string, string>; pfad?: string } = {},
) {
  const xml = umschlag({ aktion: AKTION[op], an: 'http://127.0.0.1/xta' }, kopf, rumpf);
  const res = await t.app.inject({
    method: 'POST',
    url: optionen.pfad ?? `/xta/${portVon(op)}`,
    headers: {
      'content-type': `application/soap+xml; charset=UTF-8; action="${AKTION[op]}"`,
      ...optionen.headers,
    },
    payload: xml,
    ...(optionen.remoteAddress === undefined ? {} : { remoteAddress: optionen.remoteAddress }),
  });
  const u = leseUmschlag(res.body);
  return { status: res.statusCode, body: res.body, u, fault: leseFault(u.rumpf) };
}

const als = (p: Partei) => (h: XmlBau) => {
  parteiAnhaengen(h, 'Author', p);
};

function md(messageId: string, ueber: Partial<MessageMetaData> = {}): MessageMetaData {
  return {
    test: false,
    zeiten: { origin: new Date() },
    autor,
    leser,
    messageId,
    dienst: DIENST,
    businessScenario: { undefiniert: 'XSOZIAL-BASIS' },
    nachrichtentyp: {
      code: '1000001',
      listURI: 'urn:test',
      listVersionID: '1',
      payloadSchema: 'urn:test:payload',
    },
    ...ueber,
  };
}

const inhalt = (text: string): Container => ({
  nachricht: { daten: Buffer.from(text), contentType: 'application/xml', encoding: 'UTF-8' },
  anhaenge: [],
});

async function neueId(p: Partei = autor): Promise<string> {
  const r = await rufe('createMessageId', als(p));
  return text(r.u.rumpf, NS.wsa, 'MessageID')!;
}

async function sende(id: string, c: Container = inhalt('<a/>'), ueber: Partial<MessageMetaData> = {}) {
  return rufe(
    'sendMessage',
    (h) => metadatenAnhaengen(h, md(id, ueber)),
    (b) => {
      containerAnhaengen(b, c);
    },
  );
}

async function gueltig(xml: string) {
  const r = await validiereUmschlag(xml);
  expect(r.ausgabe).not.toMatch(/error/i);
  expect(r.ok).toBe(true);
}

test("GET /xta?wsdl serves the official XTA 2 v3 WSDL: only this server's addresses filled in, every schema it imports served verbatim", async () => {
  const res = await t.app.inject({ url: '/xta?wsdl' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('text/xml');
  const original = await readFile(path.join(SCHEMAS, 'xta2v3', 'XTA.wsdl'), 'utf8');
  const basis = 'http://127.0.0.1:3000/xta';
  // Apart from the addresses and the absolute schema locations, the served WSDL is the official one.
  const zurueck = res.body
    .replace(new RegExp(`${basis}/(ManagementPort|SendXtaPort|MsgBoxPort)`, 'g'), 'REPLACE_WITH_ACTUAL_URL')
    .replace(new RegExp(`${basis}/schema/`, 'g'), '');
  expect(zurueck).toBe(original);
  const wsdl = leseXml(res.body);
  const W = 'http://schemas.xmlsoap.org/wsdl/';
  const service = kind(wsdl, W, 'service');
  const ports = kinder(service, W, 'port');
  expect(ports.map((p) => p.attrs.name)).toEqual(['MsgBoxPort', 'SendXtaPort', 'ManagementPort']);
  for (const p of ports) {
    expect(kind(p, 'http://schemas.xmlsoap.org/wsdl/soap12/', 'address')?.attrs.location).toBe(
      `${basis}/${p.attrs.name!}`,
    );
  }
  // The WS-Policy assertions that apply: WS-Addressing required, MTOM, HTTPS with client certificate.
  expect(res.body).toContain('<wsam:Addressing wsp:Optional="false">');
  expect(res.body).toContain('<wspmtom:OptimizedMimeSerialization/>');
  expect(res.body).toContain('<sp:HttpsToken RequireClientCertificate="true"/>');
  const operationen = kinder(wsdl, W, 'portType').flatMap((pt) =>
    kinder(pt, W, 'operation').map((o) => o.attrs.name),
  );
  expect(operationen.sort()).toEqual(Object.keys(AKTION).sort());

  // Every schemaLocation, followed from the WSDL through the XSDs, is served with the file's exact content.
  const offen = [...res.body.matchAll(/schemaLocation="([^"]+)"/g)].map((m) => m[1]!);
  const geladen = new Set<string>();
  while (offen.length > 0) {
    const url = new URL(offen.pop()!, `${basis}/schema/`);
    if (geladen.has(url.pathname)) continue;
    geladen.add(url.pathname);
    const xsd = await t.app.inject({ url: url.pathname });
    expect(xsd.statusCode, url.pathname).toBe(200);
    const datei = decodeURIComponent(url.pathname.replace('/xta/schema/', ''));
    expect(xsd.body).toBe(
      await readFile(
        path.join(SCHEMAS, 'xta2v3', datei === '.xsd' ? 'soap-envelope-1.2.xsd' : datei),
        'utf8',
      ),
    );
    for (const m of xsd.body.matchAll(/<xs:(?:import|include)[^>]*schemaLocation="([^"]+)"/g))
      offen.push(new URL(m[1]!, url).href);
  }
  expect(geladen.size).toBeGreaterThanOrEqual(12);
  expect((await t.app.inject({ url: '/xta/schema/..%2Fpackage.json' })).statusCode).toBe(404);
  expect((await t.app.inject({ url: '/xta' })).body).toContain('WSDL');
});

describe('every operation answers with a schema-valid envelope', () => {
  test('checkAccountActive, createMessageId, sendMessage, getTransportReport, lookupService', async () => {
    const aktiv = await rufe('checkAccountActive', als(autor));
    expect(aktiv.status).toBe(200);
    expect(aktiv.u.aktion).toBe(AKTION.checkAccountActive);
    expect(aktiv.u.bezugAuf).toMatch(/^urn:uuid:/);
    await gueltig(aktiv.body);

    const id = await neueId();
    expect(id).toMatch(/^urn:de:xta:messageid:mietrueckstaende:[0-9a-f-]{36}$/);
    const gesendet = await sende(id);
    expect(gesendet.fault).toBeUndefined();
    await gueltig(gesendet.body);

    const bericht = await rufe('getTransportReport', als(autor), (b) =>
      b.ele(NS.wsa, 'wsa:MessageID').txt(id),
    );
    expect(
      text(kind(kind(bericht.u.rumpf, NS.xta, 'TransportReport'), NS.xta, 'MessageStatus'), NS.xta, 'Status'),
    ).toBe('1');
    await gueltig(bericht.body);

    const lookup = await rufe('lookupService', als(autor), (b) => {
      const req = b.ele(NS.xta, 'xta:LookupServiceRequest');
      for (const l of [leser, { ...leser, kennung: 'xsb:unbekannt' }]) {
        const e = req.ele(NS.xta, 'xta:LookupServiceRequestList').ele(NS.xta, 'xta:LookupService');
        parteiAnhaengen(e, 'Reader', l);
        e.ele(NS.xta, 'xta:ServiceType').txt(DIENST);
      }
    });
    expect(lookup.body.match(/<xta:ServiceIsAvailable>(true|false)</g)).toEqual([
      '<xta:ServiceIsAvailable>true<',
      '<xta:ServiceIsAvailable>false<',
    ]);
    await gueltig(lookup.body);
  });

  test('getStatusList with paging, getNextStatusList, getMessage, getNextMessage, close', async () => {
    const ids = [await neueId(), await neueId()];
    for (const [i, id] of ids.entries()) await sende(id, inhalt(`<n>${i}</n>`));

    const liste = await rufe('getStatusList', als(leser), (b) =>
      b
        .ele(NS.osci, 'osci:MsgBoxStatusListRequest', { maxListItems: '1', ListForm: 'MessageMetaData' })
        .ele(NS.osci, 'osci:MsgSelector', { newEntry: 'true' }),
    );
    await gueltig(liste.body);
    expect(
      kinder(kind(liste.u.rumpf, NS.osci, 'MsgStatusList'), NS.oscimeta, 'MessageMetaData'),
    ).toHaveLength(1);
    const antwort = kind(liste.u.kopf, NS.osci, 'MsgBoxResponse');
    expect(text(antwort, NS.osci, 'ItemsPending')).toBe(String(ids.length - 1 + 1)); // one earlier message is still new too
    const weiter = await rufe('getNextStatusList', als(leser), (b) =>
      b.ele(NS.osci, 'osci:MsgBoxGetNextRequest', { MsgBoxRequestID: antwort!.attrs.MsgBoxRequestID! }),
    );
    await gueltig(weiter.body);

    const attribute = await rufe('getStatusList', als(leser), (b) =>
      b.ele(NS.osci, 'osci:MsgBoxStatusListRequest', { ListForm: 'MsgAtrributes' }),
    );
    await gueltig(attribute.body);
    expect(
      kinder(kind(attribute.u.rumpf, NS.osci, 'MsgStatusList'), NS.osci, 'MsgAttributes').length,
    ).toBeGreaterThanOrEqual(2);

    const erste = await rufe('getMessage', als(leser), (b) =>
      b
        .ele(NS.osci, 'osci:MsgBoxFetchRequest')
        .ele(NS.osci, 'osci:MsgSelector')
        .ele(NS.wsa, 'wsa:MessageID')
        .txt(ids[0]!),
    );
    await gueltig(erste.body);
    const c = kind(kind(erste.u.rumpf, NS.xta, 'GenericContentContainer'), NS.xta, 'ContentContainer');
    expect(Buffer.from(text(c, NS.xta, 'Message')!, 'base64').toString()).toBe('<n>0</n>');
    const rid = kind(erste.u.kopf, NS.osci, 'MsgBoxResponse')!.attrs.MsgBoxRequestID!;

    const alle = await rufe('getMessage', als(leser), (b) => b.ele(NS.osci, 'osci:MsgBoxFetchRequest'));
    await gueltig(alle.body);
    const rid2 = kind(alle.u.kopf, NS.osci, 'MsgBoxResponse')!.attrs.MsgBoxRequestID!;
    let naechste = await rufe('getNextMessage', als(leser), (b) =>
      b.ele(NS.osci, 'osci:MsgBoxGetNextRequest', { MsgBoxRequestID: rid2 }),
    );
    await gueltig(naechste.body);
    for (
      let i = 0;
      i < 5 &&
      kind(kind(naechste.u.kopf, NS.osci, 'MsgBoxResponse'), NS.osci, 'NoMessageAvailable') === undefined;
      i++
    ) {
      naechste = await rufe('getNextMessage', als(leser), (b) =>
        b.ele(NS.osci, 'osci:MsgBoxGetNextRequest', { MsgBoxRequestID: rid2 }),
      );
    }
    expect(
      kind(kind(naechste.u.kopf, NS.osci, 'MsgBoxResponse'), NS.osci, 'NoMessageAvailable')?.attrs.reason,
    ).toMatch(/NoMatch$/);
    await gueltig(naechste.body);

    const zu = await rufe('close', als(leser), (b) =>
      b
        .ele(NS.osci, 'osci:MsgBoxCloseRequest', { MsgBoxRequestID: rid })
        .ele(NS.osci, 'osci:LastMsgReceived')
        .txt(ids[0]!),
    );
    expect(zu.status).toBe(200);
    await gueltig(zu.body);
    const danach = await rufe('getStatusList', als(leser), (b) =>
      b.ele(NS.osci, 'osci:MsgBoxStatusListRequest'),
    );
    expect(danach.body).not.toContain(ids[0]);
    expect(danach.body).toContain(ids[1]);
  });

  test('cancelMessage and sendMessageSync answer with their defined faults', async () => {
    const id = await neueId();
    await sende(id);
    const storno = await rufe('cancelMessage', als(autor), (b) => b.ele(NS.wsa, 'wsa:MessageID').txt(id));
    expect(storno.fault).toMatchObject({ ausnahme: 'CancelDeniedException', code: '9101' });
    await gueltig(storno.body);
    const sync = await rufe(
      'sendMessageSync',
      (h) => metadatenAnhaengen(h, md(id)),
      (b) => {
        containerAnhaengen(b, inhalt('<a/>'));
      },
    );
    expect(sync.fault).toMatchObject({ ausnahme: 'SyncAsyncException', code: '9080' });
    await gueltig(sync.body);
  });
});

describe('faults with XTA error codes', () => {
  test('9012 unknown account, 9011 locked account', async () => {
    const r = await rufe('checkAccountActive', als({ kennung: 'efa:gibt-es-nicht', typ: 'xoev' }));
    expect(r.status).toBe(400);
    expect(r.fault).toMatchObject({ ausnahme: 'PermissionDeniedException', code: '9012' });
    await gueltig(r.body);
    await speichereKonto(t.datenbank.db, { kennung: 'efa:gesperrt', name: 'Gesperrt', gesperrt: true });
    expect(
      (await rufe('checkAccountActive', als({ kennung: 'efa:gesperrt', typ: 'xoev' }))).fault?.code,
    ).toBe('9011');
  });

  test('9013 service not booked', async () => {
    const gebucht = { kennung: 'efa:gebucht', typ: 'xoev' };
    await speichereKonto(t.datenbank.db, {
      kennung: gebucht.kennung,
      name: 'Gebucht',
      dienste: ['urn:anderer:dienst'],
    });
    const id = await neueId(gebucht);
    const r = await sende(id, inhalt('<a/>'), { autor: gebucht });
    expect(r.fault).toMatchObject({ ausnahme: 'PermissionDeniedException', code: '9013' });
    await gueltig(r.body);
  });

  test('9023 message too large (inside the limit of the request and beyond it)', async () => {
    const r = await sende(await neueId(), inhalt('x'.repeat(5000)));
    expect(r.fault).toMatchObject({ ausnahme: 'ParameterIsNotValidException', code: '9023' });
    await gueltig(r.body);
    const riesig = await sende(await neueId(), inhalt('x'.repeat(1_200_000)));
    expect(riesig.fault?.code).toBe('9023');
    await gueltig(riesig.body);
  });

  test('9024 MessageID already used, 9070 MessageID never created', async () => {
    const id = await neueId();
    expect((await sende(id)).fault).toBeUndefined();
    const nochmal = await sende(id);
    expect(nochmal.fault).toMatchObject({ ausnahme: 'ParameterIsNotValidException', code: '9024' });
    await gueltig(nochmal.body);
    const fremd = await sende(`urn:de:xta:messageid:fremd:${randomUUID()}`);
    expect(fremd.fault?.code).toBe('9070');
    const bericht = await rufe('getTransportReport', als(autor), (b) =>
      b.ele(NS.wsa, 'wsa:MessageID').txt('urn:x:unbekannt'),
    );
    expect(bericht.fault).toMatchObject({ ausnahme: 'InvalidMessageIDException', code: '9070' });
    await gueltig(bericht.body);
  });

  test('9031 reader without a mailbox (Receiver fault, HTTP 500)', async () => {
    const r = await sende(await neueId(), inhalt('<a/>'), { leser: { kennung: 'xsb:niemand', typ: 'xoev' } });
    expect(r.status).toBe(500);
    expect(r.fault).toMatchObject({ ausnahme: 'XTAWSTechnicalProblemException', code: '9031' });
    await gueltig(r.body);
  });

  test('9020 missing header or body parts', async () => {
    const ohneAutor = await rufe('checkAccountActive', () => undefined);
    expect(ohneAutor.fault?.code).toBe('9020');
    const ohneMetadaten = await rufe(
      'sendMessage',
      () => undefined,
      (b) => {
        containerAnhaengen(b, inhalt('<a/>'));
      },
    );
    expect(ohneMetadaten.fault?.code).toBe('9020');
    await gueltig(ohneMetadaten.body);
  });
});

describe('refusals', () => {
  test('a caller not on loopback is refused (9012), also behind a proxy header', async () => {
    const fern = await rufe('checkAccountActive', als(autor), undefined, { remoteAddress: '192.0.2.10' });
    expect(fern.fault).toMatchObject({ ausnahme: 'PermissionDeniedException', code: '9012' });
    expect(fern.fault?.grund).toContain('derselben Maschine');
    const proxy = await rufe('checkAccountActive', als(autor), undefined, {
      headers: { 'x-forwarded-for': '192.0.2.10' },
    });
    expect(proxy.fault?.code).toBe('9012');
  });

  // The fault cases of the specifications (SOAP 1.1, WS-Addressing, content type, oversize…): fehler.test.ts.
  test('the SOAP routes need no CSRF token (a foreign system posts there)', async () => {
    const r = await rufe('checkAccountActive', als(autor));
    expect(r.status).toBe(200);
  });
});

test('messages are stored encrypted', async () => {
  const id = await neueId();
  await sende(id, inhalt('<geheim>Vermieterin Schmidt</geheim>'));
  const z = await t.datenbank.db
    .selectFrom('xta_nachricht')
    .select(['inhalt', 'metadaten'])
    .where('message_id', '=', id)
    .executeTakeFirstOrThrow();
  expect(z.inhalt.includes(Buffer.from('Schmidt'))).toBe(false);
  expect(z.inhalt.includes(Buffer.from(Buffer.from('<geheim>').toString('base64')))).toBe(false);
  expect(z.metadaten.includes(Buffer.from('Testamt'))).toBe(false);
});
