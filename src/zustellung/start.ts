import { readFile } from 'node:fs/promises';
import type { Deps } from '../deps.ts';
import type { Job } from '../hintergrund/index.ts';
import { MESSAGE_ID_PRAEFIX } from './routen.ts';
import { zustellKontext } from './verbindungstest.ts';
import { zustellWorker } from './worker.ts';
import { starteXtaTlsServer, type XtaTlsServer } from './xta-server/tls.ts';

/**
 * The delivery worker as a background job (src/hintergrund-jobs.ts): it runs in every process that runs
 * jobs unless ZUSTELLUNG_WORKER=false; any number of workers share the outbox (SKIP LOCKED + lease).
 */
export function zustellungJobs(deps: Omit<Deps, 'bundid'>): Job[] {
  const z = deps.config.zustellung;
  if (!z.worker) return [];
  return [
    {
      art: 'dauernd',
      name: 'zustellung.worker',
      start() {
        const worker = zustellWorker({ ...zustellKontext(deps), intervallMs: z.intervallMs });
        worker.start();
        return worker;
      },
    },
  ];
}

/** Starts the mutual-TLS listener of the built-in mailbox when configured (main.ts, after listen). */
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
  return {
    async stop() {
      await tls?.close();
    },
  };
}
