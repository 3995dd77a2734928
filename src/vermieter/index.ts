// The public API of vermieter/ (the landlord's declaration): what the inbox and the composition use.

export { einladungenZu, widerrufen } from './einladung.ts';
export { briefVon, vermieterEinladen } from './einladen.ts';
export type { VermieterKontext } from './kontext.ts';
export { vermieterKontext, vermieterRouten } from './routen.ts';
export { VermieterKarte } from './seiten/buerger.tsx';
export { vermieterStand } from './stand.ts';
export type { VermieterStand } from './stand.ts';
export { vermieterEinladungBefehl } from './cli.ts';
export { VermieterAbschnitt, vermieterImFall } from './fall.tsx';
export type { VermieterImFall } from './fall.tsx';
