import { PGlite } from '@electric-sql/pglite';
import { fromPglite } from '../src/db/client.ts';
import { testApp } from '../test/app.ts';
import { prepareSchema } from '../test/prepare.ts';

// `npm run test:fuzz`: malformed requests against every route of the app (app.routenTabelle, so a new route
// is covered without a list), through app.inject. Fails on any 5xx. Seeded (FUZZ_SEED), FUZZ_ANZAHL requests
// (default 10,000, well under a minute). Anonymous requests: they reach parsing, CSRF and the
// guards, which is where odd input must be refused with 4xx.

function zufall(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);
const anzahl = Number(process.env.FUZZ_ANZAHL ?? 10_000);
const r = zufall(seed);
const eins = <T>(liste: readonly T[]): T => liste[Math.floor(r() * liste.length)]!;

const PARAMETER = [
  '',
  '0',
  '-1',
  '1e309',
  'MR-2026-ZZZZZZ',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%E2%82',
  'ä',
  'x'.repeat(3000),
  '%25',
  "'--",
  '13004',
  'null',
  '[]',
];
const TYPEN = [
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'multipart/form-data',
  'application/json',
  'text/xml',
  'application/soap+xml; charset=utf-8',
  'application/xop+xml',
  'text/plain',
  'application/octet-stream',
  'image/png',
  ';;;',
  'application/x-www-form-urlencoded; charset=latin1',
];
function koerper(): string | Buffer {
  switch (Math.floor(r() * 9)) {
    case 0:
      return '';
    case 1:
      return '{"a":';
    case 2:
      return 'a=1&a=2&b[c]=3&_csrf=x&%ZZ=%&' + 'k=v&'.repeat(Math.floor(r() * 50));
    case 3:
      return '--xyz\r\nContent-Disposition: form-data; name="datei"; filename="../a.pdf"\r\n\r\n%PDF-1.4 kaputt\r\n--xy';
    case 4:
      return '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>';
    case 5:
      return '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><x' + '<a>'.repeat(500);
    case 6:
      return Buffer.from(Array.from({ length: Math.floor(r() * 2000) }, () => Math.floor(r() * 256)));
    case 7:
      return JSON.stringify({ __proto__: { x: 1 }, constructor: { prototype: 1 }, a: [[[[]]]] });
    default:
      return 'x'.repeat(Math.floor(r() * 100_000));
  }
}

// test/db.ts needs vitest; here the schema is prepared in an in-memory PGlite as the benchmarks do.
const datenbank = fromPglite(await PGlite.create());
await prepareSchema(datenbank.db);
const t = await testApp({ datenbank, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
const routen = t.app.routenTabelle.filter((route) => route.methode !== 'HEAD');
const fehler: string[] = [];
const status = new Map<number, number>();
const beginn = Date.now();
for (let i = 0; i < anzahl; i++) {
  const route = eins(routen);
  const url = route.url.replace(/:[A-Za-z0-9_]+|\*/g, () => eins(PARAMETER));
  const methode = r() < 0.85 ? route.methode : eins(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
  const query = r() < 0.3 ? `?${eins(['ziel=//evil', 'seite=-1', 'a[b]=c', '%ZZ', 'x='.repeat(200)])}` : '';
  const mitKoerper = methode !== 'GET' && methode !== 'DELETE' && methode !== 'OPTIONS';
  const headers: Record<string, string> = {};
  if (mitKoerper || r() < 0.1) headers['content-type'] = eins(TYPEN);
  if (r() < 0.2) headers.cookie = eins(['mr_sitzung=kaputt', 'a=%', '=;=;', `x=${'y'.repeat(5000)}`]);
  if (r() < 0.1) headers.accept = eins(['application/json', 'text/html', '*/*;q=x']);
  try {
    const res = await t.app.inject({
      method: methode as 'GET',
      url: url + query,
      headers,
      ...(mitKoerper ? { payload: koerper() } : {}),
    });
    status.set(res.statusCode, (status.get(res.statusCode) ?? 0) + 1);
    if (res.statusCode >= 500)
      fehler.push(
        `${res.statusCode} ${methode} ${url}${query} (${headers['content-type'] ?? '-'}): ${res.body.slice(0, 200)}`,
      );
  } catch (error) {
    fehler.push(`inject warf ${methode} ${url}: ${String(error)}`);
  }
}
await t.close();
console.log(
  [...status]
    .sort(([a], [b]) => a - b)
    .map(([c, n]) => `${c}: ${n}`)
    .join(', '),
);
console.log(
  `Fuzz: ${anzahl} Anfragen an ${routen.length} Routen in ${Math.round((Date.now() - beginn) / 1000)} s (FUZZ_SEED=${seed})`,
);
if (fehler.length > 0) {
  console.error(`${fehler.length} Antworten mit 5xx:\n${[...new Set(fehler)].slice(0, 30).join('\n')}`);
  process.exit(1);
}
