import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// PDF inspection for tests with the real tools: poppler-utils (pdftotext, pdffonts, pdfinfo) and qpdf.
// .ci/run installs both; nothing here is skipped when they are missing, the tests fail instead.

function mitDatei<T>(pdf: Buffer, fn: (pfad: string) => T): T {
  const verzeichnis = mkdtempSync(join(tmpdir(), 'pdf-'));
  const pfad = join(verzeichnis, 'dokument.pdf');
  try {
    writeFileSync(pfad, pdf);
    return fn(pfad);
  } finally {
    rmSync(verzeichnis, { recursive: true, force: true });
  }
}

/** The text as pdftotext extracts it (reading order, UTF-8). */
export function pdfText(pdf: Buffer): string {
  return mitDatei(pdf, (pfad) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', pfad, '-'], { encoding: 'utf8' }),
  );
}

/** The text with all runs of whitespace collapsed to one space, for searching phrases across line breaks. */
export function pdfTextEinzeilig(pdf: Buffer): string {
  return pdfText(pdf).replace(/\s+/g, ' ');
}

/** The text of each page (pdftotext separates pages with a form feed). */
export function pdfSeitenTexte(pdf: Buffer): string[] {
  const teile = pdfText(pdf).split('\f');
  if (teile[teile.length - 1]?.trim() === '') teile.pop();
  return teile;
}

export type PdfSchrift = {
  name: string;
  typ: string;
  eingebettet: boolean;
  teilmenge: boolean;
  unicode: boolean;
};

/** The fonts as pdffonts lists them. */
export function pdfSchriften(pdf: Buffer): PdfSchrift[] {
  const ausgabe = mitDatei(pdf, (pfad) => execFileSync('pdffonts', [pfad], { encoding: 'utf8' }));
  return ausgabe
    .split('\n')
    .slice(2)
    .filter((z) => z.trim() !== '')
    .map((zeile) => {
      // name, type (may contain spaces), encoding, emb, sub, uni, object, id
      const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(zeile);
      if (!m) throw new Error(`pdffonts-Zeile nicht lesbar: ${zeile}`);
      return {
        name: m[1]!,
        typ: m[2]!,
        eingebettet: m[4] === 'yes',
        teilmenge: m[5] === 'yes',
        unicode: m[6] === 'yes',
      };
    });
}

/** pdfinfo's key/value lines. */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const ausgabe = mitDatei(pdf, (pfad) => execFileSync('pdfinfo', [pfad], { encoding: 'utf8' }));
  return Object.fromEntries(
    ausgabe
      .split('\n')
      .map((z) => /^([^:]+):\s*(.*)$/.exec(z))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

/** Whether xmllint (libxml2) finds the XML well-formed; returns its complaint otherwise. */
export function xmlFehler(xml: string): string | null {
  const r = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  if (r.error) throw r.error;
  return r.status === 0 ? null : r.stderr;
}

/** `qpdf --check`: exit code 0 means no structural or stream errors (3 means warnings). */
export function qpdfCheck(pdf: Buffer): { status: number | null; ausgabe: string } {
  return mitDatei(pdf, (pfad) => {
    const r = spawnSync('qpdf', ['--check', pfad], { encoding: 'utf8' });
    if (r.error) throw r.error;
    return { status: r.status, ausgabe: `${r.stdout}${r.stderr}` };
  });
}

type JsonWert = null | boolean | number | string | JsonWert[] | { [k: string]: JsonWert };
export type PdfObjekt = { value?: JsonWert; stream?: { dict: Record<string, JsonWert>; data?: string } };

/** The object graph via `qpdf --json=2` (stream data inline, base64), with a resolver for references. */
export function pdfObjekte(pdf: Buffer): {
  katalog: Record<string, JsonWert>;
  objekt: (ref: JsonWert | undefined) => PdfObjekt;
  dict: (wert: JsonWert | undefined) => Record<string, JsonWert>;
  streamDaten: (ref: JsonWert | undefined) => Buffer;
  alle: Record<string, PdfObjekt>;
} {
  const json = mitDatei(pdf, (pfad) =>
    execFileSync('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', pfad], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
  const alle = (JSON.parse(json) as { qpdf: [unknown, Record<string, PdfObjekt>] }).qpdf[1];
  const objekt = (ref: JsonWert | undefined): PdfObjekt => {
    if (typeof ref !== 'string' || !/^\d+ \d+ R$/.test(ref)) return { value: ref ?? null };
    const o = alle[`obj:${ref}`];
    if (!o) throw new Error(`Objekt ${ref} fehlt`);
    return o;
  };
  const dict = (wert: JsonWert | undefined): Record<string, JsonWert> => {
    const o = objekt(wert);
    const v = o.stream ? o.stream.dict : o.value;
    if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v))
      throw new Error('kein Dictionary');
    return v;
  };
  const streamDaten = (ref: JsonWert | undefined): Buffer =>
    Buffer.from(objekt(ref).stream?.data ?? '', 'base64');
  const trailer = alle.trailer?.value as Record<string, JsonWert>;
  return { katalog: dict(trailer['/Root']), objekt, dict, streamDaten, alle };
}

/**
 * A small PDF that a real parser opens (one empty page), with an optional comment line (a marker a test looks
 * for) and padding (for size limits). Uploads are parsed (antrag/pdf-pruefung.ts), so a bare "%PDF…%%EOF" is
 * refused.
 */
export function gueltigesPdf(kommentar = '', fuellung = 0): Buffer {
  return Buffer.concat([
    Buffer.from(`%PDF-1.4\n%${kommentar}\n`, 'latin1'),
    Buffer.alloc(fuellung, 32),
    Buffer.from(
      '\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
        '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      'latin1',
    ),
  ]);
}

/** A real 1×1 JPEG (baseline, with EOI), for upload tests: images are parsed, not only sniffed. */
export const JPEG_1X1 = Buffer.concat([
  Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////' +
      '////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  ),
  Buffer.from([0xff, 0xd9]),
]);
