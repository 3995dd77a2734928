import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { create } from 'xmlbuilder2';

/** An element under construction (xmlbuilder2). */
export type XmlBau = ReturnType<typeof create>;

// fast-xml-parser knows prefixes, not namespaces. SOAP peers choose their own prefixes (s12:, soap:, ns2: …),
// so the raw tree is turned into elements with resolved namespace URIs before anything reads it.

export type XmlElement = {
  ns: string;
  name: string;
  /** Attributes by local name (xmlns declarations removed). */
  attrs: Record<string, string>;
  kinder: XmlElement[];
  text: string;
};

export class XmlFehler extends Error {
  constructor(meldung: string) {
    super(meldung);
    this.name = 'XmlFehler';
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type RohKnoten = Record<string, unknown>;

/** Parses an XML document into namespace-resolved elements. DTDs are refused (SOAP forbids them). */
export function parseXml(xml: string): XmlElement {
  if (/<!DOCTYPE/i.test(xml)) throw new XmlFehler('Dokumenttypdeklarationen sind nicht erlaubt.');
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the bundled validator of fast-xml-parser 5
  const ok = XMLValidator.validate(xml);
  if (ok !== true) throw new XmlFehler(`Kein wohlgeformtes XML: ${ok.err.msg} (Zeile ${ok.err.line})`);
  const roh = parser.parse(xml) as RohKnoten[];
  const wurzeln = roh.flatMap((k) =>
    umwandeln(k, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])),
  );
  const [wurzel] = wurzeln;
  if (wurzel === undefined || wurzeln.length !== 1)
    throw new XmlFehler('Das Dokument hat kein Wurzelelement.');
  return wurzel;
}

function umwandeln(knoten: RohKnoten, eltern: Map<string, string>): XmlElement[] {
  const schluessel = Object.keys(knoten).find((k) => k !== ':@');
  if (schluessel === undefined || schluessel === '#text' || schluessel.startsWith('?')) return [];
  const rohAttrs = (knoten[':@'] ?? {}) as Record<string, string>;
  const bereich = new Map(eltern);
  for (const [name, wert] of Object.entries(rohAttrs)) {
    if (name === 'xmlns') bereich.set('', wert);
    else if (name.startsWith('xmlns:')) bereich.set(name.slice(6), wert);
  }
  const [praefix, lokal] = teile(schluessel);
  const ns = bereich.get(praefix);
  if (ns === undefined && praefix !== '') throw new XmlFehler(`Unbekanntes Namensraumpräfix: ${praefix}`);
  const attrs: Record<string, string> = {};
  for (const [name, wert] of Object.entries(rohAttrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    attrs[teile(name)[1]] = wert;
  }
  const kinderRoh = (knoten[schluessel] ?? []) as RohKnoten[];
  const kinder: XmlElement[] = [];
  let text = '';
  for (const kind of kinderRoh) {
    if ('#text' in kind) text += String(kind['#text']);
    else kinder.push(...umwandeln(kind, bereich));
  }
  return [{ ns: ns ?? '', name: lokal, attrs, kinder, text }];
}

function teile(qname: string): [string, string] {
  const i = qname.indexOf(':');
  return i < 0 ? ['', qname] : [qname.slice(0, i), qname.slice(i + 1)];
}

export function kind(e: XmlElement | undefined, ns: string, name: string): XmlElement | undefined {
  return e?.kinder.find((k) => k.ns === ns && k.name === name);
}

export function kinder(e: XmlElement | undefined, ns: string, name: string): XmlElement[] {
  return e?.kinder.filter((k) => k.ns === ns && k.name === name) ?? [];
}

/** The trimmed text of a child element, or undefined when it is missing or empty. */
export function text(e: XmlElement | undefined, ns: string, name: string): string | undefined {
  const t = kind(e, ns, name)?.text.trim();
  return t === undefined || t === '' ? undefined : t;
}
