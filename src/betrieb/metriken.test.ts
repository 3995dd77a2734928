import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/app.ts';
import { anfrageKontext, loggerOptions } from '../log.ts';

const TOKEN = 'metrik-token-0123456789';

describe('/metrics with a bearer token', async () => {
  const logs: string[] = [];
  const logger = pino(loggerOptions('info'), { write: (zeile: string) => logs.push(zeile) });
  const t = await testApp({ env: { METRICS_TOKEN: TOKEN }, logger });
  afterAll(() => t.close());

  it('refuses a scrape without the token or with a wrong one', async () => {
    const ohne = await t.app.inject({ url: '/metrics' });
    expect(ohne.statusCode).toBe(401);
    expect(ohne.headers['www-authenticate']).toContain('Bearer');
    expect(ohne.body).not.toContain('http_anfrage');
    const falsch = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(falsch.statusCode).toBe(401);
    const basic = await t.app.inject({ url: '/metrics', headers: { authorization: `Basic ${TOKEN}` } });
    expect(basic.statusCode).toBe(401);
  });

  it('shows latency by route pattern, the outbox state and the event counters', async () => {
    await t.app.inject({ url: '/health/live' });
    await t.app.inject({ url: '/verwaltung/betrieb/zustellung/00000000-0000-0000-0000-000000000001' });
    const r = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/plain');
    expect(r.body).toMatch(
      /http_anfrage_dauer_sekunden_bucket\{le="[^"]+",methode="GET",route="\/health\/live",status="200"\}/,
    );
    // The pattern, never the URL with its ID.
    expect(r.body).toContain('route="/verwaltung/betrieb/zustellung/:id"');
    expect(r.body).not.toContain('00000000-0000-0000-0000-000000000001');
    for (const name of [
      'zustellungen_offen 0',
      'zustellungen_aelteste_offen_sekunden 0',
      'zustellungen_tot 0',
      '# TYPE zustellungen_total counter',
      '# TYPE antraege_eingereicht_total counter',
      '# TYPE anmeldungen_abgelehnt_total counter',
    ])
      expect(r.body).toContain(name);
  });

  it('counts a refused staff login by its reason', async () => {
    const seite = await t.app.inject({ url: '/verwaltung/anmelden' });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(seite.body)?.[1] ?? '';
    const cookie = seite.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    await t.app.inject({
      method: 'POST',
      url: '/verwaltung/anmelden',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf, login: 'niemand', passwort: 'falsch-falsch' }).toString(),
    });
    const r = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.body).toMatch(/anmeldungen_abgelehnt_total\{weg="passwort",grund="unbekannt"\} [1-9]/);
  });

  it('puts the request ID on error pages and into every log line of the request', async () => {
    logs.length = 0;
    const r = await t.app.inject({ url: '/health/ready', method: 'DELETE' });
    const id = r.headers['x-request-id'];
    expect(typeof id).toBe('string');
    const fehler = await t.app.inject({
      method: 'POST',
      url: '/verwaltung/anmelden',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'login=x',
    });
    expect(fehler.statusCode).toBe(403);
    expect(fehler.body).toContain(`Fehlernummer: <code>${String(fehler.headers['x-request-id'])}</code>`);
    const zeilen = logs.map((z) => JSON.parse(z) as { reqId?: string });
    expect(zeilen.length).toBeGreaterThan(0);
    expect(zeilen.every((z) => typeof z.reqId === 'string')).toBe(true);
    // Fastify's own request logger carries it once, not twice.
    expect(logs.every((z) => z.split('"reqId"').length === 2)).toBe(true);
  });
});

describe('request IDs outside Fastify’s request logger', () => {
  it('are added to lines of the app logger while a request is handled', () => {
    const logs: string[] = [];
    const logger = pino(loggerOptions('info'), { write: (zeile: string) => logs.push(zeile) });
    anfrageKontext.run('anfrage-1', () => {
      logger.info('im Job');
    });
    logger.info('außerhalb');
    expect(logs.map((z) => (JSON.parse(z) as { reqId?: string }).reqId)).toEqual(['anfrage-1', undefined]);
  });
});

describe('/metrics without a token', async () => {
  const ohne = await testApp();
  const mitPort = await testApp({ env: { METRICS_TOKEN: TOKEN, METRICS_PORT: '0' } });
  afterAll(async () => {
    await ohne.close();
    await mitPort.close();
  });

  it('is not served at all, and with a metrics port never on the app port', async () => {
    expect((await ohne.app.inject({ url: '/metrics' })).statusCode).toBe(404);
    const r = await mitPort.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.statusCode).toBe(404);
  });
});
