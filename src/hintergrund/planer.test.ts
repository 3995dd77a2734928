import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Datenbank } from '../db/client.ts';
import { createLogger } from '../log.ts';
import { testDatenbank } from '../../test/db.ts';
import { testUhr } from '../../test/app.ts';
import type { Job } from './job.ts';
import { beanspruche } from './lauf-repo.ts';
import { planer } from './planer.ts';

let datenbank: Datenbank;
beforeAll(async () => {
  datenbank = await testDatenbank();
});
afterAll(async () => {
  await datenbank.close();
});

const logger = createLogger('silent');

function zaehlender(name: string, intervallMs: number, laeufe: string[], prozess: string): Job {
  return {
    art: 'periodisch',
    name,
    intervallMs,
    lauf: () => {
      laeufe.push(prozess);
      return Promise.resolve();
    },
  };
}

describe('planer', () => {
  it('runs a due job once per period, whichever of several processes looks first', async () => {
    const uhr = testUhr();
    const laeufe: string[] = [];
    const planerFuer = (p: string) =>
      planer({
        db: datenbank.db,
        jetzt: uhr.jetzt,
        logger,
        taktMs: 1000,
        prozess: p,
        jobs: [zaehlender('test.einmal', 60_000, laeufe, p)],
      });
    const a = planerFuer('a');
    const b = planerFuer('b');
    const c = planerFuer('c');
    await Promise.all([a.takt(), b.takt(), c.takt()]);
    expect(laeufe).toHaveLength(1);

    uhr.vor(59_000);
    await Promise.all([a.takt(), b.takt(), c.takt()]);
    expect(laeufe).toHaveLength(1);

    uhr.vor(1_000);
    await Promise.all([c.takt(), b.takt(), a.takt()]);
    expect(laeufe).toHaveLength(2);

    const protokoll = await datenbank.db
      .selectFrom('hintergrund_protokoll')
      .selectAll()
      .where('name', '=', 'test.einmal')
      .execute();
    expect(protokoll.map((p) => p.ok)).toEqual([true, true]);
    expect(new Set(protokoll.map((p) => p.periode.getTime())).size).toBe(2);
  });

  it('takes over a job whose holder died once its lease has run out', async () => {
    const uhr = testUhr();
    const laeufe: string[] = [];
    const job = { ...zaehlender('test.absturz', 3_600_000, laeufe, 'neu'), sperrdauerMs: 60_000 };
    const p = planer({ db: datenbank.db, jetzt: uhr.jetzt, logger, taktMs: 1000, jobs: [job] });
    await p.takt();
    expect(laeufe).toHaveLength(1);
    // Next period: a process claims it and is killed before it finishes (no release, no heartbeat).
    uhr.vor(3_600_000);
    const tot = await beanspruche(datenbank.db, {
      name: 'test.absturz',
      jetzt: uhr.jetzt(),
      sperrdauerMs: 60_000,
      prozess: 'tot',
    });
    expect(tot).toBeDefined();
    await p.takt();
    expect(laeufe).toHaveLength(1);
    uhr.vor(60_001);
    await p.takt();
    expect(laeufe).toHaveLength(2);
  });

  it('records a failed run and still plans the next one', async () => {
    const uhr = testUhr();
    const p = planer({
      db: datenbank.db,
      jetzt: uhr.jetzt,
      logger,
      taktMs: 1000,
      jobs: [
        {
          art: 'periodisch',
          name: 'test.fehler',
          intervallMs: 1000,
          lauf: () => Promise.reject(new Error('kaputt')),
        },
      ],
    });
    expect(await p.takt()).toEqual(['test.fehler']);
    const zeile = await datenbank.db
      .selectFrom('hintergrund_lauf')
      .selectAll()
      .where('name', '=', 'test.fehler')
      .executeTakeFirstOrThrow();
    expect(zeile.letzter_fehler).toBe('kaputt');
    expect(zeile.sperre).toBeNull();
    uhr.vor(1000);
    expect(await p.takt()).toEqual(['test.fehler']);
  });

  it('refuses two jobs with the same name and skips switched-off jobs', async () => {
    const laeufe: string[] = [];
    const j = zaehlender('test.doppelt', 1000, laeufe, 'x');
    expect(() =>
      planer({ db: datenbank.db, jetzt: () => new Date(), logger, taktMs: 1000, jobs: [j, j] }),
    ).toThrow(/doppelt/);
    const aus = planer({
      db: datenbank.db,
      jetzt: () => new Date(),
      logger,
      taktMs: 1000,
      jobs: [zaehlender('test.aus', 0, laeufe, 'x')],
    });
    expect(await aus.takt()).toEqual([]);
    expect(laeufe).toEqual([]);
  });
});
