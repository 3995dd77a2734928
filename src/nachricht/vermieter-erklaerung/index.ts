// The extension of the follow-up message "Erklärung des Vermieters": model, builder, schema check.

export { baueVermieterErklaerung } from './bauen.ts';
export type * from './modell.ts';
export { validiereVermieterErklaerung } from './validierung.ts';
