// The public API of zustaendigkeit/: what other parts may use. Everything else in the folder is internal.

export { ermittleZustaendigkeit, verfuegbarkeit } from './ermittlung.ts';
export {
  AusserhalbMv,
  GemeindeAuswahl,
  Kontaktangaben,
  KreisAuswahl,
  OnlineVerfuegbar,
  PlzPruefung,
  SchriftlicherWeg,
} from './komponenten.tsx';
export { vorabPruefen } from './vorab.ts';
export type { Vorabpruefung } from './vorab.ts';
export { kontaktVon, kreisAgs } from './regeln.ts';
export type { Verfuegbarkeit, Zustaendigkeit } from './regeln.ts';
