import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PortName } from '../xta/protokoll.ts';

// The official XTA 2 Version 3 WSDL of KoSIT and the schemas it imports, shipped verbatim in schemas/xta2v3
// (source and licence in its README). The mailbox serves them as they are; the only changes are the service
// addresses (REPLACE_WITH_ACTUAL_URL in the original) and – in the WSDL alone – the four schemaLocation
// attributes made absolute, because relative ones would resolve against /xta?wsdl to the server root.
// See docs/adr/0006-eigene-wsdl-des-xta-postfachs.md (superseded) and docs/adr/0018-xta-fehler-und-wsdl.md.

export const XTA_SCHEMA_VERZEICHNIS = path.resolve(import.meta.dirname, '../../../schemas/xta2v3');

/** The files a client may load, by the name under which the WSDL and the XSDs import them. */
const SCHEMA_DATEIEN: Record<string, string> = Object.fromEntries(
  [
    'OSCI2_02.xsd',
    'OSCI_MessageMetaData_V2.02.xsd',
    'XTA-Webservice-Datentypen.xsd',
    'XTA-Webservice-Exceptions.xsd',
    'XTA-Webservice-Globale-Elemente.xsd',
    'oasis-200401-wss-wssecurity-secext-1.0.xsd',
    'oasis-200401-wss-wssecurity-utility-1.0.xsd',
    'soap-envelope-1.2.xsd',
    'ws-addr.xsd',
    'ws-policy.xsd',
    'xenc-schema.xsd',
    'xml.xsd',
    'xmldsig-core-schema.xsd',
    'xoev-basisdatentypen.xsd',
  ].map((d) => [d, d]),
);
// OSCI2_02.xsd imports the SOAP 1.2 envelope schema under the name ".xsd" (so in the original).
SCHEMA_DATEIEN['.xsd'] = 'soap-envelope-1.2.xsd';

const cache = new Map<string, Promise<string>>();

function lies(datei: string): Promise<string> {
  let text = cache.get(datei);
  if (text === undefined) {
    text = readFile(path.join(XTA_SCHEMA_VERZEICHNIS, datei), 'utf8');
    cache.set(datei, text);
  }
  return text;
}

/** Path of the schemas below the mailbox's base URL: …/xta/schema/<file>. */
export const SCHEMA_PFAD = 'schema';

/** The official WSDL with this server's addresses: …/xta/<Port> for every port of XTAService. */
export async function xtaWsdl(basisUrl: string): Promise<string> {
  const original = await lies('XTA.wsdl');
  return original
    .replace(
      /(<port name="(\w+)"[^>]*>\s*<soap:address location=")REPLACE_WITH_ACTUAL_URL"/g,
      (_m, anfang: string, port: PortName) => `${anfang}${basisUrl}/${port}"`,
    )
    .replace(
      /(<xsd:(?:import|include)\b[^>]*\bschemaLocation=")([^"/]+)"/g,
      (_m, anfang: string, datei: string) =>
        `${anfang}${basisUrl}/${SCHEMA_PFAD}/${encodeURIComponent(datei)}"`,
    );
}

/** A schema the WSDL imports, verbatim, or undefined for any other name. */
export function xtaSchema(name: string): Promise<string> | undefined {
  const datei = Object.hasOwn(SCHEMA_DATEIEN, name) ? SCHEMA_DATEIEN[name] : undefined;
  return datei === undefined ? undefined : lies(datei);
}
