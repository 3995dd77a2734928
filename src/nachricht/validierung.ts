import { readFileSync } from 'node:fs';
import { din91379XsdDatei } from './din91379.ts';
import { ANTRAG_XSD } from './inhalt/definition.ts';
import type { XsozialProfil } from './profil.ts';
import { PROFILE, STANDARD_PROFIL } from './profile/index.ts';
import { VERMIETER_ERKLAERUNG_XSD } from './vermieter-erklaerung/bauen.ts';
import { kompiliereXsd, type XsdErgebnis, type XsdPruefer } from './xsd-pruefer.ts';

// Validates a message against the project's own XSD of the emitted subset (xsd/). The schema is compiled once
// per profile (libxml2 in WebAssembly, ~200 ms) and reused: a validation then costs a few milliseconds, so it
// can run for every message before it is queued.

const XSD_ORDNER = new URL('./xsd/', import.meta.url);
const VERMIETER_XSD_DATEI = new URL(`./vermieter-erklaerung/${VERMIETER_ERKLAERUNG_XSD}`, import.meta.url);
const XSD_NAMESPACE = 'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0';
/** The name our subset XSD imports the character-set schema by (schemaLocation). */
const DIN_XSD = 'din-91379-datentyp-c.xsd';

export type ValidierungsErgebnis = XsdErgebnis;

const pruefer = new Map<string, XsdPruefer>();

function prueferFuer(profil: XsozialProfil): XsdPruefer {
  const schluessel = `${profil.xsd}|${profil.namespace}`;
  let p = pruefer.get(schluessel);
  if (!p) {
    const haupt = readFileSync(new URL(profil.xsd, XSD_ORDNER), 'utf8').replaceAll(
      XSD_NAMESPACE,
      profil.namespace,
    );
    // The character-set schema is generated from its one definition; never a file that could drift from it.
    p = kompiliereXsd(
      { name: profil.xsd, inhalt: haupt },
      {
        [DIN_XSD]: din91379XsdDatei(),
        [ANTRAG_XSD]: readFileSync(new URL(ANTRAG_XSD, XSD_ORDNER), 'utf8'),
        [VERMIETER_ERKLAERUNG_XSD]: readFileSync(VERMIETER_XSD_DATEI, 'utf8'),
      },
    );
    pruefer.set(schluessel, p);
  }
  return p;
}

/** The profile whose namespace the document's root uses, if any. */
export function profilFuerNachricht(xml: string): XsozialProfil | undefined {
  const kopf = xml.slice(0, 4096);
  return Object.values(PROFILE).find((p) => kopf.includes(`"${p.namespace}"`));
}

/**
 * Validates `xml` against our XSD for the profile (by default the one whose namespace the document uses,
 * else 2.4.0). Async for the callers' sake (it may move off the event loop later); the work is synchronous.
 */
export function validiereNachricht(xml: string, profil?: XsozialProfil): Promise<ValidierungsErgebnis> {
  const p = profil ?? profilFuerNachricht(xml) ?? STANDARD_PROFIL;
  return Promise.resolve(prueferFuer(p).pruefe(xml));
}
