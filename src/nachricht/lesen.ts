import { XMLParser } from 'fast-xml-parser';

// Reads a received (or our own) vorgang.transportieren.1000001: the header ids and the documents. Used by
// tests and by the inbox. Namespace prefixes are resolved from the root's declarations, so a message that
// uses another prefix than "xsb" reads the same.

export interface GeleseneBehoerde {
  kennung: string;
  name: string;
}

export interface GelesenesDokument {
  dokumentID: string;
  name: string;
  dateiname: string;
  mimeType: string;
  dokumentTyp: string;
  inhalt: Buffer;
}

export interface GeleseneNachricht {
  namespace: string;
  version: string;
  test: boolean;
  nachrichtenUUID: string;
  nachrichtentyp: string;
  erstellungszeitpunkt: string;
  leser: GeleseneBehoerde;
  autor: GeleseneBehoerde;
  referenzUUID?: string;
  dvdvDienstkennung: string;
  vorgangsID: string;
  vorgangsTyp: string;
  antragsDatum: string;
  dokumente: GelesenesDokument[];
}

export type LeseErgebnis = { ok: true; nachricht: GeleseneNachricht } | { ok: false; fehler: string };

const XSOZIAL_NAMESPACE = /^https:\/\/portalverbund\.d-nrw\.de\/efa\/XSozial-basis\/Version_\d+_\d+_\d+$/;
const WURZEL = 'vorgang.transportieren.1000001';

type Knoten = Record<string, unknown>;

const ENTITAETEN: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Resolves the predefined entities and character references in one pass. fast-xml-parser's own entity
 * handling decodes "&amp;#x41;" twice (to "A") and leaves "&#13;" as it is, so it is switched off.
 */
export function entschluessele(roh: string): string {
  return roh.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (ganz, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITAETEN[name] ?? ganz;
  });
}

class LeseFehler extends Error {}

function kind(k: unknown, name: string): Knoten {
  const wert = (k as Knoten | undefined)?.[name];
  if (wert === undefined || wert === null || typeof wert !== 'object' || Array.isArray(wert)) {
    throw new LeseFehler(`Element ${name} fehlt`);
  }
  return wert as Knoten;
}

function text(k: unknown, name: string): string {
  const wert = (k as Knoten | undefined)?.[name];
  if (typeof wert === 'string') return entschluessele(wert.trim());
  if (
    wert !== null &&
    typeof wert === 'object' &&
    !Array.isArray(wert) &&
    typeof (wert as Knoten)['#text'] === 'string'
  ) {
    return entschluessele(((wert as Knoten)['#text'] as string).trim());
  }
  if (wert === '' || (wert !== null && typeof wert === 'object' && Object.keys(wert).length === 0)) return '';
  throw new LeseFehler(`Element ${name} fehlt`);
}

function optionalText(k: unknown, name: string): string | undefined {
  return (k as Knoten | undefined)?.[name] === undefined ? undefined : text(k, name);
}

function liste(k: unknown, name: string): Knoten[] {
  const wert = (k as Knoten | undefined)?.[name];
  if (wert === undefined) return [];
  return (Array.isArray(wert) ? wert : [wert]) as Knoten[];
}

/**
 * Takes the base64 document contents out before parsing (fast-xml-parser needs seconds for text nodes of many
 * megabytes); they are put back by index. Contents with markup inside stay and are parsed normally.
 */
function inhalteHerausnehmen(xml: string): { xml: string; inhalte: string[] } {
  const inhalte: string[] = [];
  const ohne = xml.replace(
    /(<(?:[A-Za-z_][\w.-]*:)?inhalt(?:\s[^>]*)?>)([^<]*)(<\/)/g,
    (_, auf: string, inhalt: string, zu: string) => {
      inhalte.push(inhalt);
      return `${auf}#${inhalte.length - 1}${zu}`;
    },
  );
  return { xml: ohne, inhalte };
}

