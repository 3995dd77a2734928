import { readFile } from 'node:fs/promises';
import { validateXML } from 'xmllint-wasm';

// Validates the extension document against its own schema (libxml2 as WebAssembly, like the main message).

const XSD = new URL('./vermieter-erklaerung.xsd', import.meta.url);
let schema: Promise<string> | undefined;

export async function validiereVermieterErklaerung(xml: string): Promise<{ ok: boolean; fehler: string[] }> {
  schema ??= readFile(XSD, 'utf8');
  const ergebnis = await validateXML({
    xml: [{ fileName: 'vermieter-erklaerung.xml', contents: xml }],
    schema: [{ fileName: 'vermieter-erklaerung.xsd', contents: await schema }],
  });
  return { ok: ergebnis.valid, fehler: ergebnis.errors.map((e) => e.message) };
}
