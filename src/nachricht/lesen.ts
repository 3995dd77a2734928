import type { InhaltDefinition, InhaltWerte } from './inhalt/definition.ts';
import { InhaltLeseFehler, leseInhalt } from './inhalt/lesen.ts';
import { leseVermieterErklaerung } from './vermieter-erklaerung/lesen.ts';
import type { VermieterErklaerung } from './vermieter-erklaerung/modell.ts';
import { kind, kinder, leseXml, text, XmlFehler, type XmlElement } from '../shared/index.ts';

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
  /** The typed answers (extension), when read with a definition and present. */
  antragsangaben?: InhaltWerte;
  /** The landlord's declaration, in its follow-up message (ADR 0023). */
  vermieterErklaerung?: VermieterErklaerung;
}

export type LeseErgebnis = { ok: true; nachricht: GeleseneNachricht } | { ok: false; fehler: string };

const XSOZIAL_NAMESPACE = /^https:\/\/portalverbund\.d-nrw\.de\/efa\/XSozial-basis\/Version_\d+_\d+_\d+$/;
const WURZEL = 'vorgang.transportieren.1000001';

class LeseFehler extends Error {}

function pflicht(e: XmlElement | undefined, ns: string, name: string): XmlElement {
  const k = kind(e, ns, name);
  if (k === undefined) throw new LeseFehler(`Element ${name} fehlt`);
  return k;
}

function pflichtText(e: XmlElement | undefined, ns: string, name: string): string {
  return pflicht(e, ns, name).text.trim();
}

/**
 * Takes the base64 document contents out before parsing (the DOM parser needs seconds for text nodes of many
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

/**
 * Reads the message. With the content definition, the typed answers of the extension element are read too
 * (`antragsangaben`); a message without it has none.
 */
export function leseNachricht(xml: string, definition?: InhaltDefinition): LeseErgebnis {
  if (/<!DOCTYPE/i.test(xml)) return { ok: false, fehler: 'DOCTYPE ist nicht erlaubt' };
  const { xml: ohneInhalte, inhalte } = inhalteHerausnehmen(xml);
  let wurzel: XmlElement;
  try {
    wurzel = leseXml(ohneInhalte);
  } catch (e) {
    if (e instanceof XmlFehler) return { ok: false, fehler: e.message };
    throw e;
  }
  try {
    if (wurzel.name !== WURZEL) throw new LeseFehler(`Wurzelelement ${WURZEL} fehlt`);
    const namespace = wurzel.ns;
    if (!XSOZIAL_NAMESPACE.test(namespace)) throw new LeseFehler(`Unbekannter Namensraum: ${namespace}`);
    // The XÖV header is unqualified (no namespace); the xSozial part is in the message's namespace.
    const kopf = pflicht(wurzel, '', 'nachrichtenkopf.g2g');
    const ident = pflicht(kopf, '', 'identifikation.nachricht');
    const behoerde = (name: string): GeleseneBehoerde => {
      const b = pflicht(kopf, '', name);
      return { kennung: pflichtText(b, '', 'kennung'), name: pflichtText(b, '', 'name') };
    };
    const xsozial = pflicht(wurzel, namespace, 'xsozial');
    const vorgang = pflicht(xsozial, namespace, 'vorgang');
    const dokumente = kinder(xsozial, namespace, 'dokument').map((d): GelesenesDokument => {
      const rep = pflicht(d, namespace, 'dokumentRepraesentation');
      const roh = pflichtText(rep, namespace, 'inhalt');
      const inhalt = (/^#\d+$/.test(roh) ? (inhalte[Number(roh.slice(1))] ?? '') : roh).replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(inhalt)) throw new LeseFehler('Dokumentinhalt ist kein Base64');
      return {
        dokumentID: pflichtText(d, namespace, 'dokumentID'),
        name: pflichtText(d, namespace, 'name'),
        dateiname: pflichtText(rep, namespace, 'dateiname'),
        mimeType: pflichtText(rep, namespace, 'mimeType'),
        dokumentTyp: pflichtText(pflicht(d, namespace, 'dokumentTyp'), '', 'code'),
        inhalt: Buffer.from(inhalt, 'base64'),
      };
    });
    const referenzUUID = text(kopf, '', 'referenzUUID');
    const antragsangaben = definition === undefined ? undefined : leseInhalt(vorgang, definition);
    const vermieterErklaerung = leseVermieterErklaerung(vorgang);
    return {
      ok: true,
      nachricht: {
        namespace,
        version: wurzel.attrs.version ?? '',
        test: wurzel.attrs.test !== undefined,
        nachrichtenUUID: pflichtText(ident, '', 'nachrichtenUUID'),
        nachrichtentyp: pflichtText(pflicht(ident, '', 'nachrichtentyp'), '', 'code'),
        erstellungszeitpunkt: pflichtText(ident, '', 'erstellungszeitpunkt'),
        leser: behoerde('leser'),
        autor: behoerde('autor'),
        ...(referenzUUID ? { referenzUUID } : {}),
        dvdvDienstkennung: pflichtText(kopf, '', 'dvdvDienstkennung'),
        vorgangsID: pflichtText(
          pflicht(xsozial, namespace, 'identifikationVorgang'),
          namespace,
          'vorgangsID',
        ),
        vorgangsTyp: pflichtText(pflicht(vorgang, namespace, 'vorgangsTyp'), '', 'code'),
        antragsDatum: pflichtText(vorgang, namespace, 'antragsDatum'),
        dokumente,
        ...(antragsangaben !== undefined ? { antragsangaben } : {}),
        ...(vermieterErklaerung !== undefined ? { vermieterErklaerung } : {}),
      },
    };
  } catch (e) {
    if (e instanceof LeseFehler || e instanceof InhaltLeseFehler) return { ok: false, fehler: e.message };
    throw e;
  }
}
