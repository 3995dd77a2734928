import { z } from 'zod';
import { faelleDerBehoerde, leererFilter } from '../faelle.ts';
import { fallstatus } from '../status.ts';
import { endpunkt } from './endpunkt.ts';
import { nichtAngemeldet } from './gemeinsam.ts';
import { antragslisteSchema } from './schemas.ts';

const query = z.object({
  status: z
    .enum(['offen', 'alle', ...fallstatus], { error: `Erlaubt: offen, alle, ${fallstatus.join(', ')}` })
    .default('eingegangen')
    .meta({
      description:
        '`eingegangen` (neue Anträge, Standard), `offen` (nicht entschieden), `alle` oder ein Status',
    }),
  seit: z
    .string({ error: 'Ein Zeitpunkt nach ISO 8601, z. B. 2026-11-29T10:00:00Z' })
    .refine((s) => !Number.isNaN(new Date(s).getTime()), {
      error: 'Ein Zeitpunkt nach ISO 8601, z. B. 2026-11-29T10:00:00Z',
    })
    .transform((s) => new Date(s))
    .optional()
    .meta({
      description: 'Nur Anträge, die ab diesem Zeitpunkt eingegangen sind (ISO 8601)',
      format: 'date-time',
      examples: ['2026-11-29T10:00:00Z'],
    }),
});

export const antraegeListen = endpunkt({
  methode: 'GET',
  pfad: '/antraege',
  operationId: 'antraegeListen',
  zusammenfassung: 'Anträge des Sozialamts, dringendste zuerst',
  query,
  antworten: {
    200: { beschreibung: 'Liste', json: antragslisteSchema },
    400: { beschreibung: 'Ungültiger Filter, mit Meldung je Parameter', problem: true },
    401: nichtAngemeldet,
  },
  behandle: async ({ reply, k, zugriff, query: { status, seit } }) => {
    const liste = await faelleDerBehoerde(k, zugriff.ags, { ...leererFilter, status });
    return reply.header('cache-control', 'no-store').send({
      antraege: liste
        .filter((e) => seit === undefined || e.eingereichtAm >= seit)
        .map((e) => ({
          vorgangsnummer: e.vorgangsnummer,
          eingereichtAm: e.eingereichtAm.toISOString(),
          status: e.status,
          antragsteller: e.name,
          schonfrist: e.schonfrist,
          dringend: e.eil.dringend,
          offeneNachforderungen: e.offeneNachforderungen.length,
          url: k.url(`/antraege/${e.vorgangsnummer}`),
        })),
    } satisfies z.infer<typeof antragslisteSchema>);
  },
});
