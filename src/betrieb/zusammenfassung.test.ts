import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { planer } from '../hintergrund/index.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/index.ts';
import { enqueueZustellung } from '../zustellung/index.ts';
import { betriebJobs } from './zusammenfassung.ts';

const dataDir = await mkdtemp(path.join(tmpdir(), 'mr-zusammenfassung-'));
const t = await testApp({
  env: { DATA_DIR: dataDir, BETRIEB_EMAILS: 'betrieb@example.org, bereitschaft@example.org' },
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('no operators list, no digest job', async () => {
  const ohne = await testApp();
  expect(betriebJobs(ohne.deps)).toEqual([]);
  await ohne.close();
});

test('the daily digest goes to every operator once a day and lists the dead jobs', async () => {
  const uuid = randomUUID();
  const id = await enqueueZustellung(
    t.datenbank.db,
    {
      behoerdeAgs: '13003',
      dienstId: DIENST_MIETRUECKSTAENDE,
      nachrichtXml: '<n/>',
      nachrichtUUID: uuid,
      bezug: `antrag-${uuid}`,
      erstelltAm: t.uhr.jetzt(),
    },
    t.deps.secrets.dataKey,
  );
  await t.datenbank.db
    .updateTable('zustell_auftrag')
    .set({
      status: 'dead',
      fehler_code: 'xta:9012',
      fehler_grund: 'Das Konto beim XTA-Server gibt es nicht.',
    })
    .where('id', '=', id)
    .execute();
  const p = planer({
    db: t.datenbank.db,
    jetzt: t.uhr.jetzt,
    logger: t.deps.logger,
    taktMs: 1000,
    jobs: betriebJobs(t.deps),
  });
  expect(await p.takt()).toEqual(['betrieb.tageszusammenfassung']);
  t.uhr.vor(23 * 3_600_000);
  expect(await p.takt()).toEqual([]);
  t.uhr.vor(3_600_000);
  expect(await p.takt()).toEqual(['betrieb.tageszusammenfassung']);

  const dateien = await readdir(path.join(dataDir, 'mails'));
  expect(dateien).toHaveLength(4);
  const inhalte = await Promise.all(dateien.map((d) => readFile(path.join(dataDir, 'mails', d), 'utf8')));
  expect(inhalte.filter((i) => i.includes('betrieb@example.org'))).toHaveLength(2);
  expect(inhalte.filter((i) => i.includes('bereitschaft@example.org'))).toHaveLength(2);
  // quoted-printable: soft line breaks out
  const eine = inhalte[0]!.replace(/=\r?\n/g, '');
  expect(eine).toContain(id);
  expect(eine).toContain('xta:9012');
  expect(eine).toContain('WARNUNG');
});
