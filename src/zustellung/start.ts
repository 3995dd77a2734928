import { readFile } from 'node:fs/promises';
import type { Deps } from '../deps.ts';
import { MESSAGE_ID_PRAEFIX } from './routen.ts';
import { zustellKontext } from './verbindungstest.ts';
import { zustellWorker } from './worker.ts';
import { starteXtaTlsServer, type XtaTlsServer } from './xta-server/tls.ts';

/**
 * Starts what delivery needs next to the app (main.ts, after listen): the in-process worker (unless
 * ZUSTELLUNG_WORKER=false, e.g. when `npm run cli -- zustellung-worker` runs separately) and, when
 * configured, the mutual-TLS listener of the built-in mailbox.
 */
export async function starteZustellung(deps: Deps): Promise<{ stop(): Promise<void> }> {
  const z = deps.config.zustellung;
  let tls: XtaTlsServer | undefined;
  if (z.tls !== undefined) {
    tls = await starteXtaTlsServer({
      db: deps.datenbank.db,
      schluessel: deps.secrets.dataKey,
      jetzt: deps.jetzt,
      serverIdentitaet: `${deps.config.baseUrl}/xta`,
      messageIdPraefix: MESSAGE_ID_PRAEFIX,
      maxNachrichtBytes: z.maxNachrichtBytes,
      ...(z.maxAnfrageBytes === undefined ? {} : { maxAnfrageBytes: z.maxAnfrageBytes }),
      port: z.tls.port,
      host: deps.config.host,
      tlsZertifikat: await readFile(z.tls.zertifikatDatei),
      tlsSchluessel: await readFile(z.tls.schluesselDatei),
      clientCa: await readFile(z.tls.clientCaDatei),
      logger: deps.logger,
    });
    deps.logger.info({ url: tls.url }, 'XTA-Postfach mit Clientzertifikat bereit');
  }
  const worker = z.worker
    ? zustellWorker({ ...zustellKontext(deps), intervallMs: z.intervallMs })
    : undefined;
  worker?.start();
  return {
    async stop() {
      await worker?.stop();
      await tls?.close();
    },
  };
}
