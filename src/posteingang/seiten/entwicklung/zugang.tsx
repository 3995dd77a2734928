import type { RouteShorthandOptions } from 'fastify';
import { requirePersonal } from '../../../personal/index.ts';
import { NichtGefunden, sendeSeite } from '../../../web/index.ts';

// Who may read the development mail folder: the mails hold citizens' addresses and transaction numbers.
// entwicklung-routen.tsx registers the pages only outside production and on a loopback listen address; here
// every request is checked again against the address actually bound, and only an operator gets in.

/** Whether a listen address is reachable only from this machine. */
export function istLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

export const nurBetriebLokal: RouteShorthandOptions = {
  onRequest: async (request, reply) => {
    const adresse = request.server.server.address();
    if (adresse !== null && typeof adresse === 'object' && !istLoopback(adresse.address)) {
      await sendeSeite(reply, <NichtGefunden />, 404);
    }
  },
  preHandler: requirePersonal({ rollen: ['betrieb'] }),
};
