import type { AntragRepo } from '../antrag/index.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import type { Logger } from '../log.ts';
import type { Schluessel } from '../shared/index.ts';

// What every function of vermieter/ works with: the database, the data key, the application repository (to
// decrypt the application), the clock, the configuration (links, mail, validity) and the logger.

export type VermieterKontext = {
  db: Db;
  schluessel: Schluessel;
  repo: AntragRepo;
  jetzt: () => Date;
  config: Pick<Config, 'baseUrl' | 'smtpUrl' | 'mailFrom' | 'dataDir' | 'databaseUrl' | 'vermieter'> & {
    uploadMaxDateiBytes: number;
  };
  logger: Logger;
};
