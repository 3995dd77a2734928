import type { XmlBau } from '../../shared/index.ts';
import {
  ANTRAG_NAMESPACE,
  ANTRAG_PRAEFIX,
  ANTRAG_WURZEL,
  ANTRAG_XSD,
  type AbschnittDefinition,
  type AbschnittWerte,
  type InhaltDefinition,
  type InhaltWerte,
} from './definition.ts';
import { alsText } from './werte.ts';

// Writes the content into the extension element <ma:antragsangaben>: per section an element, per field an
// element in the order of the definition (the XSD's sequence). The extension XSD is named by xsi:schemaLocation.

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export interface TextPruefung {
  /** Normalises and checks a text (DIN 91379), reporting errors under `feld`. */
  text(feld: string, wert: string): string;
  fehler(feld: string, meldung: string): void;
  /** Escapes what xmlbuilder2 would leave unescaped. */
  maskiere(wert: string): string;
}

function abschnitt(
  p: TextPruefung,
  eltern: XmlBau,
  a: AbschnittDefinition,
  werte: AbschnittWerte,
  pfad: string,
): void {
  const el = eltern.ele(ANTRAG_NAMESPACE, `${ANTRAG_PRAEFIX}:${a.name}`);
  const bekannt = new Set(a.felder.map((f) => f.name));
  for (const name of Object.keys(werte)) {
    if (!bekannt.has(name) && werte[name] !== undefined)
      p.fehler(`${pfad}.${name}`, 'Feld ist nicht definiert');
  }
  for (const f of a.felder) {
    const wert = werte[f.name];
    const feld = `${pfad}.${f.name}`;
    if (wert === undefined) {
      if (!f.optional) p.fehler(feld, 'Angabe fehlt.');
      continue;
    }
    const t = alsText(f, wert);
    if (!t.ok) {
      p.fehler(feld, t.meldung);
      continue;
    }
    for (const text of t.texte) {
      el.ele(ANTRAG_NAMESPACE, `${ANTRAG_PRAEFIX}:${f.name}`).txt(p.maskiere(p.text(feld, text)));
    }
  }
}

export function schreibeInhalt(
  p: TextPruefung,
  eltern: XmlBau,
  definition: InhaltDefinition,
  werte: InhaltWerte,
): void {
  const wurzel = eltern.ele(ANTRAG_NAMESPACE, `${ANTRAG_PRAEFIX}:${ANTRAG_WURZEL}`);
  wurzel.att(XSI, 'xsi:schemaLocation', `${ANTRAG_NAMESPACE} ${ANTRAG_XSD}`);
  const bekannt = new Set(definition.abschnitte.map((a) => a.name));
  for (const name of Object.keys(werte)) {
    if (!bekannt.has(name) && werte[name] !== undefined)
      p.fehler(`antragsangaben.${name}`, 'Abschnitt ist nicht definiert');
  }
  for (const a of definition.abschnitte) {
    const w = werte[a.name];
    if (w === undefined) continue;
    const pfad = `antragsangaben.${a.name}`;
    if (a.wiederholt !== Array.isArray(w)) {
      p.fehler(pfad, a.wiederholt ? 'Liste erwartet' : 'Keine Liste erwartet');
      continue;
    }
    const zeilen = Array.isArray(w) ? w : [w];
    zeilen.forEach((z, i) => {
      abschnitt(p, wurzel, a, z, a.wiederholt ? `${pfad}[${i}]` : pfad);
    });
  }
}
