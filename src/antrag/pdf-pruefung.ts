import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';

// A PDF is opened with a real parser (pdf-lib) before it is stored: it must parse and have pages, and it must
// not be encrypted (the office could not open it), carry JavaScript or launch actions, contain HTML (a
// PDF/HTML polyglot that a browser might render), or inflate to more than a bounded size (a zip bomb in a PDF
// frame). The streams are inflated with a cap before pdf-lib sees them, because pdf-lib would inflate object
// streams in full while loading.

export type PdfBefund = 'ok' | 'beschaedigt' | 'verschluesselt' | 'aktive-inhalte' | 'zu-gross-entpackt';

/** Decompressed bytes all streams of one PDF may have together. */
const ENTPACKT_HOECHSTENS = 100 * 1024 * 1024;
const AKTIVE_SCHLUESSEL = ['JS', 'JavaScript', 'AA', 'Launch', 'EmbeddedFile', 'RichMedia', 'XFA'];
const AKTIVE_AKTIONEN = new Set(['JavaScript', 'Launch', 'ImportData', 'SubmitForm', 'RichMediaExecute']);
const HTML = /<\s*(?:!doctype|html|head|body|script|iframe|object|embed|svg|meta)\b/i;

export async function pruefePdf(inhalt: Buffer): Promise<PdfBefund> {
  const text = inhalt.toString('latin1');
  if (HTML.test(text)) return 'aktive-inhalte';
  if (!entpacktBegrenzt(inhalt, text)) return 'zu-gross-entpackt';
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(inhalt, { throwOnInvalidObject: true, updateMetadata: false });
  } catch (error) {
    return (error as Error).constructor.name === 'EncryptedPDFError' || /encrypt/i.test(String(error))
      ? 'verschluesselt'
      : 'beschaedigt';
  }
  if (doc.isEncrypted) return 'verschluesselt';
  try {
    if (doc.getPageCount() === 0) return 'beschaedigt';
  } catch {
    return 'beschaedigt';
  }
  for (const [, objekt] of doc.context.enumerateIndirectObjects()) {
    const dict = objekt instanceof PDFRawStream ? objekt.dict : objekt;
    if (dict instanceof PDFDict && aktiv(dict)) return 'aktive-inhalte';
  }
  return aktiv(doc.catalog) ? 'aktive-inhalte' : 'ok';
}

function aktiv(dict: PDFDict): boolean {
  for (const schluessel of AKTIVE_SCHLUESSEL) if (dict.has(PDFName.of(schluessel))) return true;
  const aktion = dict.get(PDFName.of('S'));
  return aktion instanceof PDFName && AKTIVE_AKTIONEN.has(aktion.decodeText());
}

/** Inflates every FlateDecode stream with an output cap; false when together they exceed the bound. */
function entpacktBegrenzt(inhalt: Buffer, text: string): boolean {
  let summe = 0;
  const start = /stream\r?\n/g;
  let treffer: RegExpExecArray | null;
  while ((treffer = start.exec(text)) !== null) {
    const anfang = treffer.index + treffer[0].length;
    const ende = text.indexOf('endstream', anfang);
    if (ende === -1) break;
    const kopf = text.slice(Math.max(0, treffer.index - 400), treffer.index);
    start.lastIndex = ende;
    if (!kopf.slice(Math.max(0, kopf.lastIndexOf(' obj'))).includes('Flate')) continue;
    try {
      summe += inflateSync(inhalt.subarray(anfang, ende), {
        maxOutputLength: Math.max(1, ENTPACKT_HOECHSTENS - summe),
      }).length;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return false;
      // A stream that does not inflate is pdf-lib's to judge (it may be broken or use a trailing newline).
    }
    if (summe >= ENTPACKT_HOECHSTENS) return false;
  }
  return true;
}
