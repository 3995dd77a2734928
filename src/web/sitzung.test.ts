import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { afterAll, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { cookieName, type SitzungsArt } from './sitzung.ts';

const t = await testApp();
afterAll(() => t.close());

const mitCookie = (art: SitzungsArt, id: string) =>
  ({ cookies: { [cookieName[art]]: id } }) as unknown as FastifyRequest;

test('a session is read back, stored encrypted and only under the hash of its id', async () => {
  const id = await t.app.sitzungen.erzeugen('buerger', {
    identitaet: { pseudonym: 'bpk2-abc', vorname: 'Erika' },
  });
  const sitzung = await t.app.sitzungen.lesen(mitCookie('buerger', id), 'buerger');
  expect(sitzung?.daten).toEqual({ identitaet: { pseudonym: 'bpk2-abc', vorname: 'Erika' } });
  const rows = await t.datenbank.db.selectFrom('web_sitzung').selectAll().execute();
  expect(rows.some((r) => r.id === id)).toBe(false);
  expect(rows.every((r) => !r.daten.toString('latin1').includes('Erika'))).toBe(true);
});

test('a staff session does not open as a citizen session', async () => {
  const id = await t.app.sitzungen.erzeugen('personal', { benutzer: 'x' });
  expect(await t.app.sitzungen.lesen(mitCookie('buerger', id), 'buerger')).toBeNull();
  expect(await t.app.sitzungen.lesen(mitCookie('personal', id), 'personal')).not.toBeNull();
});

test('a session ends after 30 idle minutes, and activity extends it', async () => {
  const id = await t.app.sitzungen.erzeugen('buerger', { a: 1 });
  t.uhr.vor(20 * 60_000);
  expect(await t.app.sitzungen.lesen(mitCookie('buerger', id), 'buerger')).not.toBeNull();
  t.uhr.vor(20 * 60_000);
  expect(await t.app.sitzungen.lesen(mitCookie('buerger', id), 'buerger')).not.toBeNull();
  t.uhr.vor(31 * 60_000);
  expect(await t.app.sitzungen.lesen(mitCookie('buerger', id), 'buerger')).toBeNull();
  expect(await t.app.sitzungen.aufraeumen()).toBeGreaterThan(0);
});

test('requests within a minute do not write the session again; later ones move its end', async () => {
  const id = await t.app.sitzungen.erzeugen('buerger', { a: 1 });
  const ende = async () =>
    (
      await t.datenbank.db
        .selectFrom('web_sitzung')
        .select('laeuft_ab_am')
        .where('id', '=', createHash('sha256').update(id).digest('base64url'))
        .executeTakeFirstOrThrow()
    ).laeuft_ab_am.getTime();
  const vorher = await ende();
  t.uhr.vor(30_000);
  const frueh = await t.app.sitzungen.lesen(mitCookie('buerger', id), 'buerger');
  expect(await ende()).toEqual(vorher);
  // The end shown is the stored one, so a warning never promises more time than the session has.
  expect(frueh?.ablauf.getTime()).toBe(t.uhr.jetzt().getTime() - 30_000 + 30 * 60_000);
  t.uhr.vor(40_000);
  const spaeter = await t.app.sitzungen.lesen(mitCookie('buerger', id), 'buerger');
  expect(spaeter?.ablauf.getTime()).toBe(t.uhr.jetzt().getTime() + 30 * 60_000);
  expect(await ende()).toBe(spaeter?.ablauf.getTime());
});

test('an unknown or malformed cookie is no session', async () => {
  expect(await t.app.sitzungen.lesen(mitCookie('buerger', 'x'.repeat(43)), 'buerger')).toBeNull();
  expect(await t.app.sitzungen.lesen(mitCookie('buerger', 'kurz'), 'buerger')).toBeNull();
});

test('when the absolute maximum age is near, the earlier end is written and shown at once', async () => {
  const id = await t.app.sitzungen.erzeugen('personal', { benutzer: 'x' });
  const schluessel = createHash('sha256').update(id).digest('base64url');
  // Created almost 12 hours ago (the staff maximum): the session ends in 100 seconds, not in 30 minutes.
  await t.datenbank.db
    .updateTable('web_sitzung')
    .set({ erstellt_am: new Date(t.uhr.jetzt().getTime() - 12 * 3_600_000 + 100_000) })
    .where('id', '=', schluessel)
    .execute();
  const sitzung = await t.app.sitzungen.lesen(mitCookie('personal', id), 'personal');
  expect(sitzung?.ablauf.getTime()).toBe(t.uhr.jetzt().getTime() + 100_000);
  const zeile = await t.datenbank.db
    .selectFrom('web_sitzung')
    .select('laeuft_ab_am')
    .where('id', '=', schluessel)
    .executeTakeFirstOrThrow();
  expect(zeile.laeuft_ab_am.getTime()).toBe(t.uhr.jetzt().getTime() + 100_000);
});
