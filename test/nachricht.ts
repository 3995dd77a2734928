import { readFileSync } from 'node:fs';
import path from 'node:path';
import { leseXmlDokument } from '../src/shared/xml.ts';
import { BEISPIELE, SCHEMAS } from './pfade.ts';

// Helpers for the tests of nachricht/: element paths of a document (namespace-aware) and the shipped schema files
// (schemas/xoev, verbatim; test/beispiele/xoev, written for this project).

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

function attributeVon(e: Element): Record<string, string> {
  const attribute: Record<string, string> = {};
  for (let i = 0; i < e.attributes.length; i++) {
    const a = e.attributes.item(i);
    if (a !== null) attribute[a.name] = a.value;
  }
  return attribute;
}

/** The element's namespace or null (xmldom leaves it undefined for unqualified elements). */
function namensraum(e: Element): string | null {
  const ns = e.namespaceURI as string | null | undefined;
  return ns === undefined || ns === null || ns === '' ? null : ns;
}

function kindElemente(e: Element): Element[] {
  const kinder: Element[] = [];
  for (let n = e.firstChild; n !== null; n = n.nextSibling) if (n.nodeType === 1) kinder.push(n as Element);
  return kinder;
}

/** Every element of the document in document order (the root excluded), with its namespace-aware path. */
export function elemente(xml: string, xsbNamespace: string): ElementInfo[] {
  const liste: ElementInfo[] = [];
  const besuche = (e: Element, pfad: string, eltern: number) => {
    for (const kind of kindElemente(e)) {
      const ns = namensraum(kind);
      const p = `${pfad ? `${pfad}/` : ''}${ns === xsbNamespace ? 'xsb:' : ''}${kind.localName}`;
      const kinder = kindElemente(kind);
      liste.push({
        pfad: p,
        namespace: ns,
        name: kind.nodeName,
        text: kinder.length > 0 ? '' : kind.textContent,
        attribute: attributeVon(kind),
        eltern,
      });
      besuche(kind, p, liste.length - 1);
    }
  };
  besuche(leseXmlDokument(xml).documentElement, '', -1);
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
  const w = leseXmlDokument(xml).documentElement;
  return {
    namespace: namensraum(w),
    name: w.localName,
    attribute: attributeVon(w),
  };
}
