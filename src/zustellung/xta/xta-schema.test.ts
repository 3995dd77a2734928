import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { create } from 'xmlbuilder2';
import { describe, expect, test } from 'vitest';
import { BEISPIELE } from '../../../test/pfade.ts';
import { validiere, validiereUmschlag } from '../../../test/xta.ts';
import {
  containerAnhaengen,
  leseContainer,
  leseTransportReport,
  transportReportAnhaengen,
  type Container,
} from './inhalt.ts';
import { leseMetadaten, metadatenAnhaengen, type MessageMetaData } from './metadaten.ts';
import { AKTION, AUSNAHMEN, NS } from './protokoll.ts';
import { faultUmschlag, leseFault, leseUmschlag, umschlag } from './soap.ts';
import { leseXml } from '../../shared/xml.ts';

// Every part the client writes validates against the REAL XTA 2 v3 schemas (schemas/xta2v3)
// and against the inline schemas of our own WSDL.

const metadaten: MessageMetaData = {
  test: true,
  zeiten: { origin: new Date('2026-11-29T09:00:00.123Z'), initialSend: new Date('2026-11-29T09:00:01Z') },
  autor: { kennung: 'efa:130000000001', typ: 'xoev', name: 'Onlinedienst Übernahme von Mietrückständen M-V' },
  leser: {
    kennung: 'xsb:130030000000',
    typ: 'xoev',
    name: 'Hanse- und Universitätsstadt Rostock',
    kategorie: 'Sozialamt',
  },
  messageId: 'urn:de:xta:messageid:mietrueckstaende:6b1f0c52-7d0e-4c55-9d8e-0e1c2a9f3b11',
  betreff: 'Antrag & <Test>',
  dienst: 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0/XSoz240-MIE-BEA-SOP2MIE.wsdl',
  businessScenario: { undefiniert: 'XSOZIAL-BASIS' },
  nachrichtentyp: {
    code: '1000001',
    listURI: 'urn:xoev-de:d-nrw:codeliste:nachrichtentyp',
    listVersionID: '1',
    payloadSchema: 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0',
  },
  groesse: 4711,
};

const container: Container = {
  nachricht: {
    daten: Buffer.from('<x>ä</x>', 'utf8'),
    contentType: 'application/xml',
    encoding: 'UTF-8',
    dateiname: 'nachricht.xml',
    id: 'n1',
    beschreibung: 'xSozial-basis-Nachricht',
  },
  anhaenge: [
    {
      daten: Buffer.from('%PDF-1.7'),
      contentType: 'application/pdf',
      dateiname: 'Antrag.pdf',
      sprache: 'de',
    },
  ],
};

function dokument(f: (e: ReturnType<typeof create>) => void): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  f(doc);
  return doc.end({ prettyPrint: true });
}

describe('against the official XTA 2 v3 schemas', () => {
  test('MessageMetaData (BusinessScenario Undefined and Defined) validates', async () => {
    const xml = dokument((d) => metadatenAnhaengen(d, metadaten));
    expect(await validiere(xml)).toMatchObject({ ok: true });
    const definiert = dokument((d) =>
      metadatenAnhaengen(d, {
        ...metadaten,
        test: false,
        businessScenario: {
          definiert: {
            code: 'XSOZIAL_DATA',
            listURI: 'urn:de:xta:codeliste:business.scenario',
            listVersionID: '3.6',
          },
        },
        groesse: undefined,
        betreff: undefined,
      }),
    );
    expect(await validiere(definiert)).toMatchObject({ ok: true });
  });

  test('GenericContentContainer with message and attachment validates', async () => {
    expect(
      await validiere(
        dokument((d) => {
          containerAnhaengen(d, container);
        }),
      ),
    ).toMatchObject({ ok: true });
  });

  test('TransportReport validates', async () => {
    const xml = dokument((d) => {
      transportReportAnhaengen(d, {
        metadaten,
        berichtZeit: new Date(),
        serverIdentitaet: 'http://127.0.0.1:3000/xta',
        status: 2,
        fehler: [],
        warnungen: [
          { zeit: new Date(), code: 'W1', listURI: 'urn:test', listVersionID: '1', grund: 'Warnung' },
        ],
        infos: [
          {
            zeit: new Date(),
            code: 'Delivery',
            listURI: 'urn:test',
            listVersionID: '1',
            grund: 'zugestellt',
          },
        ],
      });
    });
    expect(await validiere(xml)).toMatchObject({ ok: true });
  });

  test('a complete sendMessage envelope validates, header parts and body strictly', async () => {
    const xml = umschlag(
      { aktion: AKTION.sendMessage, an: 'https://xta.example.invalid/SendXtaPort' },
      (h) => metadatenAnhaengen(h, metadaten),
      (b) => {
        containerAnhaengen(b, container);
      },
    );
    const r = await validiereUmschlag(xml);
    expect(r.ausgabe).not.toContain('error');
    expect(r.ok).toBe(true);
  });

  test.each(AUSNAHMEN)('a fault with %s validates', async (ausnahme) => {
    const xml = faultUmschlag(
      { aktion: AKTION.sendMessage, bezugAuf: 'urn:uuid:1' },
      { ausnahme, code: '9030', grund: 'Interner Fehler', seite: 'Receiver' },
    );
    expect(await validiereUmschlag(xml)).toMatchObject({ ok: true });
  });

  test('SOAP-level faults validate: VersionMismatch with Upgrade, WS-Addressing subcodes and ProblemHeaderQName', async () => {
    const versionsfehler = faultUmschlag(
      { aktion: 'http://www.w3.org/2005/08/addressing/soap/fault' },
      { ausnahme: 'ParameterIsNotValidException', code: '9022', grund: 'SOAP 1.1', seite: 'VersionMismatch' },
    );
    expect(await validiereUmschlag(versionsfehler)).toMatchObject({ ok: true });
    const adressfehler = faultUmschlag(
      { aktion: 'http://www.w3.org/2005/08/addressing/fault' },
      {
        ausnahme: 'ParameterIsNotValidException',
        code: '9022',
        grund: 'doppelt',
        seite: 'Sender',
        unterCodes: ['wsa:InvalidAddressingHeader', 'wsa:InvalidCardinality'],
        problemHeader: 'wsa:MessageID',
      },
    );
    expect(await validiereUmschlag(adressfehler)).toMatchObject({ ok: true });
  });
});

