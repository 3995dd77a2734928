// dokumente/: PDF rendering of the application (Antrag.pdf) and the receipt (Eingangsbestätigung), PDF/A-2a and
// tagged. Pure: the output depends on nothing but the input.
export { renderAntragPdf, vorwaermen, ANTRAG_TITEL } from './antrag-pdf.ts';
export { renderEingangsbestaetigungPdf, EINGANGSBESTAETIGUNG_TITEL } from './eingangsbestaetigung-pdf.ts';
export { schonfristSatz } from './format.ts';
export type {
  AntragPdfEingabe,
  EingangsbestaetigungPdfEingabe,
  PdfAbschnitt,
  PdfAnlage,
  PdfBehoerde,
  PdfFehlenderNachweis,
  PdfFeld,
  PdfGruppe,
  PdfSchonfrist,
  PdfZusammenfassung,
} from './typen.ts';
