// The part of fontkit 2 (no bundled typings) that dokumente/ uses: parse a TTF once, share it between
// documents (pdfkit accepts a parsed fontkit font in registerFont), read which characters it can draw.
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly characterSet: number[];
    readonly unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): { advanceWidth: number };
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
