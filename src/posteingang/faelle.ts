// Cases of the inbox: taking applications in, access per office, the list in order of urgency with filters and
// search, status changes with history, requests for documents, and the audit trail. Every function that
// returns or changes a case gets a Zugriff and checks it; a case of another office is "not found".
// One module per job in faelle/; this index is what the rest of the part imports.

export * from './faelle/aufnahme.ts';
export * from './faelle/fall.ts';
export * from './faelle/liste.ts';
export * from './faelle/nachforderung.ts';
export * from './faelle/protokoll.ts';
export * from './faelle/status-aendern.ts';
export * from './faelle/zugriff.ts';
