import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from '../../log.ts';
import type { ServerKontext } from './dienst.ts';
import { xtaServerRouten } from './routen.ts';

// Production access to the built-in mailbox: a separate HTTPS listener that demands a client certificate
// signed by the configured CA (mutual TLS). The certificate's SHA-256 fingerprint selects the account
// (`npm run cli -- xta-konto …`). See docs/adr/0013-xta-postfach-authentifizierung.md.

export type XtaTlsOptionen = ServerKontext & {
  port: number;
  host: string;
  tlsZertifikat: string | Buffer;
  tlsSchluessel: string | Buffer;
  clientCa: string | Buffer;
  maxAnfrageBytes?: number;
  /** Public URL of this listener's /xta, for the WSDL. */
  basisUrl?: string;
  logger: Logger;
};

export type XtaTlsServer = { app: FastifyInstance; port: number; url: string; close(): Promise<void> };

export async function starteXtaTlsServer(o: XtaTlsOptionen): Promise<XtaTlsServer> {
  const app = Fastify({
    loggerInstance: o.logger,
    https: {
      key: o.tlsSchluessel,
      cert: o.tlsZertifikat,
      ca: o.clientCa,
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
    },
  });
  let url = o.basisUrl ?? '';
  xtaServerRouten(app, {
    ...o,
    get basisUrl() {
      return url;
    },
    authentifizierung: 'zertifikat',
  });
  await app.listen({ port: o.port, host: o.host });
  const adresse = app.server.address();
  const port = typeof adresse === 'object' && adresse !== null ? adresse.port : o.port;
  if (url === '') url = `https://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}/xta`;
  return { app, port, url, close: () => app.close() };
}
