// The accounts' public face for the rest of the app, the CLI and the tests: one import for reading, changing
// and checking staff accounts. The work is done in the modules named below, one concern each.

export {
  kontenListe,
  kontoLaden,
  kontoPerEmail,
  kontoPerLogin,
  normalisiereLogin,
  type Aenderungskontext,
  type Konto,
} from './konto.ts';
export type { KontoEingabe } from './konto-pruefung.ts';
export { kontoAendern, kontoAnlegen, type KontoAenderung } from './konto-aendern.ts';
export { kontoAktivSetzen, sperreAufheben } from './konto-status.ts';
export { passwortSetzen } from './passwort-setzen.ts';
export {
  aktuellesPasswortPruefen,
  anmeldungPruefen,
  fehlversuchBuchen,
  sperrdauerMinuten,
  SPERRE_HOECHSTENS_MINUTEN,
  SPERRE_MINUTEN,
  SPERRE_NACH_FEHLVERSUCHEN,
  type AnmeldeErgebnis,
  type AnmeldeGrund,
} from './anmeldung-pruefen.ts';
