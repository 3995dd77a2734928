import type { Deps } from './deps.ts';
import { seitenFuer } from './web/seite.ts';

/** Declares a page controller of this app: `export const behoerdeSeite = seite({ methode, pfad, ... })`. */
export const seite = seitenFuer<Deps>();
