import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { validiereUmschlag } from '../../../test/xta.ts';
import { containerAnhaengen } from '../xta/inhalt.ts';
import { metadatenAnhaengen, parteiAnhaengen, type Partei } from '../xta/metadaten.ts';
import { leseMtom, XOP_NS } from '../xta/mtom.ts';
import { AKTION, NS } from '../xta/protokoll.ts';
import { leseFault, leseUmschlag, umschlag } from '../xta/soap.ts';
import { kind, text } from '../../shared/xml.ts';
import { speichereKonto } from './postfach-repo.ts';

// MTOM/XOP on the mailbox (docs/adr/0018-xta-fehler-und-wsdl.md): a hand-built multipart/related request with
// the payload as binary part is accepted like the inline one; getMessage answers with an XOP attachment when
// the caller sent MTOM or accepts multipart/related; broken packages are SOAP faults (9020), never 5xx.

let t: TestApp;
const autor: Partei = { kennung: 'efa:mtom-autor', typ: 'xoev' };
const leser: Partei = { kennung: 'xsb:mtom-amt', typ: 'xoev' };
const GRENZE = 'uuid:grenze-4711';

beforeAll(async () => {
  t = await testApp({ env: { XTA_MAX_NACHRICHT_BYTES: '65536' } });
  for (const p of [autor, leser])
    await speichereKonto(t.datenbank.db, { kennung: p.kennung, name: p.kennung });
});
afterAll(() => t.close());

const als = (p: Partei) => (h: Parameters<typeof parteiAnhaengen>[0]) => {
  parteiAnhaengen(h, 'Author', p);
};

/** An MTOM package written by hand (not by the product's packer): root envelope, then binary parts. */
function paket(xml: string, teile: { id: string; daten: Buffer }[], start = '<wurzel@test>') {
  const stuecke: Buffer[] = [
    Buffer.from(
      `--${GRENZE}\r\nContent-Type: application/xop+xml; charset=UTF-8; type="application/soap+xml"\r\n` +
        `Content-Transfer-Encoding: binary\r\nContent-ID: <wurzel@test>\r\n\r\n${xml}`,
    ),
  ];
  for (const p of teile)
    stuecke.push(
      Buffer.from(
        `\r\n--${GRENZE}\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n` +
          `Content-ID: <${p.id}>\r\n\r\n`,
      ),
      p.daten,
    );
  stuecke.push(Buffer.from(`\r\n--${GRENZE}--\r\n`));
  return {
    payload: Buffer.concat(stuecke),
    contentType: `multipart/related; type="application/xop+xml"; boundary="${GRENZE}"; start="${start}"; start-info="application/soap+xml"`,
  };
}

async function neueId(): Promise<string> {
  const xml = umschlag({ aktion: AKTION.createMessageId }, als(autor), () => undefined);
  const r = await t.app.inject({
    method: 'POST',
    url: '/xta/ManagementPort',
    headers: { 'content-type': 'application/soap+xml' },
    payload: xml,
  });
  return text(leseUmschlag(r.body).rumpf, NS.wsa, 'MessageID')!;
}

/** sendMessage with the payload's base64 replaced by an xop:Include pointing to a binary part. */
function mtomSendung(id: string, daten: Buffer, href = 'cid:nutzdaten%40test') {
  const xml = umschlag(
    { aktion: AKTION.sendMessage },
    (h) => {
      metadatenAnhaengen(h, {
        test: false,
        zeiten: { origin: new Date() },
        autor,
        leser,
        messageId: id,
        dienst: 'urn:test:mtom',
        businessScenario: { undefiniert: 'XSOZIAL-BASIS' },
        nachrichtentyp: { code: '1', listURI: 'urn:test', listVersionID: '1', payloadSchema: 'urn:test' },
      });
    },
    (b) => {
      containerAnhaengen(b, {
        nachricht: { daten, contentType: 'application/octet-stream' },
        anhaenge: [],
      });
    },
  ).replace(daten.toString('base64'), `<xop:Include xmlns:xop="${XOP_NS}" href="${href}"/>`);
  return paket(xml, [{ id: 'nutzdaten@test', daten }]);
}

async function post(pfad: string, p: { payload: Buffer; contentType: string }, accept?: string) {
  return t.app.inject({
    method: 'POST',
    url: pfad,
    headers: { 'content-type': p.contentType, ...(accept === undefined ? {} : { accept }) },
    payload: p.payload,
  });
}

function holeAnfrage(id: string) {
  return umschlag({ aktion: AKTION.getMessage }, als(leser), (b) => {
    b.ele(NS.osci, 'osci:MsgBoxFetchRequest')
      .ele(NS.osci, 'osci:MsgSelector')
      .ele(NS.wsa, 'wsa:MessageID')
      .txt(id);
  });
}

