// dokumente/: PDF rendering of the application (Antrag.pdf), the receipt (Eingangsbestätigung) and the cover
// letter of a follow-up message (Nachreichung), PDF/A-2a and tagged. Pure: the output depends on nothing but the input.
export { renderAntragPdf, vorwaermen } from './antrag-pdf.ts';
export { renderEingangsbestaetigungPdf } from './eingangsbestaetigung-pdf.ts';
export { renderAnschreibenPdf } from './anschreiben-pdf.ts';
export { renderPapierantragPdf } from './papierantrag-pdf.ts';
export { renderVermieterBriefPdf, renderVermieterErklaerungPdf } from './vermieter-pdf.ts';
