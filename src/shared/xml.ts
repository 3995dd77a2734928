import { DOMParser } from '@xmldom/xmldom';
import type { create } from 'xmlbuilder2';
import { pruefeXmlGrenzen, STANDARD_GRENZEN, type XmlGrenzen } from './xml-grenzen.ts';

export type { XmlGrenzen } from './xml-grenzen.ts';

// The one XML reader of the project, over @xmldom/xmldom (the parser node-saml uses, so signature checks and
// our own reading see the same tree). It is strict: a DOCTYPE (entity tricks) or any well-formedness error is
// refused. Readers that only want values use `leseXml`, which resolves namespaces: peers choose their own
// prefixes (s12:, soap:, ns2:, xsb: …), so nothing may depend on them. XML is built with xmlbuilder2.

/** An element under construction (xmlbuilder2). */
export type XmlBau = ReturnType<typeof create>;

export class XmlFehler extends Error {
  constructor(meldung: string) {
    super(meldung);
    this.name = 'XmlFehler';
  }
}

/**
 * Parses a document strictly into a DOM (for signature checks and decryption). The linear pre-scan of
 * xml-grenzen.ts runs first, so no input reaches xmldom's slow paths.
 */
export function leseXmlDokument(text: string, grenzen: XmlGrenzen = STANDARD_GRENZEN): Document {
  if (/<!DOCTYPE/i.test(text)) throw new XmlFehler('Dokumenttypdeklarationen sind nicht erlaubt.');
  const grenzfehler = pruefeXmlGrenzen(text, grenzen);
  if (grenzfehler !== undefined) throw new XmlFehler(`Kein wohlgeformtes XML: ${grenzfehler}`);
  const fehler: string[] = [];
  const doc = new DOMParser({
    locator: {},
    errorHandler: {
      // xmldom 0.8 only warns about some broken markup (an unclosed element), so warnings refuse too.
      warning: (m: unknown) => fehler.push(String(m)),
      error: (m: unknown) => fehler.push(String(m)),
      fatalError: (m: unknown) => fehler.push(String(m)),
    },
  }).parseFromString(text, 'text/xml');
  const [erster] = fehler;
  if (erster !== undefined)
    throw new XmlFehler(
      `Kein wohlgeformtes XML: ${(erster.split('\n')[0] ?? '').replace(/^\[xmldom \w+\]\s*/, '')}`,
    );
  if ((doc.documentElement as Element | null) === null)
    throw new XmlFehler('Das Dokument hat kein Wurzelelement.');
  return doc;
}

/** An element with its namespace resolved, its attributes by local name and its direct text. */
export type XmlElement = {
  ns: string;
  name: string;
  attrs: Record<string, string>;
  kinder: XmlElement[];
  text: string;
};

/** Parses a document into namespace-resolved elements. */
export function leseXml(text: string, grenzen?: XmlGrenzen): XmlElement {
  return alsElement(leseXmlDokument(text, grenzen).documentElement);
}

export function alsElement(el: Element): XmlElement {
  // xmldom leaves the namespace of an undeclared prefix undefined instead of failing.
  if (el.prefix !== null && el.prefix !== '' && (el.namespaceURI ?? null) === null)
    throw new XmlFehler(`Unbekanntes Namensraumpräfix: ${el.prefix}`);
  const attrs: Record<string, string> = {};
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a === null || a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
    attrs[a.localName] = a.value;
  }
  const kinder: XmlElement[] = [];
  let text = '';
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1) kinder.push(alsElement(n as Element));
    else if (n.nodeType === 3 || n.nodeType === 4) text += n.nodeValue ?? '';
  }
  return {
    ns: (el.namespaceURI as string | null | undefined) ?? '',
    name: el.localName,
    attrs,
    kinder,
    text,
  };
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

// DOM helpers, for the readers that must keep the DOM (signed SAML messages).

/** Direct child elements of a DOM element with the given namespace and local name. */
export function domKinder(el: Element, ns: string, name: string): Element[] {
  const ergebnis: Element[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const e = n as Element;
      if (e.namespaceURI === ns && e.localName === name) ergebnis.push(e);
    }
  }
  return ergebnis;
}

export function domKind(el: Element | undefined, ns: string, name: string): Element | undefined {
  return el === undefined ? undefined : domKinder(el, ns, name)[0];
}

/** All descendant elements with the given namespace and local name. */
export function domNachfahren(el: Element | Document, ns: string, name: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(ns, name));
}

export function domText(el: Element | undefined): string | undefined {
  const t = el?.textContent.trim();
  return t === undefined || t === '' ? undefined : t;
}

export function domAttribut(el: Element | undefined, name: string): string | undefined {
  if (el === undefined || !el.hasAttribute(name)) return undefined;
  return el.getAttribute(name) ?? undefined;
}

/** Escapes text for XML content and attribute values. */
export function xmlEscape(wert: string): string {
  return wert
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
