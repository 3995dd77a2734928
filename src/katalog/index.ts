// The public API of katalog/: what other parts may use. Everything else in the folder is internal.

export { behoerdenStammdaten } from './behoerden.ts';
export { DIENST_MIETRUECKSTAENDE, steckbriefMietrueckstaende } from './dienste.ts';
export type { Steckbrief } from './dienste.ts';
export {
  behoerdenNachAgs,
  findBehoerde,
  findDienst,
  listBehoerden,
  listDienste,
  sperreBehoerdenkatalog,
} from './katalog-repo.ts';
export type { Behoerde, Dienst } from './katalog-tables.ts';
