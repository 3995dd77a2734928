import { describe, expect, test } from 'vitest';
import { leseXml, leseXmlDokument, XmlFehler } from './xml.ts';
import { pruefeXmlGrenzen } from './xml-grenzen.ts';

// The pre-scan refuses what made xmldom slow, in linear time, and passes well-formed documents through.

const grenzen = { tiefe: 10, attribute: 5, elemente: 50 };

describe('pruefeXmlGrenzen', () => {
  test.each([
    ['nesting deeper than allowed', '<a>'.repeat(11) + '</a>'.repeat(11), 'tiefer als 10'],
    ['too many attributes', '<a b="1" c="2" d="3" e="4" f="5" g="6"/>', 'mehr als 5 Attribute'],
    ['too many elements', `<a>${'<b/>'.repeat(50)}</a>`, 'mehr als 50 Elemente'],
    ['unclosed elements', '<a><b><c>', 'Element ohne Endtag'],
    ['a closing tag that does not match', '<a><b></c></a>', 'Endtag c passt nicht'],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a/>', 'Dokumenttyp'],
    ['an unterminated comment', '<a><!--<!--<!--</a>', 'Kommentar ohne Ende'],
    ['an unterminated processing instruction', '<a><?x <?x </a>', 'Verarbeitungsanweisung'],
    ['an unterminated CDATA section', '<a><![CDATA[ x </a>', 'CDATA'],
    ['a run of "<"', '<a><<<<<</a>', 'ungültiger Elementname'],
    ['an unterminated attribute value', '<a b="x></a>', 'Attributwert ohne Ende'],
    ['a start tag without end', '<a b="1" <c/>', 'Starttag ohne Ende'],
  ])('refuses %s', (_fall, xml, meldung) => {
    expect(pruefeXmlGrenzen(xml, grenzen)).toContain(meldung);
  });

  test('passes well-formed documents within the limits', () => {
    const xml =
      '<?xml version="1.0"?><!-- c --><p:a xmlns:p="urn:x" b=\'>\' c="1"><p:b/><c><![CDATA[<x>]]></c>' +
      '<?pi x?></p:a>';
    expect(pruefeXmlGrenzen(xml, grenzen)).toBeUndefined();
    expect(pruefeXmlGrenzen('<a>'.repeat(10) + '</a>'.repeat(10), grenzen)).toBeUndefined();
  });

  test('the slow cases of xmldom are refused in a few milliseconds', () => {
    for (const xml of [
      `<a>${'<b>'.repeat(100_000)}`,
      `<a>${'<!--'.repeat(100_000)}</a>`,
      `<a>${'<?x '.repeat(100_000)}</a>`,
      `<a>${'<'.repeat(300_000)}</a>`,
    ]) {
      const start = performance.now();
      expect(() => leseXmlDokument(xml)).toThrow(XmlFehler);
      expect(performance.now() - start).toBeLessThan(100);
    }
  });

  test('leseXml applies the limits it is given', () => {
    expect(() => leseXml('<a><b/><b/></a>', { tiefe: 5, attribute: 5, elemente: 2 })).toThrow(
      /mehr als 2 Elemente/,
    );
    expect(leseXml('<a><b/></a>', { tiefe: 5, attribute: 5, elemente: 2 }).kinder).toHaveLength(1);
  });
});
