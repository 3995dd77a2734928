import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { listDienste } from '../../katalog/index.ts';
import { darfNachnutzungSehen } from '../../personal/index.ts';
import { seite } from '../../seite.ts';
import { sendeSeite } from '../../web/index.ts';
import { UebersichtSeite, type UebersichtsFilter } from '../ansichten/uebersicht.tsx';
import { heute } from '../dienst/grundlagen.ts';
import { protokolliere } from '../dienst/protokoll.ts';
import { nachnutzungZustaende } from '../nachnutzung-tables.ts';
import { alsCsv, uebersicht } from '../uebersicht.ts';
import { akteurVon, BASIS, hatIrgendeinenZugriff, kontextVon, verweigern } from '../seitenhilfen/zugriff.tsx';

// The overview of every pair the user may see, as a page and as CSV, with the same filters.

const filterQuery = z.object({
  dienst: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  zustand: z.enum(nachnutzungZustaende).optional().catch(undefined),
});

async function gefilterteUebersicht(deps: Deps, request: FastifyRequest, query: UebersichtsFilter) {
  const filter = { dienst: query.dienst, zustand: query.zustand };
  const alle = await uebersicht(deps.datenbank.db, (ags) => darfNachnutzungSehen(request.personal, ags));
  const zeilen = alle.filter(
    (z) =>
      (filter.dienst === undefined || z.dienstId === filter.dienst) &&
      (filter.zustand === undefined || z.zustand === filter.zustand),
  );
  return { filter, zeilen };
}

export const uebersichtSeite = seite({
  methode: 'GET',
  pfad: BASIS,
  query: filterQuery,
  behandle: async ({ request, reply, deps, query }) => {
    if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
    const { filter, zeilen } = await gefilterteUebersicht(deps, request, query);
    const dienste = (await listDienste(deps.datenbank.db)).filter((d) => d.im_rollout_mv);
    return sendeSeite(
      reply,
      <UebersichtSeite
        kontext={kontextVon(request, reply)}
        zeilen={zeilen}
        dienste={dienste}
        filter={filter}
      />,
    );
  },
});

export const uebersichtCsvSeite = seite({
  methode: 'GET',
  pfad: `${BASIS}/export.csv`,
  query: filterQuery,
  behandle: async ({ request, reply, deps, query }) => {
    if (!hatIrgendeinenZugriff(request.personal)) return verweigern(request, reply);
    const { filter, zeilen } = await gefilterteUebersicht(deps, request, query);
    await protokolliere(deps.datenbank.db, deps.jetzt(), {
      aktion: 'export_csv',
      akteur: akteurVon(request.personal),
      daten: { zeilen: zeilen.length, filter },
    });
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="nachnutzung-${heute(deps)}.csv"`)
      .header('cache-control', 'no-store')
      .send(alsCsv(zeilen));
  },
});
