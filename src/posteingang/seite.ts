import { seitenFuer } from '../web/index.ts';
import type { Kontext } from './faelle.ts';

/** Declares a page controller of the inbox, whose handlers get the inbox's context as `deps`. */
export const seite = seitenFuer<Kontext>();
