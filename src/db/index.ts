// The public API of db/: what other parts may use. Everything else in the folder is internal.

export type { Db } from './client.ts';
export type { Database } from './schema.ts';
