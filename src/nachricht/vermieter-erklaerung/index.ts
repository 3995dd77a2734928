// The landlord's declaration in the follow-up message (ADR 0023): its model; nachricht/bauen.ts writes it.

export type * from './modell.ts';
