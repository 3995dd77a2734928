import { afterAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';

const t = await testApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
afterAll(() => t.close());

test('too many requests get a German 429 page, not a 500', async () => {
  for (let i = 0; i < 3; i++) expect((await t.app.inject({ url: '/impressum' })).statusCode).toBe(200);
  const res = await t.app.inject({ url: '/impressum' });
  expect(res.statusCode).toBe(429);
  expect(res.body).toContain('Zu viele Anfragen');
});
