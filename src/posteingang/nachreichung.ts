// The citizen's reply to a request: files uploaded one by one (checked like in the wizard, encrypted at rest),
// then sent together as ONE follow-up xSozial message to the office – with referenzUUID pointing to the
// original message, over the same delivery path (outbox → XTA) – and shown in the inbox.
// One module per step in nachreichung/; this index is what the rest of the part imports.

export * from './nachreichung/absenden.ts';
export * from './nachreichung/dateien.ts';
export * from './nachreichung/jederzeit.ts';
export * from './nachreichung/nachricht.ts';
