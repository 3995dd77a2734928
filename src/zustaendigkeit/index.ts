// The public API of zustaendigkeit/: what other parts may use. Everything else in the folder is internal.

export { ermittleZustaendigkeit, verfuegbarkeit } from './ermittlung.ts';
export { AusserhalbMv } from './komponenten.tsx';
export { kontaktVon, kreisAgs } from './regeln.ts';
export type { Verfuegbarkeit, Zustaendigkeit } from './regeln.ts';
