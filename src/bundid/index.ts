// The public API of bundid/: what other parts may use. Everything else in the folder is internal.

export { anzeigename, vertrauensniveaus } from './identitaet.ts';
export type { BuergerIdentitaet, BuergerSitzung } from './identitaet.ts';
export {
  anmeldeverfahren,
  datenverschluesselungsAlgorithmen,
  schluesseltransportAlgorithmen,
} from './konfiguration.ts';
export type { BundidKonfiguration } from './konfiguration.ts';
export { ABMELDEN_PFAD, STANDARDZIEL, lokalesZiel } from './sitzung.ts';
