import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { DIENST_MIETRUECKSTAENDE, steckbriefMietrueckstaende } from '../katalog/dienste.ts';
import { findBehoerde, listBehoerden, listDienste } from '../katalog/katalog-repo.ts';
import { liveBeiJeDienst } from '../nachnutzung/nachnutzung-repo.ts';
import type { Navigation } from './layout.tsx';
import { sendeSeite } from './render.ts';
import { BehoerdenInfo } from './seiten/behoerden-info.tsx';
import { LeichteSprache } from './seiten/leichte-sprache.tsx';
import { Barrierefreiheit, Datenschutz, Impressum, type Betreiber } from './seiten/rechtliches.tsx';
import { Startseite } from './seiten/startseite.tsx';

const behoerdeQuery = z.object({
  behoerde: z
    .string()
    .regex(/^[0-9]{5}$/)
    .optional()
    .catch(undefined),
});

export function oeffentlicheRouten(
  app: FastifyInstance,
  deps: {
    db: Db;
    betreiber: Betreiber;
    datenquellen: () => Promise<string[]>;
    /** The signed-in citizen for the header (public pages need no login but show one). */
    navigation: (request: FastifyRequest, reply: FastifyReply) => Promise<Navigation>;
  },
) {
  const { db } = deps;

  app.get('/', async (request, reply) => {
    const [live, navigation] = await Promise.all([liveBeiJeDienst(db), deps.navigation(request, reply)]);
    return sendeSeite(
      reply,
      <Startseite liveBei={live.get(DIENST_MIETRUECKSTAENDE) ?? []} navigation={navigation} />,
    );
  });

  app.get('/leichte-sprache', async (request, reply) =>
    sendeSeite(reply, <LeichteSprache navigation={await deps.navigation(request, reply)} />),
  );

  app.get('/behoerden', async (request, reply) => {
    const [dienste, live] = await Promise.all([listDienste(db), liveBeiJeDienst(db)]);
    return sendeSeite(
      reply,
      <BehoerdenInfo
        steckbrief={steckbriefMietrueckstaende}
        dienste={dienste.map((d) => ({ ...d, liveBei: live.get(d.id) ?? [] }))}
        navigation={await deps.navigation(request, reply)}
      />,
    );
  });

  app.get('/impressum', async (request, reply) =>
    sendeSeite(
      reply,
      <Impressum
        betreiber={deps.betreiber}
        datenquellen={await deps.datenquellen()}
        navigation={await deps.navigation(request, reply)}
      />,
    ),
  );

  for (const [pfad, Seite] of [
    ['/datenschutz', Datenschutz],
    ['/barrierefreiheit', Barrierefreiheit],
  ] as const) {
    app.get(pfad, async (request, reply) => {
      const { behoerde } = behoerdeQuery.parse(request.query);
      const behoerden = await listBehoerden(db);
      const gewaehlt =
        (behoerde === undefined ? undefined : await findBehoerde(db, behoerde)) ?? behoerden[0];
      if (gewaehlt === undefined) throw new Error('Keine Behörden angelegt');
      return sendeSeite(
        reply,
        <Seite
          behoerden={behoerden}
          gewaehlt={gewaehlt}
          navigation={await deps.navigation(request, reply)}
        />,
      );
    });
  }
}
