import { readFileSync } from 'node:fs';
import { kompiliereXsd, type XsdErgebnis, type XsdPruefer } from '../xsd-pruefer.ts';

// Validates the extension document against its own schema, compiled once like the main message's.

const XSD = new URL('./vermieter-erklaerung.xsd', import.meta.url);
let pruefer: XsdPruefer | undefined;

export function validiereVermieterErklaerung(xml: string): Promise<XsdErgebnis> {
  pruefer ??= kompiliereXsd({ name: 'vermieter-erklaerung.xsd', inhalt: readFileSync(XSD, 'utf8') }, {});
  return Promise.resolve(pruefer.pruefe(xml));
}