test('the validation can fail: a wrong TestMsg value and a missing Service are refused by the real schema', async () => {
  const xml = dokument((d) => metadatenAnhaengen(d, metadaten)).replace(
    'TestMsg="true"',
    'TestMsg="vielleicht"',
  );
  const r = await validiere(xml);
  expect(r.ok).toBe(false);
  expect(r.ausgabe).toContain('TestMsg');
  const ohneService = dokument((d) => metadatenAnhaengen(d, metadaten)).replace(
    /<oscimeta:Service>[^<]+<\/oscimeta:Service>/,
    '',
  );
  expect((await validiere(ohneService)).ok).toBe(false);
});

test('MessageMetaData and the container read back to the same values', () => {
  const md = leseXml(dokument((d) => metadatenAnhaengen(d, metadaten)));
  expect(leseMetadaten(md)).toEqual({
    ...metadaten,
    zeiten: { ...metadaten.zeiten, delivery: undefined, initialFetch: undefined, reception: undefined },
  });
  const c = leseContainer(
    leseXml(
      dokument((d) => {
        containerAnhaengen(d, container);
      }),
    ),
  );
  expect(c.nachricht.daten.toString('utf8')).toBe('<x>ä</x>');
  expect(c.anhaenge[0]?.dateiname).toBe('Antrag.pdf');
});

test('the examples built for this project (test/beispiele/xta2v3) are read correctly', async () => {
  const dir = path.join(BEISPIELE, 'xta2v3');
  const umschlagXml = await readFile(path.join(dir, 'xta2v3_sendMessage_soap12_example.xml'), 'utf8');
  const u = leseUmschlag(umschlagXml);
  expect(u.aktion).toBe(AKTION.sendMessage);
  const md = leseMetadaten(u.kopf!.kinder.find((k) => k.name === 'MessageMetaData')!);
  expect(md).toMatchObject({
    test: true,
    autor: { kennung: 'sop:050000100099', typ: 'xoev' },
    leser: { kennung: 'xxx:051234567890' },
    businessScenario: { undefiniert: 'XSOZIAL-BASIS' },
    nachrichtentyp: {
      code: '1000001',
      payloadSchema: 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0',
    },
    groesse: 130175,
  });
  const c = leseContainer(u.rumpf.kinder.find((k) => k.ns === NS.xta)!);
  expect(c.nachricht.daten.toString()).toBe('<x></x>');
});

test('a fault is read back with its exception and error code', () => {
  const xml = faultUmschlag(
    { aktion: AKTION.sendMessage },
    { ausnahme: 'ParameterIsNotValidException', code: '9024', grund: 'vergeben', seite: 'Sender' },
  );
  const f = leseFault(leseUmschlag(xml).rumpf, 400);
  expect(f).toMatchObject({
    ausnahme: 'ParameterIsNotValidException',
    code: '9024',
    grund: 'vergeben',
    httpStatus: 400,
  });
});

test('the TransportReport parser reads status and lists', () => {
  const xml = dokument((d) => {
    transportReportAnhaengen(d, {
      metadaten,
      berichtZeit: new Date('2026-11-29T09:00:00Z'),
      serverIdentitaet: 'srv',
      status: 3,
      fehler: [
        {
          zeit: new Date('2026-11-29T09:00:00Z'),
          code: '9032',
          listURI: 'urn:x',
          listVersionID: '1',
          grund: 'weg',
        },
      ],
      warnungen: [],
      infos: [],
    });
  });
  const r = leseTransportReport(leseXml(xml));
  expect(r).toMatchObject({ status: 3, serverIdentitaet: 'srv', fehler: [{ code: '9032', grund: 'weg' }] });
});

test('XML with a DTD or with an undeclared prefix is refused', () => {
  expect(() => leseXml('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')).toThrow(/Dokumenttyp/);
  expect(() => leseXml('<a:x/>')).toThrow(/präfix/i);
  expect(() => leseXml('<x><y></x>')).toThrow(/wohlgeformt/);
});
