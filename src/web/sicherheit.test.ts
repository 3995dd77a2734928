import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import { afterAll, expect, test } from 'vitest';
import { registerSicherheit } from './sicherheit.ts';

const app = Fastify();
await registerSicherheit(app, { cookieSecret: 'x'.repeat(40), sicher: false, formActionOrigins: [] });
await app.register(formbody);
app.get('/formular', (_req, reply) => ({ token: reply.generateCsrf() }));
app.post('/formular', () => ({ ok: true }));
app.post('/saml/acs', { config: { csrf: false } }, () => ({ ok: true }));
app.setErrorHandler((error: { statusCode?: number; code?: string }, _req, reply) =>
  reply.status(error.statusCode ?? 500).send({ code: error.code }),
);
afterAll(() => app.close());

function cookieHeader(setCookie: string | string[] | undefined): string {
  return [setCookie ?? []]
    .flat()
    .map((c) => c.split(';')[0])
    .join('; ');
}

test('a form post with the token from the same browser is accepted', async () => {
  const get = await app.inject({ url: '/formular' });
  const { token } = get.json<{ token: string }>();
  const res = await app.inject({
    method: 'POST',
    url: '/formular',
    headers: {
      cookie: cookieHeader(get.headers['set-cookie']),
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: `_csrf=${encodeURIComponent(token)}`,
  });
  expect(res.json()).toEqual({ ok: true });
});

test('a post without a token, with a forged one or without the cookie is refused', async () => {
  const get = await app.inject({ url: '/formular' });
  const cookie = cookieHeader(get.headers['set-cookie']);
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  const ohne = await app.inject({
    method: 'POST',
    url: '/formular',
    headers: { ...form, cookie },
    payload: 'a=1',
  });
  expect(ohne.statusCode).toBe(403);
  const gefaelscht = await app.inject({
    method: 'POST',
    url: '/formular',
    headers: { ...form, cookie },
    payload: '_csrf=abc',
  });
  expect(gefaelscht.statusCode).toBe(403);
  const { token } = get.json<{ token: string }>();
  const ohneCookie = await app.inject({
    method: 'POST',
    url: '/formular',
    headers: form,
    payload: `_csrf=${token}`,
  });
  expect(ohneCookie.statusCode).toBe(403);
});

test('routes that a foreign system posts to can opt out explicitly', async () => {
  const res = await app.inject({ method: 'POST', url: '/saml/acs', payload: {} });
  expect(res.statusCode).toBe(200);
});
