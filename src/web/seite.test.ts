import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registriereSeiten, seitenFuer } from './seite.ts';

const seite = seitenFuer<{ gruss: string }>();

const gruss = seite({
  methode: 'GET',
  pfad: '/gruss/:ags',
  params: z.object({ ags: z.string().regex(/^\d{5}$/) }),
  query: z.object({ form: z.enum(['kurz', 'lang']).optional().catch(undefined) }),
  behandle: async ({ reply, deps, params, query }) =>
    reply.send(`${deps.gruss} ${params.ags} ${query.form ?? '-'}`),
});

describe('definiereSeite', () => {
  it('checks path and query with the schemas before the handler runs', async () => {
    const app = Fastify();
    registriereSeiten(app, { gruss: 'Moin' }, [gruss]);
    expect((await app.inject('/gruss/13003?form=lang')).body).toBe('Moin 13003 lang');
    // A wrong filter value is ignored through .catch(), a wrong path parameter is an unknown page.
    expect((await app.inject('/gruss/13003?form=x')).body).toBe('Moin 13003 -');
    expect((await app.inject('/gruss/abc')).statusCode).toBe(404);
    await app.close();
  });
});
