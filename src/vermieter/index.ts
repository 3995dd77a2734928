// The public API of vermieter/ (the landlord's declaration): what the inbox and the composition use.

export { VERMIETER_BEZUG, erklaerungVon } from './absenden.ts';
export { einladungenZu, stand as einladungsstand, widerrufen, VERMIETER_PFAD } from './einladung.ts';
export type { Akteur } from './einladung.ts';
export { briefVon, vermieterEinladen } from './einladen.ts';
export type { Einladungsergebnis } from './einladen.ts';
export type { VermieterKontext } from './kontext.ts';
export { vermieterKontext, vermieterRouten } from './routen.ts';
export { VermieterKarte } from './seiten/buerger.tsx';
export { vermieterFrist, vermieterStand } from './stand.ts';
export type { VermieterStand } from './stand.ts';
export type { EinladungZeile } from './vermieter-tables.ts';
export { vermieterEinladungBefehl } from './cli.ts';
export { VermieterAbschnitt, vermieterImFall } from './fall.tsx';
export type { VermieterImFall } from './fall.tsx';
