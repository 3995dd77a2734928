import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

// Fira Sans (SIL Open Font License 1.1), the typeface of KERN UX, as static TTF files from the pinned npm package
// @expo-google-fonts/fira-sans. TTF, not WOFF2: fontkit crashes on WOFF2 with umlauts (SPIKES.md). Loaded from
// node_modules so `npm ci && npm start` works on a machine without system fonts. Parsed once per process and
// shared by all documents: parsing the OpenType tables costs ~30 ms a document otherwise.
const require = createRequire(import.meta.url);

function ladeSchrift(pfad: string): Font {
  return create(readFileSync(require.resolve(`@expo-google-fonts/fira-sans/${pfad}`)));
}

export const schriften = {
  regular: ladeSchrift('400Regular/FiraSans_400Regular.ttf'),
  fett: ladeSchrift('700Bold/FiraSans_700Bold.ttf'),
} as const;

export type Schnitt = keyof typeof schriften;

/**
 * fontkit caches glyph objects per font, each with the code points of its first use, and pdfkit writes those into
 * the ToUnicode map: a ligature glyph first met as U+FB01 would be extracted as "ﬁ" instead of "fi" ever after.
 * A shared font would let one document's text change another's; so each document starts clean.
 */
export function frischeGlyphen(): void {
  for (const schrift of Object.values(schriften)) {
    const intern = schrift as unknown as { _glyphs?: unknown };
    if (typeof intern._glyphs !== 'object' || intern._glyphs === null)
      throw new Error('fontkit: Glyphen-Cache nicht gefunden (Version geändert?)');
    intern._glyphs = {};
  }
}

/** Shown for a character the font cannot draw (emoji, other scripts): visible, never a crash or a blank. */
export const ERSATZZEICHEN = '?';

// The characters both cuts can draw.
const zeichenvorrat: ReadonlySet<number> = new Set(
  schriften.regular.characterSet.filter((cp) => schriften.fett.hasGlyphForCodePoint(cp)),
);

function darstellbar(codepoint: number): boolean {
  return zeichenvorrat.has(codepoint);
}

// Controls, bidi overrides, zero-width joiners, variation selectors, soft hyphen, BOM: never drawn.
const UNSICHTBAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]|\uDB40[\uDD00-\uDDEF]/g;

/**
 * Makes any text drawable with the embedded font: NFC, line ends unified, tabs to spaces, invisible characters
 * removed, characters outside the font replaced by their base letter (NFKD without marks, e.g. "ﬁ" → "fi")
 * or by ERSATZZEICHEN. With `einzeilig`, line breaks become spaces.
 */
export function bereinige(text: string, einzeilig = false): string {
  let s = text.normalize('NFC').replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  s = s.replace(/\t/g, ' ').replace(UNSICHTBAR, '');
  // Typographic ligatures as letters: the font forms them itself, and text extraction then yields the letters.
  s = s.replace(/[\uFB00-\uFB06]/g, (z) => z.normalize('NFKC'));
  if (einzeilig) s = s.replace(/\n+/g, ' ');
  let ergebnis = '';
  for (const zeichen of s) {
    const cp = zeichen.codePointAt(0) ?? 0;
    if (zeichen === '\n' || darstellbar(cp)) {
      ergebnis += zeichen;
      continue;
    }
    const zerlegt = Array.from(zeichen.normalize('NFKD'))
      .filter((z) => !/\p{M}/u.test(z))
      .join('');
    const ersatz = zerlegt !== '' && Array.from(zerlegt).every((z) => darstellbar(z.codePointAt(0) ?? 0));
    ergebnis += ersatz ? zerlegt : ERSATZZEICHEN;
  }
  return ergebnis;
}

/** For the document title: PDF info and XMP must agree, and pdfkit does not escape XML in the XMP. */
export function bereinigeTitel(text: string): string {
  return bereinige(text, true)
    .replace(/&/g, ' und ')
    .replace(/[<>"']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
