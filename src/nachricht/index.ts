// xSozial-basis message (pure): builder, profiles, DIN 91379 check, validation against our XSD, reader.

export {
  baueNachricht,
  dokumentIDs,
  normalisiereIban,
  teileHausnummer,
  ANTRAG_DATEINAME,
  STANDARD_PRODUKT,
} from './bauen.ts';
export type { NachrichtErgebnis } from './bauen.ts';
export { pruefeVorgang, istIbanGueltig } from './pruefung.ts';
export type { NachrichtFehler } from './pruefung.ts';
export { pruefeDin91379, istDin91379, beschreibeZeichen, ersetzeNichtDin91379 } from './din91379.ts';
export { validiereNachricht, profilFuerNachricht } from './validierung.ts';
export type { ValidierungsErgebnis } from './validierung.ts';
export { leseNachricht } from './lesen.ts';
export type { GeleseneNachricht, GelesenesDokument, LeseErgebnis } from './lesen.ts';
export { STANDARD_PROFIL, PROFILE, profilFuerVersion, xsozial220, xsozial240 } from './profile/index.ts';
export { platzhalterListe } from './profil.ts';
export type { CodeWert, Erweiterung, XsozialProfil } from './profil.ts';
export type * from './modell.ts';
export { baueUndValidiereNachricht } from './senden.ts';

export type {
  Anlage,
  Anschrift,
  BeantragteLeistung,
  Beziehung,
  DokumentArt,
  Dritter,
  DvdvBehoerde,
  Geschlecht,
  Kommunikation,
  MimeType,
  Person,
  XsozialVorgang,
} from './modell.ts';
