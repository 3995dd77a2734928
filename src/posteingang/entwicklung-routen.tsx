import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { mailVerzeichnis } from '../shared/index.ts';
import { registriereSeiten } from '../web/index.ts';
import { mailAnzeigen } from './seiten/entwicklung/mail.tsx';
import { mailListe } from './seiten/entwicklung/mails.tsx';

// Development only: the mail folder of the embedded mode under /entwicklung/mails (seiten/entwicklung/).

export { kopfzeile, mailText } from './seiten/entwicklung/eml.ts';
export function entwicklungRouten(
  app: FastifyInstance,
  config: Pick<Config, 'production' | 'dataDir'>,
): void {
  const deps = { production: config.production, verzeichnis: mailVerzeichnis(config) };
  registriereSeiten(app, deps, [mailListe, mailAnzeigen]);
}
