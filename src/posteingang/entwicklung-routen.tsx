import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { mailVerzeichnis } from '../shared/index.ts';
import { registriereSeiten } from '../web/index.ts';
import { mailAnzeigen } from './seiten/entwicklung/mail.tsx';
import { mailListe } from './seiten/entwicklung/mails.tsx';
import { istLoopback } from './seiten/entwicklung/zugang.tsx';

// Development only: the mail folder of the embedded mode under /entwicklung/mails (seiten/entwicklung/): only
// outside production, only while the server listens on a loopback address, only for an operator.

export { kopfzeile, mailText } from './seiten/entwicklung/eml.ts';
export function entwicklungRouten(
  app: FastifyInstance,
  config: Pick<Config, 'production' | 'dataDir' | 'host'>,
): void {
  // Not registered at all otherwise: the paths answer 404 like any unknown page.
  if (config.production || !istLoopback(config.host)) return;
  const deps = { production: config.production, verzeichnis: mailVerzeichnis(config) };
  registriereSeiten(app, deps, [mailListe, mailAnzeigen]);
}
