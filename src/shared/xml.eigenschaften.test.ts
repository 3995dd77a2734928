import fc from 'fast-check';
import { expect, test } from 'vitest';
import { leseXml, XmlFehler, type XmlElement } from './xml.ts';

// Properties of the one XML reader: any text is either read or refused with XmlFehler (the documented error,
// which the routes answer with 4xx / a SOAP fault), never anything else; well-formed documents read back as
// built, whatever prefixes the sender chose.

function liest(text: string): XmlElement | XmlFehler {
  try {
    return leseXml(text);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlFehler);
    return error as XmlFehler;
  }
}

type Knoten = { prefix: string; name: string; attr: string; text: string; kinder: Knoten[] };
const NS = 'urn:test:ns';
const ncname = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/).filter((n) => !/^xml/i.test(n));
const text = fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) =>
  // Characters XML 1.0 cannot carry at all are left out; the rest is escaped.
  s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, '').replace(/\r/g, ''),
);
function baum(tiefe: number): fc.Arbitrary<Knoten> {
  return fc.record({
    prefix: ncname,
    name: ncname,
    attr: text,
    text,
    kinder: tiefe === 0 ? fc.constant([]) : fc.array(baum(tiefe - 1), { maxLength: 3 }),
  });
}
const knoten = baum(3);

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function alsXml(k: Knoten): string {
  const q = `${k.prefix}:${k.name}`;
  return `<${q} xmlns:${k.prefix}="${NS}" ${k.prefix}:a="${esc(k.attr)}">${esc(k.text)}${k.kinder.map(alsXml).join('')}</${q}>`;
}
function gleich(e: XmlElement, k: Knoten): void {
  expect(e.ns).toBe(NS);
  expect(e.name).toBe(k.name);
  expect(e.kinder).toHaveLength(k.kinder.length);
  k.kinder.forEach((kind, i) => {
    gleich(e.kinder[i]!, kind);
  });
}

test('any text: read, or refused with XmlFehler only', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      liest(s);
    }),
    { numRuns: 3000 },
  );
});

test('well-formed documents read back as built, whatever the prefixes', () => {
  fc.assert(
    fc.property(knoten, (k) => {
      const e = liest(alsXml(k));
      expect(e).not.toBeInstanceOf(XmlFehler);
      gleich(e as XmlElement, k);
    }),
    { numRuns: 500 },
  );
});

test('documents cut, spliced or with markup inserted: read or XmlFehler, nothing else', () => {
  const stoerung = fc.constantFrom(
    '<',
    '>',
    '&',
    '<!DOCTYPE x [<!ENTITY a "b">]>',
    ']]>',
    '<![CDATA[',
    '"',
    '\u0000',
    '</x>',
    '<?pi?>',
    '&#0;',
    '&#x110000;',
  );
  fc.assert(
    fc.property(knoten, fc.nat(), fc.nat(), stoerung, (k, a, b, einschub) => {
      const xml = alsXml(k);
      const i = a % (xml.length + 1);
      liest(xml.slice(0, i));
      liest(xml.slice(0, i) + einschub + xml.slice(b % (xml.length + 1)));
    }),
    { numRuns: 2000 },
  );
});
