import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/index.ts';
import { enqueueZustellung } from '../zustellung/index.ts';

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

test('delivery health warns when the oldest undelivered job or the dead jobs cross the configured limits', async () => {
  const t = await testApp({ env: { ZUSTELLUNG_WARNUNG_ALTER_MINUTEN: '10', ZUSTELLUNG_WARNUNG_TOTE: '2' } });
  try {
    const einreihen = async () => {
      const uuid = randomUUID();
      return enqueueZustellung(
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
    };
    const gesund = await t.app.inject({ url: '/health' });
    expect(gesund.statusCode).toBe(200);
    expect(gesund.json()).toMatchObject({
      status: 'ok',
      bereit: { datenbank: 'ok' },
      zustellung: { offen: 0 },
    });

    await einreihen();
    t.uhr.vor(10 * 60_000);
    expect((await t.app.inject({ url: '/health/zustellung' })).statusCode).toBe(200);
    t.uhr.vor(61_000);
    const alt = await t.app.inject({ url: '/health/zustellung' });
    expect(alt.statusCode).toBe(503);
    expect(alt.json()).toMatchObject({ status: 'warnung', offen: 1, aeltesteOffenSekunden: 661, tot: 0 });
    // Readiness is the database only: a load balancer must not drop instances because an office is down.
    expect((await t.app.inject({ url: '/health/ready' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/health' })).json()).toMatchObject({ status: 'warnung' });

    await t.datenbank.db.updateTable('zustell_auftrag').set({ status: 'dead' }).execute();
    expect((await t.app.inject({ url: '/health/zustellung' })).json()).toMatchObject({
      status: 'ok',
      tot: 1,
    });
    await t.datenbank.db
      .updateTable('zustell_auftrag')
      .set({ status: 'dead' })
      .where('id', '=', await einreihen())
      .execute();
    const tot = (await t.app.inject({ url: '/health/zustellung' })).json<{
      status: string;
      gruende: string[];
    }>();
    expect(tot).toMatchObject({ status: 'warnung', gruende: ['2 unzustellbare Aufträge'] });
  } finally {
    await t.close();
  }
});
