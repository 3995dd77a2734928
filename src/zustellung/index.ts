// The public API of zustellung/: what other parts may use. Everything else in the folder is internal.

export {
  auftraegeMitBezug,
  auftragMitNachricht,
  letzteZustellung,
  neuesterAuftragMitBezug,
  zugestellteBezuegeSeit,
  zustellstaendeDerBehoerde,
} from './auftraege-lesen.ts';
export { zustellKennzahlen } from './kennzahlen.ts';
export type { ZustellKennzahlen } from './kennzahlen.ts';
export {
  enqueueZustellung,
  entschluesselteNachricht,
  leseZustellauftrag,
  listeZustellauftraege,
  statusTexte,
  wiederholeZustellung,
  zaehleZustellauftraege,
  zustellHistorie,
  zustellstatus,
} from './outbox.ts';
export type { AuftragUebersicht, Versuch } from './outbox.ts';
export {
  PLATZHALTER,
  leseVerbindung,
  listeVerbindungen,
  speichereVerbindung,
  standardVerbindung,
} from './verbindung.ts';
export type { Verbindung, VerbindungEingabe } from './verbindung.ts';
export { verbindungstest } from './verbindungstest.ts';
export type { VerbindungstestDeps } from './verbindungstest.ts';
export { neueZustellauftraege } from './wecker.ts';
export { zustellStatus } from './zustellung-tables.ts';
export type { ZustellAuftragZeile, ZustellStatusWert } from './zustellung-tables.ts';
