import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { REPO } from '../../../test/pfade.ts';
import { freierPort } from '../../../test/xta.ts';
import { speichereKonto } from './postfach-repo.ts';

// The proof that the mailbox speaks XTA and not just agrees with itself: python-zeep (Debian python3-zeep,
// installed by .ci/run) generates a client from GET /xta?wsdl – the official KoSIT WSDL – and sends, lists,
// fetches, reads the payload byte-identically and closes (test/zeep/xta_client.py).

const ausfuehren = promisify(execFile);
let t: TestApp;
let basis: string;
let dir: string;

beforeAll(async () => {
  const port = await freierPort();
  t = await testApp({ env: { BASE_URL: `http://127.0.0.1:${port}` } });
  await t.app.listen({ port, host: '127.0.0.1' });
  basis = `http://127.0.0.1:${port}/xta`;
  for (const k of ['efa:zeep', 'xsb:zeep-amt']) await speichereKonto(t.datenbank.db, { kennung: k, name: k });
  dir = await mkdtemp(path.join(tmpdir(), 'xta-zeep-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await t.close();
});

async function zeep(payload: Buffer) {
  const ein = path.join(dir, 'ein.bin');
  const aus = path.join(dir, 'aus.bin');
  await writeFile(ein, payload);
  const r = await ausfuehren(
    '/usr/bin/python3',
    [path.join(REPO, 'test', 'zeep', 'xta_client.py'), `${basis}?wsdl`, 'efa:zeep', 'xsb:zeep-amt', ein, aus],
    { maxBuffer: 16 * 1024 * 1024 },
  ).catch((e: unknown) => {
    throw new Error(`zeep: ${String((e as { stderr?: string }).stderr ?? e)}`);
  });
  return {
    ergebnis: JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>,
    aus: await readFile(aus),
  };
}

test('a zeep client generated from GET /xta?wsdl sends, lists, fetches byte-identically with and without MTOM and closes', async () => {
  // Umlauts, a BOM-less UTF-8 XML and arbitrary bytes: the payload is base64 in the envelope either way.
  const payload = Buffer.concat([Buffer.from('<nachricht>Müller – Straße</nachricht>\n'), randomBytes(4096)]);
  const { ergebnis, aus } = await zeep(payload);
  expect(ergebnis).toMatchObject({ gelistet: true, gleich: true, gleichMtom: true, nachSchliessen: '9070' });
  // Fetched once inline and once as MTOM (XOP attachment), both byte-identical.
  expect(ergebnis.typ).toMatch(/^application\/soap\+xml/);
  expect(ergebnis.typMtom).toMatch(/^multipart\/related;.*type="application\/xop\+xml"/);
  expect(ergebnis.messageId).toMatch(/^urn:de:xta:messageid:mietrueckstaende:/);
  expect(aus.equals(payload)).toBe(true);
}, 120_000);
