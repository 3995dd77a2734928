// Form controls in KERN markup, following the GOV.UK/KERN error pattern: the hint and the error message are
// linked to the control with aria-describedby, the control is aria-invalid, and the error text starts with
// a visually hidden "Fehler:" so screen readers announce it.

// The controls live in files of their own; this module is the one import for pages.

export { Auswahlgruppe, Auswahlliste, Einzelauswahl, type Option } from './auswahl.tsx';
export { Fehlertext, feldId, type FeldFehler } from './feld-basis.tsx';
export { CsrfFeld, Knopf } from './knopf.tsx';
export { Fehlerzusammenfassung, Hinweisbox } from './meldungen.tsx';
export { Textbereich, Textfeld } from './textfelder.tsx';
