import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.ts';
import { xtaServerRouten } from './xta-server/routen.ts';

export const MESSAGE_ID_PRAEFIX = 'mietrueckstaende';

/**
 * The built-in XTA mailbox on the app's own port (GET /xta?wsdl, POST /xta/…Port).
 */
export function zustellungRouten(app: FastifyInstance, deps: Deps): void {
  const { config } = deps;
  xtaServerRouten(app, {
    db: deps.datenbank.db,
    schluessel: deps.secrets.dataKey,
    jetzt: deps.jetzt,
    serverIdentitaet: `${config.baseUrl}/xta`,
    messageIdPraefix: MESSAGE_ID_PRAEFIX,
    maxNachrichtBytes: config.zustellung.maxNachrichtBytes,
    ...(config.zustellung.maxAnfrageBytes === undefined
      ? {}
      : { maxAnfrageBytes: config.zustellung.maxAnfrageBytes }),
    basisUrl: `${config.baseUrl}/xta`,
    authentifizierung: config.zustellung.loopbackKennung ? 'loopback' : 'aus',
  });
}
