import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { baueNachricht } from './bauen.ts';
import { beispielVorgang } from './beispiel.ts';
import { DIN91379_NAMESPACE, din91379XsdDatei, din91379XsdMuster } from './din91379.ts';
import { xsozial220, xsozial240 } from './profile/index.ts';
import { baueUndValidiereNachricht } from './senden.ts';
import { leseDatei, XOEV_BEISPIELE } from '../../test/nachricht.ts';
import { validiereNachricht } from './validierung.ts';
import { kompiliereXsd } from './xsd-pruefer.ts';

function gebaut(...args: Parameters<typeof baueNachricht>): string {
  const e = baueNachricht(...args);
  if (!e.ok) throw new Error(JSON.stringify(e.fehler));
  return e.wert;
}

const XML = gebaut(beispielVorgang({ test: true, referenzUUID: '039178b8-d6f2-4095-8051-0ee1dfe37d2e' }));

test('the subset XSD imports the DIN 91379 schema that is generated from din91379.ts', () => {
  const subset = readFileSync(new URL('./xsd/xsozial-basis-subset.xsd', import.meta.url), 'utf8');
  expect(subset).toContain(
    `<xs:import namespace="${DIN91379_NAMESPACE}" schemaLocation="din-91379-datentyp-c.xsd"/>`,
  );
  expect(din91379XsdDatei()).toContain(`<xs:pattern value="${din91379XsdMuster()}"/>`);
  expect(din91379XsdDatei()).toContain(`targetNamespace="${DIN91379_NAMESPACE}"`);
});

describe('our XSD', () => {
  test('accepts the built message (2.4.0, 2.2.0, without extensions, minimal)', async () => {
    const aus = Object.fromEntries(
      Object.entries(xsozial240.erweiterungen).map(([k, v]) => [k, { ...v, aktiv: false }]),
    ) as typeof xsozial240.erweiterungen;
    const minimal = beispielVorgang({
      personen: [{ personID: 'P1', rolle: 'antragsteller', vorname: 'A', familienname: 'B' }],
      dritte: [],
      leistungen: [{ art: 'mietschulden' }],
      anlagen: [],
      jobcenterHinweis: undefined,
    });
    delete minimal.postfach;
    for (const [xml, name] of [
      [XML, '2.4.0'],
      [gebaut(beispielVorgang(), xsozial220), '2.2.0'],
      [gebaut(beispielVorgang(), { ...xsozial240, erweiterungen: aus }), 'ohne Erweiterungen'],
      [gebaut(minimal), 'minimal'],
    ] as const) {
      expect(await validiereNachricht(xml), name).toEqual({ ok: true, fehler: [] });
    }
  });

  test.each([
    [
      'a default namespace instead of the prefix',
      (x: string) => x.replaceAll('xsb:', '').replace('xmlns:xsb=', 'xmlns='),
    ],
    ['a qualified header', (x: string) => x.replaceAll('nachrichtenkopf.g2g>', 'xsb:nachrichtenkopf.g2g>')],
    ['a qualified code', (x: string) => x.replace('<code>1000001</code>', '<xsb:code>1000001</xsb:code>')],
    ['an unqualified xSozial element', (x: string) => x.replaceAll('xsb:vorgangsID>', 'vorgangsID>')],
    [
      'a timestamp without milliseconds',
      (x: string) => x.replace(/T09:59:20\.902\+01:00/, 'T09:59:20+01:00'),
    ],
    ['a timestamp without offset', (x: string) => x.replace(/T09:59:20\.902\+01:00/, 'T09:59:20.902')],
    [
      'a missing dvdvDienstkennung',
      (x: string) => x.replace(/<dvdvDienstkennung>[^<]*<\/dvdvDienstkennung>/, ''),
    ],
    [
      'referenzUUID after dvdvDienstkennung',
      (x: string) => {
        const ref = /<referenzUUID>[^<]*<\/referenzUUID>/.exec(x)![0];
        return x.replace(ref, '').replace('</nachrichtenkopf.g2g>', `${ref}</nachrichtenkopf.g2g>`);
      },
    ],
    ['a bad UUID', (x: string) => x.replace('7f1d2c3b-4a59', '7f1d2c3b-4a5')],
    ['no document', (x: string) => x.replace(/<xsb:dokument>[\s\S]*<\/xsb:dokument>/, '')],
    ['a character outside DIN 91379', (x: string) => x.replace('Jürgen', 'Jürgen Ω')],
    ['a control character reference', (x: string) => x.replace('Jürgen', 'J&#1;rgen')],
    ['another mime type', (x: string) => x.replace('<xsb:mimeType>image/png', '<xsb:mimeType>text/html')],
    ['broken base64', (x: string) => x.replace('<xsb:inhalt>iVBOR', '<xsb:inhalt>!!!')],
    [
      'a house number with letters',
      (x: string) => x.replace('<hausnummer>12</hausnummer>', '<hausnummer>12a</hausnummer>'),
    ],
    ['an extra element', (x: string) => x.replace('</xsb:vorgang>', '<xsb:evil/></xsb:vorgang>')],
    [
      'a wrong standard attribute',
      (x: string) => x.replace('standard="XSozial-basis"', 'standard="XWasser"'),
    ],
    ['no list version on a code type with list', (x: string) => x.replace(' listVersionID="10"', '')],
  ])('refuses %s', async (_, aendern) => {
    const kaputt = aendern(XML);
    expect(kaputt).not.toBe(XML);
    const e = await validiereNachricht(kaputt, xsozial240);
    expect(e.ok).toBe(false);
    expect(e.fehler.length).toBeGreaterThan(0);
  });

  test('a message in another namespace is validated against that profile', async () => {
    const xml220 = gebaut(beispielVorgang(), xsozial220);
    expect((await validiereNachricht(xml220)).ok).toBe(true);
    expect((await validiereNachricht(xml220, xsozial240)).ok).toBe(false);
  });

  test('build and validate in one step (what the delivery queues)', async () => {
    const e = await baueUndValidiereNachricht(beispielVorgang());
    expect(e.ok).toBe(true);
    // a profile whose code cannot be valid per our XSD is caught by the schema, reported as "xsd"
    const kaputt = await baueUndValidiereNachricht(beispielVorgang(), {
      ...xsozial240,
      vorgangsTyp: { code: 'X' },
    });
    expect(kaputt.ok).toBe(false);
    expect(!kaputt.ok && kaputt.fehler[0]?.feld).toBe('xsd');
  });
});

