import { expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';

test('readiness fails with 503 when the database is gone', async () => {
  const t = await testApp();
  expect((await t.app.inject({ url: '/health/ready' })).statusCode).toBe(200);
  await t.datenbank.close();
  const res = await t.app.inject({ url: '/health/ready' });
  expect(res.statusCode).toBe(503);
  expect(res.json()).toEqual({ status: 'fehler', datenbank: 'nicht erreichbar' });
  expect((await t.app.inject({ url: '/health/live' })).statusCode).toBe(200);
  await t.app.close();
});
