// The character set of DIN 91379 "Datentyp C" (all normative characters: Latin letters with diacritics,
// the normative non-letters, tab/LF/CR). XÖV standards type every string as `din91379:datatypeC`; a message
// with other characters (Greek, Cyrillic, emoji, control characters …) is invalid.
//
// One definition serves three uses: the checker below, the pattern in our own XSD
// (the schema `din91379XsdDatei`, handed to libxml2 in memory) and the cross-check against the official schema.

type Bereich = readonly [number, number];

/** Single code points allowed on their own. */
const EINZELZEICHEN: readonly Bereich[] = [
  [0x0009, 0x000a],
  [0x000d, 0x000d],
  [0x0020, 0x007e],
  [0x00a0, 0x00ac],
  [0x00ae, 0x017e],
  [0x0187, 0x0188],
  [0x018f, 0x018f],
  [0x0197, 0x0197],
  [0x01a0, 0x01a1],
  [0x01af, 0x01b0],
  [0x01b7, 0x01b7],
  [0x01cd, 0x01dc],
  [0x01de, 0x01df],
  [0x01e2, 0x01f0],
  [0x01f4, 0x01f5],
  [0x01f8, 0x01ff],
  [0x0212, 0x0213],
  [0x0218, 0x021b],
  [0x021e, 0x021f],
  [0x0227, 0x0233],
  [0x0259, 0x0259],
  [0x0268, 0x0268],
  [0x0292, 0x0292],
  [0x02b9, 0x02ba],
  [0x02be, 0x02bf],
  [0x02c8, 0x02c8],
  [0x02cc, 0x02cc],
  [0x1e02, 0x1e03],
  [0x1e06, 0x1e07],
  [0x1e0a, 0x1e11],
  [0x1e17, 0x1e17],
  [0x1e1c, 0x1e2b],
  [0x1e2f, 0x1e37],
  [0x1e3a, 0x1e3b],
  [0x1e40, 0x1e49],
  [0x1e52, 0x1e5b],
  [0x1e5e, 0x1e63],
  [0x1e6a, 0x1e6f],
  [0x1e80, 0x1e87],
  [0x1e8c, 0x1e97],
  [0x1e9e, 0x1e9e],
  [0x1ea0, 0x1ef9],
  [0x2019, 0x2019],
  [0x2021, 0x2021],
  [0x20ac, 0x20ac],
];

/**
 * Base letter → the combining sequences that may follow it (letters without a precomposed Unicode
 * character). Written as code points; `\u035F` followed by H/h is the double macron below.
 */
const KOMBINATIONEN: Readonly<Record<string, readonly string[]>> = {
  A: ['\u030B'],
  C: ['\u0300', '\u0304', '\u0306', '\u0308', '\u0315', '\u0323', '\u0326', '\u0328\u0306'],
  D: ['\u0302'],
  F: ['\u0300', '\u0304'],
  G: ['\u0300'],
  H: ['\u0304', '\u0326', '\u0331'],
  J: ['\u0301', '\u030C'],
  K: ['\u0300', '\u0302', '\u0304', '\u0307', '\u0315', '\u031B', '\u0326', '\u035FH', '\u035Fh'],
  L: ['\u0302', '\u0325', '\u0325\u0304', '\u0326'],
  M: ['\u0300', '\u0302', '\u0306', '\u0310'],
  N: ['\u0302', '\u0304', '\u0306', '\u0326'],
  P: ['\u0300', '\u0304', '\u0315', '\u0323'],
  R: ['\u0306', '\u0325', '\u0325\u0304'],
  S: ['\u0300', '\u0304', '\u031B\u0304', '\u0331'],
  T: ['\u0300', '\u0304', '\u0308', '\u0315', '\u031B'],
  U: ['\u0307'],
  Z: ['\u0300', '\u0304', '\u0306', '\u0308', '\u0327'],
  a: ['\u030B'],
  c: ['\u0300', '\u0304', '\u0306', '\u0308', '\u0315', '\u0323', '\u0326', '\u0328\u0306'],
  d: ['\u0302'],
  f: ['\u0300', '\u0304'],
  g: ['\u0300'],
  h: ['\u0304', '\u0326'],
  j: ['\u0301'],
  k: ['\u0300', '\u0302', '\u0304', '\u0307', '\u0315', '\u031B', '\u0326', '\u035Fh'],
  l: ['\u0302', '\u0325', '\u0325\u0304', '\u0326'],
  m: ['\u0300', '\u0302', '\u0306', '\u0310'],
  n: ['\u0302', '\u0304', '\u0306', '\u0326'],
  p: ['\u0300', '\u0304', '\u0315', '\u0323'],
  r: ['\u0306', '\u0325', '\u0325\u0304'],
  s: ['\u0300', '\u0304', '\u031B\u0304', '\u0331'],
  t: ['\u0300', '\u0304', '\u0315', '\u031B'],
  u: ['\u0307'],
  z: ['\u0300', '\u0304', '\u0306', '\u0308', '\u0327'],
  '\u00C7': ['\u0306'],
  '\u00DB': ['\u0304'],
  '\u00E7': ['\u0306'],
  '\u00FB': ['\u0304'],
  '\u00FF': ['\u0301'],
  '\u010C': ['\u0315', '\u0323'],
  '\u010D': ['\u0315', '\u0323'],
  '\u0113': ['\u030D'],
  '\u012A': ['\u0301'],
  '\u012B': ['\u0301'],
  '\u014D': ['\u030D'],
  '\u017D': ['\u0326', '\u0327'],
  '\u017E': ['\u0326', '\u0327'],
  '\u1E32': ['\u0304'],
  '\u1E33': ['\u0304'],
  '\u1E62': ['\u0304'],
  '\u1E63': ['\u0304'],
  '\u1E6C': ['\u0304'],
  '\u1E6D': ['\u0304'],
  '\u1EA0': ['\u0308'],
  '\u1EA1': ['\u0308'],
  '\u1ECC': ['\u0308'],
  '\u1ECD': ['\u0308'],
  '\u1EE4': ['\u0304', '\u0308'],
  '\u1EE5': ['\u0304', '\u0308'],
};

