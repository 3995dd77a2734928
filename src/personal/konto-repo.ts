// The accounts' public face for the rest of the app, the CLI and the tests: one import for reading, changing
// and checking staff accounts. The work is done in the modules named below, one concern each.

export { kontenListe, kontoPerLogin, type Konto } from './konto.ts';
export type { KontoEingabe } from './konto-pruefung.ts';
export { kontoAendern, kontoAnlegen } from './konto-aendern.ts';
export { kontoAktivSetzen, sperreAufheben } from './konto-status.ts';
export { passwortSetzen } from './passwort-setzen.ts';
export { anmeldungPruefen, sperrdauerMinuten } from './anmeldung-pruefen.ts';
