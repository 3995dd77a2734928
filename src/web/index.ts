// The public API of web/: what other parts may use. Everything else in the folder is internal.

export {
  alsAnfragefehler,
  formularwerte,
  hochgeladeneDatei,
  leseFormular,
  leseMultipart,
} from './formular-lesen.ts';
export type { Datei, Formularwerte } from './formular-lesen.ts';
export { Angaben } from './komponenten/angaben.tsx';
export {
  Auswahlgruppe,
  Auswahlliste,
  CsrfFeld,
  Einzelauswahl,
  Fehlertext,
  Fehlerzusammenfassung,
  Hinweisbox,
  Knopf,
  Textbereich,
  Textfeld,
  feldId,
} from './komponenten/formular.tsx';
export type { FeldFehler, Option } from './komponenten/formular.tsx';
export { Tabelle } from './komponenten/tabelle.tsx';
export { Layout } from './layout.tsx';
export type { Navigation } from './layout.tsx';
export { sendeSeite } from './render.ts';
export { registriereSeiten, seitenFuer } from './seite.ts';
export type { Methode, Seite, SeitenAufruf } from './seite.ts';
export { Fehlerseite, NichtGefunden, ZurStartseite } from './seiten/fehler.tsx';
export { cookieName } from './sitzung.ts';
export { webJobs } from './jobs.ts';
