import { afterAll, expect, test } from 'vitest';
import { testApp } from '../test/app.ts';
import { alsPersonal, einePersonalSitzung } from '../test/personal-sitzung.ts';

// The campaign's 5xx for unusual content types: every POST/PUT/DELETE route of the route table, anonymous
// and signed in as staff with a valid CSRF token (so the bodies reach the handlers), gets each odd body.
// A client mistake is a 4xx with a German page, never a 5xx.

const t = await testApp({ env: { LOG_LEVEL: process.env.I14_LOG ?? 'silent' } });
afterAll(() => t.close());

const koerper: [string, string | Buffer][] = [
  ['application/json', '{"a":'],
  ['application/json', '{"_csrf":1,"a":[1,2]}'],
  ['text/plain', 'hallo'],
  ['multipart/form-data', 'x'],
  [
    'multipart/form-data; boundary=abc',
    '--abc\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--abc--\r\n',
  ],
  ['multipart/form-data; boundary=abc', '--abc\r\nkaputt'],
  ['application/x-www-form-urlencoded; charset=klingon', 'a=b'],
  ['application/x-www-form-urlencoded', '%%%=%&a[b]=c&a=d'],
  ['application/xml', '<a>'],
  ['text/xml; charset=utf-8', '<a/>'],
  ['application/soap+xml', '<a/>'],
  ['application/octet-stream', Buffer.from([0, 1, 2])],
  ['image/png', 'x'],
  ['', 'a=b'],
  ['; ;', 'a=b'],
];

test('no route answers a client mistake with 5xx', async () => {
  const personal = await alsPersonal(
    t,
    einePersonalSitzung({
      rollen: ['land_koordination', 'sachbearbeitung', 'betrieb'],
      behoerden: ['13003'],
    }),
  );
  const wer: [string, Record<string, string>][] = [
    ['anonym', {}],
    ['Personal', await personal.kopfzeilen()],
  ];
  const fehler: string[] = [];
  let geprueft = 0;
  for (const r of t.app.routenTabelle) {
    if (r.methode === 'HEAD' || r.methode === 'GET') continue;
    const url = r.url.replace(/:[^/]+/g, '13003').replace('*', 'x');
    for (const [rolle, kopf] of wer) {
      for (const [typ, payload] of koerper) {
        const res = await t.app.inject({
          method: r.methode as 'POST',
          url,
          headers: { ...kopf, ...(typ === '' ? {} : { 'content-type': typ }) },
          payload,
        });
        geprueft++;
        if (res.statusCode >= 500) fehler.push(`${rolle} ${r.methode} ${r.url} ${typ}: ${res.statusCode}`);
        else if (res.statusCode >= 400 && String(res.headers['content-type']).startsWith('text/html'))
          expect(res.body).toContain('lang="de"');
      }
    }
  }
  expect(geprueft).toBeGreaterThan(500);
  expect(fehler).toEqual([]);
}, 300_000);
