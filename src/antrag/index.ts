// The public API of antrag/: what other parts may use. Everything else in the folder is internal.

export { antragRepo } from './antrag-repo.ts';
export { anmeldeZiel } from './buerger-zugang.tsx';
export type { AntragRepo, DateiInfo } from './antrag-repo.ts';
export type { AntragZeile } from './antrag-tables.ts';
export { dateiFehlertext, formatGroesse, pruefeDatei } from './datei-pruefung.ts';
export type { Eingang } from './eingang.ts';
export {
  antraegeAusser,
  antraegeDerBehoerde,
  antraegeMitBezug,
  antraegeVonBesitzer,
  antragMitId,
  antragMitNummer,
} from './eingereicht-abfragen.ts';
export { ANTRAGSTELLER, personName } from './flow.ts';
export { UNTERLAGEN_ARTEN } from './schritte/unterlagen.ts';
export { AntragSeite, Ueberschrift } from './seiten/bausteine.tsx';
export type { Rahmen } from './seiten/bausteine.tsx';
export { AbschnittKarte } from './seiten/pruefen.tsx';
export { dateinameBereinigen, dateinameFuerTyp } from './dateiname.ts';
export { anlagenAus } from './xsozial.ts';
export { folgenachrichtBasis } from './folgenachricht.ts';
export { zusammenfassen } from './zusammenfassung.ts';
export type { Abschnitt } from './zusammenfassung.ts';
export { INHALT } from './inhalt/definition.ts';
export { antragAus as antragAusInhalt } from './inhalt/abbilden.ts';
export { einschaetzungGelesen, type Einschaetzung } from './inhalt/einschaetzung.ts';
export { hinweiseAus } from './eingang.ts';
export { nachreichungInhalt, nachreichungGelesen } from './inhalt/nachreichung.ts';
export type { AntragDaten } from './flow.ts';
// For the landlord's declaration (vermieter/): the wizard's fields, form reading and rendering, so that form
// follows the same input, error and accessibility rules.
export {
  auswahl,
  bestaetigung,
  datum,
  email,
  geld,
  jaNein,
  monat,
  telefon,
  textfeld,
} from './schritte/felder.ts';
export type { RohEingabe } from './schritte/felder.ts';
export { bankverbindungFelder } from './schritte/vermieter.ts';
export { formSchritt, pruefeSchritt } from './schritte/schritt.ts';
export { rohAusFormular } from './formular-lesen.ts';
export { FeldEingabe } from './seiten/bausteine.tsx';
