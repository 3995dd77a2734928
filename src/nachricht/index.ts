// xSozial-basis message (pure): builder, profiles, DIN 91379 check, validation against our XSD, reader.

export { baueNachricht } from './bauen.ts';
export type { NachrichtFehler } from './pruefung.ts';
export { pruefeDin91379, ersetzeNichtDin91379 } from './din91379.ts';
export { validiereNachricht } from './validierung.ts';
export { leseNachricht } from './lesen.ts';
export type { GeleseneNachricht } from './lesen.ts';
export { STANDARD_PROFIL, PROFILE, profilFuerVersion } from './profile/index.ts';
export { platzhalterListe } from './profil.ts';
export type * from './modell.ts';
export { baueUndValidiereNachricht } from './senden.ts';
export { baueVerbindungstestNachricht } from './verbindungstest.ts';

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

export * from './inhalt/definition.ts';
export { antragXsd } from './inhalt/xsd.ts';
export { antragJsonSchema, ANTRAG_JSON_SCHEMA_ID } from './inhalt/json-schema.ts';
export { empfaengerDoku } from './inhalt/doku.ts';
export {
  DEUTSCH,
  STAATEN,
  STAATENLOS,
  STAATSANGEHOERIGKEIT_LISTE,
  UNGEKLAERT,
  staatMitCode,
  staatMitIso,
} from './codelisten/staatsangehoerigkeit.ts';
export * from './vermieter-erklaerung/index.ts';