export function leseNachricht(xml: string): LeseErgebnis {
  if (/<!DOCTYPE/i.test(xml)) return { ok: false, fehler: 'DOCTYPE ist nicht erlaubt' };
  const { xml: ohneInhalte, inhalte } = inhalteHerausnehmen(xml);
  let baum: Knoten;
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      processEntities: false,
      isArray: (name) => name.endsWith(':dokument') || name.endsWith(':person') || name.endsWith(':dritte'),
    });
    // The built-in well-formedness check is deprecated in favour of a separate package; it still works in 5.x
    // and spares a dependency. Messages from outside are also validated against the XSD by the inbox.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    baum = parser.parse(ohneInhalte, true) as Knoten;
  } catch (e) {
    return { ok: false, fehler: `Kein wohlgeformtes XML: ${e instanceof Error ? e.message : String(e)}` };
  }
  try {
    const wurzelName = Object.keys(baum).find((k) => k === WURZEL || k.endsWith(`:${WURZEL}`));
    if (!wurzelName) throw new LeseFehler(`Wurzelelement ${WURZEL} fehlt`);
    const praefix = wurzelName.includes(':') ? wurzelName.slice(0, wurzelName.indexOf(':')) : '';
    const wurzel = kind(baum, wurzelName);
    const attribut = (name: string): string | undefined => {
      const wert = wurzel[`@_${name}`];
      return typeof wert === 'string' ? entschluessele(wert) : undefined;
    };
    const namespace = attribut(praefix ? `xmlns:${praefix}` : 'xmlns') ?? '';
    if (!XSOZIAL_NAMESPACE.test(namespace)) throw new LeseFehler(`Unbekannter Namensraum: ${namespace}`);
    const q = (name: string) => (praefix ? `${praefix}:${name}` : name);

    const kopf = kind(wurzel, 'nachrichtenkopf.g2g');
    const ident = kind(kopf, 'identifikation.nachricht');
    const behoerde = (name: string): GeleseneBehoerde => {
      const b = kind(kopf, name);
      return { kennung: text(b, 'kennung'), name: text(b, 'name') };
    };
    const xsozial = kind(wurzel, q('xsozial'));
    const vorgang = kind(xsozial, q('vorgang'));
    const dokumente = liste(xsozial, q('dokument')).map((d): GelesenesDokument => {
      const rep = kind(d, q('dokumentRepraesentation'));
      const roh = text(rep, q('inhalt'));
      const inhalt = (/^#\d+$/.test(roh) ? (inhalte[Number(roh.slice(1))] ?? '') : roh).replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(inhalt)) throw new LeseFehler('Dokumentinhalt ist kein Base64');
      return {
        dokumentID: text(d, q('dokumentID')),
        name: text(d, q('name')),
        dateiname: text(rep, q('dateiname')),
        mimeType: text(rep, q('mimeType')),
        dokumentTyp: text(kind(d, q('dokumentTyp')), 'code'),
        inhalt: Buffer.from(inhalt, 'base64'),
      };
    });
    const referenzUUID = optionalText(kopf, 'referenzUUID');
    return {
      ok: true,
      nachricht: {
        namespace,
        version: attribut('version') ?? '',
        test: attribut('test') !== undefined,
        nachrichtenUUID: text(ident, 'nachrichtenUUID'),
        nachrichtentyp: text(kind(ident, 'nachrichtentyp'), 'code'),
        erstellungszeitpunkt: text(ident, 'erstellungszeitpunkt'),
        leser: behoerde('leser'),
        autor: behoerde('autor'),
        ...(referenzUUID ? { referenzUUID } : {}),
        dvdvDienstkennung: text(kopf, 'dvdvDienstkennung'),
        vorgangsID: text(kind(xsozial, q('identifikationVorgang')), q('vorgangsID')),
        vorgangsTyp: text(kind(vorgang, q('vorgangsTyp')), 'code'),
        antragsDatum: text(vorgang, q('antragsDatum')),
        dokumente,
      },
    };
  } catch (e) {
    if (e instanceof LeseFehler) return { ok: false, fehler: e.message };
    throw e;
  }
}
