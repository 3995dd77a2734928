import {
  ParseOption,
  XmlBufferInputProvider,
  XmlDocument,
  XmlError,
  XmlLibError,
  XsdValidator,
  xmlRegisterInputProvider,
} from 'libxml2-wasm';

// A compiled XSD (libxml2 in WebAssembly): the schema and its imports are parsed and compiled once, then every
// document is only parsed and validated (~4 ms instead of ~250 ms per call with a worker per call, see
// docs/spikes.md). Imports are served from memory by one input provider; each schema set gets its own
// "mem:/<n>/" base so equal file names of different sets cannot collide.

export interface XsdErgebnis {
  ok: boolean;
  /** libxml2's messages, with line numbers where known. */
  fehler: string[];
}

export interface XsdPruefer {
  pruefe(xml: string): XsdErgebnis;
}

const speicher = new XmlBufferInputProvider({});
let registriert = false;
let naechsteMenge = 0;

// Huge: base64 attachments make text nodes above libxml2's default limit of 10 MB. NONET: never fetch.
const OPTIONEN = (ParseOption.XML_PARSE_HUGE | ParseOption.XML_PARSE_NONET) as ParseOption;

function meldungen(e: unknown): string[] {
  if (e instanceof XmlLibError && e.details.length > 0) {
    return e.details.map((d) => `${d.line > 0 ? `Zeile ${d.line}: ` : ''}${d.message.trim()}`);
  }
  if (e instanceof XmlError) return [e.message.trim()];
  throw e;
}

/**
 * Compiles `haupt` (the main schema) with `importe` (file name as in `schemaLocation` → content). Throws if the
 * schema itself is broken: that is a defect of the repository, not of a message.
 */
export function kompiliereXsd(
  haupt: { name: string; inhalt: string },
  importe: Record<string, string>,
): XsdPruefer {
  if (!registriert) {
    xmlRegisterInputProvider(speicher);
    registriert = true;
  }
  const basis = `mem:/${naechsteMenge++}/`;
  const kodierer = new TextEncoder();
  for (const [name, inhalt] of Object.entries(importe))
    speicher.addBuffer(basis + name, kodierer.encode(inhalt));
  const schemaDoc = XmlDocument.fromString(haupt.inhalt, {
    url: basis + haupt.name,
    option: ParseOption.XML_PARSE_NONET,
  });
  // The schema document stays alive with the validator: libxml2's compiled schema may point into it.
  const validator = XsdValidator.fromDoc(schemaDoc);
  return {
    pruefe(xml: string): XsdErgebnis {
      let doc: XmlDocument;
      try {
        doc = XmlDocument.fromString(xml, { option: OPTIONEN });
      } catch (e) {
        return { ok: false, fehler: meldungen(e) };
      }
      try {
        validator.validate(doc);
        return { ok: true, fehler: [] };
      } catch (e) {
        return { ok: false, fehler: meldungen(e) };
      } finally {
        doc.dispose();
      }
    },
  };
}
