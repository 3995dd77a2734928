import { z } from 'zod';
import { findBehoerde, listBehoerden } from '../katalog/index.ts';
import { sendeSeite } from '../web/index.ts';
import { Barrierefreiheit, Datenschutz, Impressum } from './seiten/rechtliches.tsx';
import { oeffentlicheSeite } from './oeffentliche-deps.ts';

// Legal notice, and the privacy and accessibility statements of the office chosen in the query.

export const impressum = oeffentlicheSeite({
  methode: 'GET',
  pfad: '/impressum',
  behandle: async ({ request, reply, deps }) =>
    sendeSeite(
      reply,
      <Impressum
        angaben={deps.rechtliches.impressum}
        datenquellen={await deps.datenquellen()}
        navigation={await deps.navigation(request, reply)}
      />,
    ),
});

const behoerdeQuery = z.object({
  behoerde: z
    .string()
    .regex(/^[0-9]{5}$/)
    .optional()
    .catch(undefined),
});

function erklaerungDerBehoerde(pfad: string, Seite: typeof Datenschutz | typeof Barrierefreiheit) {
  return oeffentlicheSeite({
    methode: 'GET',
    pfad,
    query: behoerdeQuery,
    behandle: async ({ request, reply, deps, query }) => {
      const behoerden = await listBehoerden(deps.db);
      const gewaehlt =
        (query.behoerde === undefined ? undefined : await findBehoerde(deps.db, query.behoerde)) ??
        behoerden[0];
      if (gewaehlt === undefined) throw new Error('Keine Behörden angelegt');
      return sendeSeite(
        reply,
        <Seite
          barrierefreiheit={deps.rechtliches.barrierefreiheit}
          behoerden={behoerden}
          gewaehlt={gewaehlt}
          navigation={await deps.navigation(request, reply)}
        />,
      );
    },
  });
}

export const datenschutz = erklaerungDerBehoerde('/datenschutz', Datenschutz);
export const barrierefreiheit = erklaerungDerBehoerde('/barrierefreiheit', Barrierefreiheit);
