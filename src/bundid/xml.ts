import { DOMParser } from '@xmldom/xmldom';

// Small DOM helpers over @xmldom/xmldom (the parser node-saml itself uses, so both see the same tree).

export const NS = {
  protokoll: 'urn:oasis:names:tc:SAML:2.0:protocol',
  assertion: 'urn:oasis:names:tc:SAML:2.0:assertion',
  metadaten: 'urn:oasis:names:tc:SAML:2.0:metadata',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
  xenc: 'http://www.w3.org/2001/04/xmlenc#',
} as const;

/** Parses XML strictly: any parser error or a DOCTYPE (entity tricks) is an error. */
export function parseXml(text: string): Document {
  if (/<!DOCTYPE/i.test(text)) throw new Error('XML mit DOCTYPE wird nicht angenommen');
  const fehler: string[] = [];
  const doc = new DOMParser({
    locator: {},
    errorHandler: {
      warning: () => undefined,
      error: (m: unknown) => fehler.push(String(m)),
      fatalError: (m: unknown) => fehler.push(String(m)),
    },
  }).parseFromString(text, 'text/xml');
  if (fehler.length > 0 || (doc.documentElement as Element | null) === null) {
    throw new Error('XML ist nicht wohlgeformt');
  }
  return doc;
}

/** Direct child elements with the given namespace and local name. */
export function kinder(el: Element, ns: string, name: string): Element[] {
  const ergebnis: Element[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const e = n as Element;
      if (e.namespaceURI === ns && e.localName === name) ergebnis.push(e);
    }
  }
  return ergebnis;
}

export function kind(el: Element | undefined, ns: string, name: string): Element | undefined {
  return el === undefined ? undefined : kinder(el, ns, name)[0];
}

/** All descendant elements with the given namespace and local name. */
export function nachfahren(el: Element | Document, ns: string, name: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(ns, name));
}

export function text(el: Element | undefined): string | undefined {
  const t = el?.textContent.trim();
  return t === undefined || t === '' ? undefined : t;
}

export function attribut(el: Element | undefined, name: string): string | undefined {
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