describe('MTOM requests', () => {
  test('sendMessage as MTOM with the payload as binary part is stored byte-identically; getMessage as MTOM answers with an XOP attachment', async () => {
    const daten = randomBytes(20_000);
    const id = await neueId();
    const gesendet = await post('/xta/SendXtaPort', mtomSendung(id, daten));
    expect(gesendet.statusCode, gesendet.body).toBe(200);
    expect(leseFault(leseUmschlag(gesendet.body).rumpf)).toBeUndefined();

    // Fetched as MTOM: the answer is multipart/related, the payload a binary part referenced by xop:Include.
    const antwort = await post('/xta/MsgBoxPort', paket(holeAnfrage(id), []));
    expect(antwort.statusCode).toBe(200);
    const typ = antwort.headers['content-type'] as string;
    expect(typ).toMatch(/^multipart\/related;/);
    expect(typ).toContain('type="application/xop+xml"');
    expect(typ).toContain('start-info="application/soap+xml"');
    expect(antwort.rawPayload.indexOf(daten)).toBeGreaterThan(0);
    expect(antwort.rawPayload.includes(daten.toString('base64'))).toBe(false);
    expect(antwort.rawPayload.toString('latin1')).toMatch(/<xta:Message [^>]*><xop:Include [^>]*href="cid:/);
    // The XOP infoset of the answer is a schema-valid getMessage answer carrying the same bytes.
    const xml = leseMtom(antwort.rawPayload, typ);
    const r = await validiereUmschlag(xml);
    expect(r.ok, r.ausgabe).toBe(true);
    const nachricht = kind(
      kind(kind(leseUmschlag(xml).rumpf, NS.xta, 'GenericContentContainer'), NS.xta, 'ContentContainer'),
      NS.xta,
      'Message',
    );
    expect(Buffer.from(nachricht!.text, 'base64').equals(daten)).toBe(true);
  });

  test('getMessage as plain SOAP with Accept: multipart/related is answered as MTOM; without it inline', async () => {
    const daten = Buffer.from('<antrag>Müller</antrag>');
    const id = await neueId();
    expect((await post('/xta/SendXtaPort', mtomSendung(id, daten))).statusCode).toBe(200);
    const soap = { payload: Buffer.from(holeAnfrage(id)), contentType: 'application/soap+xml' };
    const inline = await post('/xta/MsgBoxPort', soap);
    expect(inline.headers['content-type']).toMatch(/^application\/soap\+xml/);
    expect(inline.body).toContain(daten.toString('base64'));
    // getMessage again (not yet closed) asking for MTOM via Accept.
    const mtom = await post('/xta/MsgBoxPort', soap, 'multipart/related, application/soap+xml');
    expect(mtom.headers['content-type']).toMatch(/^multipart\/related;/);
    expect(mtom.rawPayload.indexOf(daten)).toBeGreaterThan(0);
  });

  test('faults of an MTOM request are plain SOAP faults (not packed as MTOM)', async () => {
    const r = await post('/xta/MsgBoxPort', paket(holeAnfrage(`urn:de:xta:messageid:x:${randomUUID()}`), []));
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/soap\+xml/);
    expect(leseFault(leseUmschlag(r.body).rumpf)).toMatchObject({ code: '9070' });
  });
});

describe('broken MTOM packages are SOAP faults 9020, never 5xx', () => {
  async function erwarte9020(p: { payload: Buffer; contentType: string }) {
    const r = await post('/xta/SendXtaPort', p);
    expect(r.statusCode, r.body).toBe(400);
    const u = leseUmschlag(r.body);
    expect(leseFault(u.rumpf)).toMatchObject({ code: '9020' });
    expect(text(u.kopf, NS.wsa, 'Action')).toBe('http://www.w3.org/2005/08/addressing/soap/fault');
    const v = await validiereUmschlag(r.body);
    expect(v.ok, v.ausgabe).toBe(true);
    return r.body;
  }
  const daten = Buffer.from('nutzdaten');

  test('an xop:Include pointing to an unknown cid', async () => {
    expect(await erwarte9020(mtomSendung('urn:x', daten, 'cid:gibt-es-nicht%40test'))).toContain(
      'cid:gibt-es-nicht',
    );
  });

  test('the root part named by start is missing', async () => {
    const p = mtomSendung('urn:x', daten);
    await erwarte9020({ ...p, contentType: p.contentType.replace('<wurzel@test>', '<anders@test>') });
  });

  test('a broken boundary: missing, not in the body, or no closing delimiter', async () => {
    const p = mtomSendung('urn:x', daten);
    await erwarte9020({ ...p, contentType: p.contentType.replace(`boundary="${GRENZE}"; `, '') });
    await erwarte9020({ ...p, contentType: p.contentType.replace(GRENZE, 'falsche-grenze') });
    await erwarte9020({ ...p, payload: p.payload.subarray(0, p.payload.length - 30) });
  });

  test('a root part that is not application/xop+xml', async () => {
    const p = mtomSendung('urn:x', daten);
    await erwarte9020({
      ...p,
      payload: Buffer.from(
        p.payload.toString('latin1').replace('application/xop+xml', 'text/plain'),
        'latin1',
      ),
    });
  });

  test('an MTOM package whose envelope is SOAP 1.1 (start-info text/xml) gets 9022 with the action called', async () => {
    const p = mtomSendung(await neueId(), daten);
    const r = await post('/xta/SendXtaPort', {
      ...p,
      contentType: p.contentType.replace('start-info="application/soap+xml"', 'start-info="text/xml"'),
    });
    expect(r.statusCode).toBe(415);
    const u = leseUmschlag(r.body);
    expect(leseFault(u.rumpf)).toMatchObject({ code: '9022' });
    expect(text(u.kopf, NS.wsa, 'Action')).toBe(AKTION.sendMessage);
  });

  test('the request size limit applies to the whole MTOM package before it is read', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/xta/SendXtaPort',
      headers: {
        'content-type': `multipart/related; type="application/xop+xml"; boundary="${GRENZE}"`,
        'content-length': String(10 * 1024 * 1024),
      },
      payload: Buffer.alloc(10),
    });
    expect(r.statusCode).toBe(413);
    expect(leseFault(leseUmschlag(r.body).rumpf)).toMatchObject({ code: '9023' });
  });
});
