// The public API of nachnutzung/: what other parts may use. Everything else in the folder is internal.

export type { Entwurfsquelle, QuellEntwurf } from './entwurfsquelle.ts';
export { findNachnutzung, liveBeiJeDienst } from './nachnutzung-repo.ts';
export type { NachnutzungZustand } from './nachnutzung-tables.ts';
