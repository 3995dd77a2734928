// A linear pre-scan of XML text before xmldom sees it. xmldom 0.8 is quadratic or worse on some broken
// markup: 30,000 unclosed start tags (90 kB) took 51 s, 20,000 unterminated comments 8 s, a run of "<"
// characters 1.6 s (measured, docs/adr/0021). The scan refuses such input in one pass and bounds what a
// well-formed document may contain: nesting depth, attributes per element, number of elements. A DOCTYPE
// (the only way to declare entities) is refused, so there is no entity expansion beyond the five
// predefined entities and character references.

export type XmlGrenzen = {
  /** deepest nesting of elements */
  tiefe: number;
  /** attributes (including namespace declarations) on one element */
  attribute: number;
  /** elements in the whole document */
  elemente: number;
};

/** Generous enough for every XML the project reads (XTA/SOAP, xSozial, metadata); SAML uses tighter ones. */
export const STANDARD_GRENZEN: XmlGrenzen = { tiefe: 128, attribute: 256, elemente: 500_000 };

/** The error text of a refusal, or undefined when the text is within the limits and structurally sound. */
export function pruefeXmlGrenzen(text: string, grenzen: XmlGrenzen = STANDARD_GRENZEN): string | undefined {
  const offen: string[] = [];
  let elemente = 0;
  let i = text.indexOf('<');
  while (i !== -1) {
    const naechstes = text.charCodeAt(i + 1);
    let ende: number;
    if (naechstes === 0x3f /* ? */) {
      ende = text.indexOf('?>', i + 2);
      if (ende === -1) return 'Verarbeitungsanweisung ohne Ende';
      ende += 2;
    } else if (text.startsWith('<!--', i)) {
      ende = text.indexOf('-->', i + 4);
      if (ende === -1) return 'Kommentar ohne Ende';
      ende += 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      ende = text.indexOf(']]>', i + 9);
      if (ende === -1) return 'CDATA-Abschnitt ohne Ende';
      ende += 3;
    } else if (naechstes === 0x21 /* ! */) {
      return 'Dokumenttypdeklarationen sind nicht erlaubt.';
    } else if (naechstes === 0x2f /* / */) {
      const schluss = text.indexOf('>', i + 2);
      if (schluss === -1) return 'Endtag ohne Ende';
      const name = text.slice(i + 2, schluss).trim();
      if (offen.pop() !== name) return `Endtag ${name.slice(0, 40)} passt nicht`;
      ende = schluss + 1;
    } else {
      const tag = startTag(text, i);
      if (typeof tag === 'string') return tag;
      elemente++;
      if (elemente > grenzen.elemente) return `mehr als ${grenzen.elemente} Elemente`;
      if (tag.attribute > grenzen.attribute)
        return `mehr als ${grenzen.attribute} Attribute an einem Element`;
      if (!tag.leer) {
        offen.push(tag.name);
        if (offen.length > grenzen.tiefe) return `tiefer als ${grenzen.tiefe} Ebenen verschachtelt`;
      }
      ende = tag.ende;
    }
    i = text.indexOf('<', ende);
  }
  return offen.length > 0 ? 'Element ohne Endtag' : undefined;
}

const NAME = /[^\s/>]*/y;

type StartTag = { name: string; attribute: number; leer: boolean; ende: number };

/** Reads `<name attr="…" …>` from `start`; quotes may contain ">". Returns an error text when broken. */
function startTag(text: string, start: number): StartTag | string {
  NAME.lastIndex = start + 1;
  const name = NAME.exec(text)?.[0] ?? '';
  let j = start + 1 + name.length;
  if (name === '' || !/^[A-Za-z_\u00c0-\uffff][\w.\-:\u00b7\u00c0-\uffff]*$/.test(name))
    return 'ungültiger Elementname';
  let attribute = 0;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x3e /* > */) return { name, attribute, leer: text.charCodeAt(j - 1) === 0x2f, ende: j + 1 };
    if (c === 0x22 || c === 0x27) {
      const zu = text.indexOf(String.fromCharCode(c), j + 1);
      if (zu === -1) return 'Attributwert ohne Ende';
      j = zu + 1;
      continue;
    }
    if (c === 0x3d /* = */) attribute++;
    if (c === 0x3c /* < */) return 'Starttag ohne Ende';
    j++;
  }
  return 'Starttag ohne Ende';
}
