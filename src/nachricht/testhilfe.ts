import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { BEISPIELE, SCHEMAS } from '../../test/pfade.ts';
import { entschluessele } from './lesen.ts';

// Helpers for the tests of this part: element paths of a document (namespace-aware) and the shipped schema files
// (schemas/xoev, verbatim; test/beispiele/xoev, written for this project).
//
// The tree is read with fast-xml-parser in document order with entities left alone and resolved once by
// `entschluessele` (xmlbuilder2's and fast-xml-parser's own decoding both turn "&amp;#x41;" into "A"); namespaces
// are resolved from the declarations in scope.

export const XOEV_SCHEMAS = path.join(SCHEMAS, 'xoev');
export const XOEV_BEISPIELE = path.join(BEISPIELE, 'xoev');

export function leseDatei(datei: string, ordner: string = XOEV_SCHEMAS): string {
  return readFileSync(path.join(ordner, datei), 'utf8');
}

export interface ElementInfo {
  /** "xsb:xsozial/xsb:vorgang/xsb:person/xsb:typ/code": "xsb:" marks the xSozial namespace, nothing = none. */
  pfad: string;
  namespace: string | null;
  /** Qualified name as written (prefix:local). */
  name: string;
  /** Text content of a leaf element (entities resolved), '' for elements with children. */
  text: string;
  attribute: Record<string, string>;
  /** Index of the parent element in the list, -1 for children of the root. */
  eltern: number;
}

type Knoten = Record<string, unknown>;

interface Element {
  name: string;
  attribute: Record<string, string>;
  kinder: Knoten[];
}

function alsElement(k: Knoten): Element | undefined {
  const name = Object.keys(k).find((n) => n !== ':@' && n !== '#text');
  if (!name || name.startsWith('?')) return undefined;
  const attribute: Record<string, string> = {};
  for (const [a, w] of Object.entries((k[':@'] as Record<string, unknown> | undefined) ?? {})) {
    attribute[a.replace(/^@_/, '')] = entschluessele(String(w));
  }
  return { name, attribute, kinder: k[name] as Knoten[] };
}

function parse(xml: string): Element {
  const baum = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    trimValues: false,
  }).parse(xml) as Knoten[];
  const wurzel = baum.map(alsElement).find((e) => e !== undefined);
  if (!wurzel) throw new Error('kein Wurzelelement');
  return wurzel;
}

function namespaces(e: Element, eltern: Map<string, string>): Map<string, string> {
  const scope = new Map(eltern);
  for (const [a, w] of Object.entries(e.attribute)) {
    if (a === 'xmlns') scope.set('', w);
    else if (a.startsWith('xmlns:')) scope.set(a.slice(6), w);
  }
  return scope;
}

function aufloesen(name: string, scope: Map<string, string>): string | null {
  const i = name.indexOf(':');
  const ns = scope.get(i < 0 ? '' : name.slice(0, i));
  return ns === undefined || ns === '' ? null : ns;
}

/** Every element of the document in document order (the root excluded), with its namespace-aware path. */
export function elemente(xml: string, xsbNamespace: string): ElementInfo[] {
  const liste: ElementInfo[] = [];
  const besuche = (e: Element, scope: Map<string, string>, pfad: string, eltern: number) => {
    for (const k of e.kinder) {
      const kind = alsElement(k);
      if (!kind) continue;
      const s = namespaces(kind, scope);
      const ns = aufloesen(kind.name, s);
      const lokal = kind.name.includes(':') ? kind.name.slice(kind.name.indexOf(':') + 1) : kind.name;
      const p = `${pfad ? `${pfad}/` : ''}${ns === xsbNamespace ? 'xsb:' : ''}${lokal}`;
      const hatKinder = kind.kinder.some((c) => alsElement(c) !== undefined);
      const text = hatKinder
        ? ''
        : kind.kinder.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('');
      liste.push({
        pfad: p,
        namespace: ns,
        name: kind.name,
        text: entschluessele(text),
        attribute: kind.attribute,
        eltern,
      });
      besuche(kind, s, p, liste.length - 1);
    }
  };
  const w = parse(xml);
  besuche(w, namespaces(w, new Map()), '', -1);
  return liste;
}

/** For every parent path: the sequences of child names of each of its instances. */
export function geschwisterfolgen(xml: string, xsbNamespace: string): Map<string, string[][]> {
  const liste = elemente(xml, xsbNamespace);
  const folgen = new Map<number, string[]>();
  for (const e of liste) {
    const f = folgen.get(e.eltern) ?? [];
    f.push(e.pfad.slice(e.pfad.lastIndexOf('/') + 1));
    folgen.set(e.eltern, f);
  }
  const ergebnis = new Map<string, string[][]>();
  for (const [eltern, f] of folgen) {
    const pfad = eltern < 0 ? '' : (liste[eltern]?.pfad ?? '');
    ergebnis.set(pfad, [...(ergebnis.get(pfad) ?? []), f]);
  }
  return ergebnis;
}

/** Root element: namespace, local name and attributes (namespace declarations included). */
export function wurzel(xml: string): {
  namespace: string | null;
  name: string;
  attribute: Record<string, string>;
} {
  const w = parse(xml);
  const ns = aufloesen(w.name, namespaces(w, new Map()));
  return { namespace: ns, name: w.name.slice(w.name.indexOf(':') + 1), attribute: w.attribute };
}
