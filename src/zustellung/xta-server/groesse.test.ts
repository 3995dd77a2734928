import http from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { freierPort } from '../../../test/xta.ts';
import { AKTION } from '../xta/protokoll.ts';
import { leseFault, leseUmschlag } from '../xta/soap.ts';
import { standardAnfrageLimit } from './routen.ts';

// Bounded memory on /xta (issue 14: one anonymous 50 MB POST raised RSS by 1.5 GB): bodies beyond the limit are
// refused before they are buffered; with the default limit (the largest allowed message, 40 MiB, base64) a
// 60 MB request – declared or streamed without Content-Length – does not raise RSS by several times its size.

let t: TestApp;
let port: number;
const GROESSE = 60 * 1024 * 1024;
const body = Buffer.alloc(GROESSE, 0x41);

beforeAll(async () => {
  port = await freierPort();
  t = await testApp({ env: { BASE_URL: `http://127.0.0.1:${port}` } });
  await t.app.listen({ port, host: '127.0.0.1' });
});
afterAll(() => t.close());

function sende(mitLaenge: boolean): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    let beantwortet = false;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/xta/SendXtaPort',
        method: 'POST',
        headers: {
          'content-type': `application/soap+xml; charset=UTF-8; action="${AKTION.sendMessage}"`,
          ...(mitLaenge ? { 'content-length': String(GROESSE) } : { 'transfer-encoding': 'chunked' }),
        },
      },
      (res) => {
        beantwortet = true;
        const teile: Buffer[] = [];
        res.on('data', (d: Buffer) => teile.push(d));
        res.on('error', () => undefined);
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(teile).toString() });
        });
      },
    );
    // The server closes the connection once it has refused a streamed body; a client still writing may see
    // the reset before it has read the answer.
    req.on('error', (e) => {
      if ('code' in e && (e.code === 'EPIPE' || e.code === 'ECONNRESET')) {
        if (!beantwortet) resolve({ status: 0, text: '' });
      } else reject(e);
    });
    const schreibe = (von: number) => {
      while (von < GROESSE && !beantwortet) {
        const stueck = body.subarray(von, Math.min(GROESSE, von + 1024 * 1024));
        von += stueck.length;
        if (!req.write(stueck)) {
          req.once('drain', () => {
            schreibe(von);
          });
          return;
        }
      }
      if (beantwortet) req.destroy();
      else req.end();
    };
    schreibe(0);
  });
}

async function spitzeWaehrend<T>(f: () => Promise<T>): Promise<{ ergebnis: T; anstieg: number }> {
  globalThis.gc?.();
  const vorher = process.memoryUsage().rss;
  let spitze = vorher;
  const uhr = setInterval(() => {
    spitze = Math.max(spitze, process.memoryUsage().rss);
  }, 5);
  try {
    const ergebnis = await f();
    spitze = Math.max(spitze, process.memoryUsage().rss);
    return { ergebnis, anstieg: spitze - vorher };
  } finally {
    clearInterval(uhr);
  }
}

test('the default request limit is the largest allowed message, base64-encoded, plus room for the headers', () => {
  const limit = standardAnfrageLimit(t.deps.config.zustellung.maxNachrichtBytes);
  expect(limit).toBeGreaterThan((40 * 1024 * 1024 * 4) / 3);
  expect(limit).toBeLessThan(GROESSE);
});

test('four parallel 60 MB requests with Content-Length are refused (413, 9023) before they are read', async () => {
  const { ergebnis, anstieg } = await spitzeWaehrend(() => Promise.all([1, 2, 3, 4].map(() => sende(true))));
  for (const r of ergebnis) {
    expect(r.status).toBe(413);
    expect(leseFault(leseUmschlag(r.text).rumpf)).toMatchObject({ code: '9023' });
  }
  expect(anstieg).toBeLessThan(GROESSE);
}, 60_000);

test('a streamed 60 MB request without Content-Length is cut off at the limit: RSS rises by less than 1.5 times its size', async () => {
  const { ergebnis, anstieg } = await spitzeWaehrend(() => sende(false));
  expect([0, 413]).toContain(ergebnis.status);
  if (ergebnis.status === 413)
    expect(leseFault(leseUmschlag(ergebnis.text).rumpf)).toMatchObject({ code: '9023' });
  expect(anstieg).toBeLessThan(1.5 * GROESSE);
}, 60_000);