function istEinzelzeichen(codepoint: number): boolean {
  return EINZELZEICHEN.some(([von, bis]) => codepoint >= von && codepoint <= bis);
}

/** Splits text into DIN 91379 characters (single code points or base letter + combining marks). */
function zerlege(text: string): { zeichen: string; ok: boolean }[] {
  const codepoints = Array.from(text);
  const teile: { zeichen: string; ok: boolean }[] = [];
  let i = 0;
  while (i < codepoints.length) {
    const basis = codepoints[i] ?? '';
    const folgen = KOMBINATIONEN[basis];
    if (folgen) {
      const rest = codepoints.slice(i + 1, i + 3).join('');
      const laengste = folgen.filter((f) => rest.startsWith(f)).sort((x, y) => y.length - x.length)[0];
      if (laengste) {
        teile.push({ zeichen: basis + laengste, ok: true });
        i += 1 + Array.from(laengste).length;
        continue;
      }
    }
    teile.push({ zeichen: basis, ok: istEinzelzeichen(basis.codePointAt(0) ?? -1) });
    i += 1;
  }
  return teile;
}

/**
 * The characters of `text` outside DIN 91379 Datentyp C, each once, in order of appearance. Empty when the text
 * is valid. The text is checked as given; callers that accept decomposed input normalise to NFC first.
 */
export function pruefeDin91379(text: string): string[] {
  const falsch: string[] = [];
  for (const t of zerlege(text)) if (!t.ok && !falsch.includes(t.zeichen)) falsch.push(t.zeichen);
  return falsch;
}

export function istDin91379(text: string): boolean {
  return zerlege(text).every((t) => t.ok);
}

/** "U+03A9 „Ω“" for error messages (invisible characters shown by code only). */
export function beschreibeZeichen(zeichen: string): string {
  const codes = Array.from(zeichen)
    .map((z) => `U+${(z.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(zeichen) ? `${codes} „${zeichen}“` : codes;
}

/**
 * Replaces every character outside DIN 91379 by `ersatz` (after NFC normalisation), e.g. for file names of
 * uploads, which must not block a submission.
 */
export function ersetzeNichtDin91379(text: string, ersatz = '_'): string {
  return zerlege(text.normalize('NFC'))
    .map((t) => (t.ok ? t.zeichen : ersatz))
    .join('');
}

function xsdZeichen(codepoint: number): string {
  return `&#x${codepoint.toString(16).toUpperCase().padStart(4, '0')};`;
}

function xsdFolge(text: string): string {
  return Array.from(text)
    .map((z) => xsdZeichen(z.codePointAt(0) ?? 0))
    .join('');
}

/** The XSD `pattern` value of Datentyp C generated from the definition above (as written in our XSD). */
export function din91379XsdMuster(): string {
  const einzeln = EINZELZEICHEN.map(([von, bis]) =>
    von === bis ? xsdZeichen(von) : `[${xsdZeichen(von)}-${xsdZeichen(bis)}]`,
  );
  const folgen = Object.entries(KOMBINATIONEN).map(([basis, liste]) => {
    const alternativen = liste.map(xsdFolge);
    return `${xsdFolge(basis)}${alternativen.length === 1 ? (alternativen[0] ?? '') : `(${alternativen.join('|')})`}`;
  });
  return `(${[...einzeln, ...folgen].join('|')})*`;
}

/** Namespace of our own XSD type for the character set (not the KoSIT namespace: this is our definition). */
export const DIN91379_NAMESPACE = 'urn:mietrueckstaende:datentyp:din-91379-c';

/** The character-set schema our subset XSD imports as `din-91379-datentyp-c.xsd` (built in memory). */
export function din91379XsdDatei(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated from src/nachricht/din91379.ts.
     The characters of DIN 91379 "Datentyp C" (all normative characters). -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="${DIN91379_NAMESPACE}"
           elementFormDefault="qualified">
  <xs:simpleType name="TextC">
    <xs:restriction base="xs:string">
      <xs:pattern value="${din91379XsdMuster()}"/>
    </xs:restriction>
  </xs:simpleType>
</xs:schema>
`;
}
