import { kind, type XmlElement } from '../../shared/index.ts';
import {
  ANTRAG_NAMESPACE,
  ANTRAG_WURZEL,
  type AbschnittDefinition,
  type AbschnittWerte,
  type InhaltDefinition,
  type InhaltWerte,
} from './definition.ts';
import { ausText } from './werte.ts';

// Reads <ma:antragsangaben> back into the content, by the same definition that wrote it. An element the
// definition does not know, or a text that does not fit its type, is an error (nothing is skipped silently).

export class InhaltLeseFehler extends Error {}

function abschnitt(a: AbschnittDefinition, el: XmlElement): AbschnittWerte {
  const werte: AbschnittWerte = {};
  const felder = new Map(a.felder.map((f) => [f.name, f]));
  const texte = new Map<string, string[]>();
  for (const k of el.kinder) {
    if (k.ns !== ANTRAG_NAMESPACE || !felder.has(k.name))
      throw new InhaltLeseFehler(`Unbekanntes Element ${k.name} in ${a.name}`);
    texte.set(k.name, [...(texte.get(k.name) ?? []), k.text]);
  }
  for (const f of a.felder) {
    const t = texte.get(f.name);
    if (t === undefined) {
      if (f.typ === 'codes') werte[f.name] = [];
      continue;
    }
    const wert = ausText(f, t);
    if (wert === undefined)
      throw new InhaltLeseFehler(`Wert von ${a.name}.${f.name} passt nicht zum Typ ${f.typ}`);
    werte[f.name] = wert;
  }
  return werte;
}

/** The content from the xsb:vorgang element; undefined when the message carries no extension. */
export function leseInhalt(vorgang: XmlElement, definition: InhaltDefinition): InhaltWerte | undefined {
  const wurzel = kind(vorgang, ANTRAG_NAMESPACE, ANTRAG_WURZEL);
  if (wurzel === undefined) return undefined;
  const abschnitte = new Map(definition.abschnitte.map((a) => [a.name, a]));
  const werte: InhaltWerte = {};
  for (const k of wurzel.kinder) {
    const a = k.ns === ANTRAG_NAMESPACE ? abschnitte.get(k.name) : undefined;
    if (a === undefined) throw new InhaltLeseFehler(`Unbekannter Abschnitt ${k.name}`);
    const w = abschnitt(a, k);
    if (a.wiederholt) {
      const liste = (werte[a.name] as AbschnittWerte[] | undefined) ?? [];
      liste.push(w);
      werte[a.name] = liste;
    } else {
      if (werte[a.name] !== undefined) throw new InhaltLeseFehler(`Abschnitt ${a.name} kommt mehrfach vor`);
      werte[a.name] = w;
    }
  }
  return werte;
}
