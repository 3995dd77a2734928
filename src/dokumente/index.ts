// dokumente/: PDF rendering of the application (Antrag.pdf), the receipt (Eingangsbestätigung) and the cover
// letter of a follow-up message (Nachreichung), PDF/A-2a and tagged. Pure: the output depends on nothing but the input.
export { renderAntragPdf, vorwaermen, ANTRAG_TITEL } from './antrag-pdf.ts';
export { renderEingangsbestaetigungPdf, EINGANGSBESTAETIGUNG_TITEL } from './eingangsbestaetigung-pdf.ts';
export { renderAnschreibenPdf, ANSCHREIBEN_TITEL } from './anschreiben-pdf.ts';
export { schonfristSatz } from './format.ts';
export type {
  AnschreibenPdfEingabe,
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
