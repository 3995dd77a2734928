import { renderAntragPdf, renderEingangsbestaetigungPdf } from '../dokumente/index.ts';
import type { PdfRenderer } from './eingang.ts';

/** The PDFs of dokumente/: Antrag.pdf is stored on submission, the Eingangsbestätigung rendered on demand. */
export const dokumentePdf: PdfRenderer = {
  antrag: renderAntragPdf,
  eingangsbestaetigung: renderEingangsbestaetigungPdf,
};
