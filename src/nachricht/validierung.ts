import { readFile } from 'node:fs/promises';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { din91379XsdDatei } from './din91379.ts';
import type { XsozialProfil } from './profil.ts';
import { PROFILE, STANDARD_PROFIL } from './profile/index.ts';

// Validates a message against the project's own XSD of the emitted subset (xsd/), with libxml2 compiled to
// WebAssembly. About 250 ms per call (a worker per call), so it runs once per message before it is queued,
// not per request.

const XSD_ORDNER = new URL('./xsd/', import.meta.url);
const XSD_NAMESPACE = 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0';
/** The name our subset XSD imports the character-set schema by (schemaLocation). */
const DIN_XSD = 'din-91379-datentyp-c.xsd';

export interface ValidierungsErgebnis {
  ok: boolean;
  /** libxml2's messages, with line numbers where known. */
  fehler: string[];
}

const schemaCache = new Map<string, Promise<{ fileName: string; contents: string }[]>>();

async function schemaDateien(profil: XsozialProfil): Promise<{ fileName: string; contents: string }[]> {
  const schluessel = `${profil.xsd}|${profil.namespace}`;
  let dateien = schemaCache.get(schluessel);
  if (!dateien) {
    dateien = readFile(new URL(profil.xsd, XSD_ORDNER), 'utf8').then((inhalt) => [
      { fileName: profil.xsd, contents: inhalt.replaceAll(XSD_NAMESPACE, profil.namespace) },
      // Generated from the one definition of the character set; never a file that could drift from it.
      { fileName: DIN_XSD, contents: din91379XsdDatei() },
    ]);
    schemaCache.set(schluessel, dateien);
  }
  return dateien;
}

/** The profile whose namespace the document's root uses, if any. */
export function profilFuerNachricht(xml: string): XsozialProfil | undefined {
  const kopf = xml.slice(0, 4096);
  return Object.values(PROFILE).find((p) => kopf.includes(`"${p.namespace}"`));
}

/**
 * Validates `xml` against our XSD for the profile (by default the one whose namespace the document uses,
 * else 2.4.0).
 */
export async function validiereNachricht(xml: string, profil?: XsozialProfil): Promise<ValidierungsErgebnis> {
  const p = profil ?? profilFuerNachricht(xml) ?? STANDARD_PROFIL;
  const [haupt, ...importe] = await schemaDateien(p);
  if (!haupt) throw new Error('XSD fehlt');
  const bytes = Buffer.byteLength(xml, 'utf8');
  // libxml2 holds the document in WebAssembly memory: room for about three copies plus 64 MiB.
  const seiten = Math.min(memoryPages.max, Math.ceil((3 * bytes) / 65_536) + 64 * memoryPages.MiB);
  const ergebnis = await validateXML({
    xml: [{ fileName: 'nachricht.xml', contents: xml }],
    schema: [haupt],
    preload: importe,
    maxMemoryPages: Math.max(seiten, memoryPages.defaultMaxMemoryPages),
    // base64 attachments make text nodes above libxml2's default limit of 10 MB
    modifyArguments: (args) => ['--huge', ...args],
  });
  return {
    ok: ergebnis.valid,
    fehler: ergebnis.errors.map((e) => (e.loc ? `Zeile ${e.loc.lineNumber}: ${e.message}` : e.message)),
  };
}