describe('the header against the real XÖV Basisnachricht 1.1 schemas', () => {
  // The helper schema in test/beispiele/xoev declares nachrichtenkopf.g2g with the real XÖV types plus
  // referenzUUID and dvdvDienstkennung; the KoSIT files are shipped verbatim in schemas/xoev.
  const kopfPruefer = kompiliereXsd(
    {
      name: 'nachrichtenkopf-g2g_sozialplattform-check.xsd',
      inhalt: leseDatei('nachrichtenkopf-g2g_sozialplattform-check.xsd', XOEV_BEISPIELE),
    },
    Object.fromEntries(
      ['xoev-basisnachricht-unqualified-g2g_1.1.xsd', 'din-norm-91379-datatypes.xsd', 'xoev-code.xsd'].map(
        (name) => [name, leseDatei(name)],
      ),
    ),
  );
  function validiereKopf(xml: string) {
    const kopf = /<nachrichtenkopf\.g2g>[\s\S]*<\/nachrichtenkopf\.g2g>/.exec(xml)?.[0];
    if (!kopf) throw new Error('kein Kopf');
    return kopfPruefer.pruefe(`<?xml version="1.0" encoding="UTF-8"?>\n${kopf}`);
  }

  test('our header validates, with and without referenzUUID', () => {
    for (const xml of [XML, gebaut(beispielVorgang())]) {
      expect(validiereKopf(xml)).toEqual({ ok: true, fehler: [] });
    }
  });

  test('the real schemas refuse a broken header (so the check can fail)', () => {
    const e = validiereKopf(
      XML.replace('<kennung>sozialamt', '<kennungX>sozialamt').replace('</kennung>', '</kennungX>'),
    );
    expect(e.ok).toBe(false);
    expect(e.fehler.join()).toContain('kennungX');
  });
});

describe('the compiled validator', () => {
  test('accepts an attachment whose base64 text is above libxml2’s 10 MB default limit', async () => {
    const gross = gebaut(
      beispielVorgang({
        anlagen: [
          {
            art: 'kontoauszug',
            dateiname: 'gross.pdf',
            mimeType: 'application/pdf',
            inhalt: Buffer.alloc(9_000_000, 7),
          },
        ],
      }),
    );
    expect(gross.length).toBeGreaterThan(12_000_000);
    expect(await validiereNachricht(gross)).toEqual({ ok: true, fehler: [] });
  });

  test('is reused: a hundred validations take well under a second each', async () => {
    await validiereNachricht(XML);
    const start = performance.now();
    for (let i = 0; i < 100; i++) expect((await validiereNachricht(XML)).ok).toBe(true);
    // xmllint-wasm needed ~250 ms per call; the compiled schema needs a few ms (generous bound for a loaded machine)
    expect((performance.now() - start) / 100).toBeLessThan(50);
  });

  test('refuses malformed XML and a message that uses an external entity', async () => {
    expect((await validiereNachricht('<a>')).ok).toBe(false);
    const xxe = XML.replace(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "http://127.0.0.1:1/x">]>',
    ).replace('Jürgen', '&e;');
    expect(xxe).toContain('&e;');
    expect((await validiereNachricht(xxe)).ok).toBe(false);
  });
});
