import { afterAll, describe, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { einKonto, TEST_PASSWORT } from '../../test/personal.ts';
import { loadConfig } from '../config.ts';
import { DEMO_PASSWORT, demoKonten, demoKontenAnlegen, demoKontenListe } from './demo.ts';
import { ereignisseLesen } from './ereignis.ts';
import {
  anmeldungPruefen,
  kontenListe,
  kontoAendern,
  kontoAktivSetzen,
  kontoAnlegen,
  kontoPerLogin,
  passwortSetzen,
  sperrdauerMinuten,
  sperreAufheben,
} from './konto-repo.ts';
import { passwortPruefen } from './passwort.ts';

const t = await testApp();
const db = t.datenbank.db;
afterAll(() => t.close());

const k = () => ({ jetzt: t.uhr.jetzt(), ip: '192.0.2.10', production: false });
const anmelden = (login: string, passwort = TEST_PASSWORT) => anmeldungPruefen(db, { login, passwort }, k());

describe('creating accounts', () => {
  test('an account is stored with normalised login, sorted roles and offices, and logged without password', async () => {
    const e = await kontoAnlegen(
      db,
      {
        login: '  Anna.Schmidt ',
        anzeigename: 'Anna Schmidt',
        email: 'Anna.Schmidt@rostock.de',
        rollen: ['betrieb', 'sachbearbeitung'],
        behoerden: ['13004', '13003'],
        passwort: 'Hafenkante am Morgen',
      },
      { jetzt: t.uhr.jetzt(), weg: 'cli' },
    );
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    expect(e.wert).toMatchObject({
      login: 'anna.schmidt',
      rollen: ['sachbearbeitung', 'betrieb'],
      behoerden: ['13003', '13004'],
      aktiv: true,
      hatPasswort: true,
      passwortWechselNoetig: false,
    });
    const row = await db
      .selectFrom('personal_konto')
      .selectAll()
      .where('id', '=', e.wert.id)
      .executeTakeFirstOrThrow();
    expect(row.passwort_hash).toMatch(/^\$argon2id\$/);
    expect(await passwortPruefen(row.passwort_hash ?? '', 'Hafenkante am Morgen')).toBe(true);
    const [ereignis] = await ereignisseLesen(db, { kontoId: e.wert.id });
    expect(ereignis).toMatchObject({ art: 'konto_angelegt', weg: 'cli' });
    expect(JSON.stringify(ereignis)).not.toContain('Hafenkante');
  });

  test('bad input is refused with a message per field', async () => {
    await einKonto(t, { login: 'doppelt', passwort: null });
    const e = await kontoAnlegen(
      db,
      {
        login: 'Doppelt',
        anzeigename: ' ',
        email: 'keine-adresse',
        rollen: ['chef'],
        behoerden: ['99999', '1300'],
        passwort: 'passwort1234',
      },
      { jetzt: t.uhr.jetzt(), weg: 'cli' },
    );
    expect(e.ok).toBe(false);
    if (e.ok) return;
    expect(e.fehler.login).toContain('gibt es schon');
    expect(e.fehler.anzeigename).toBeDefined();
    expect(e.fehler.email).toContain('name@beispiel.de');
    expect(e.fehler.rollen).toContain('Unbekannte Rolle: chef');
    expect(e.fehler.behoerden).toContain('1300');
    expect(e.fehler.passwort).toContain('häufig');
  });

  test('Sachbearbeitung needs an office that exists; the login name must be simple', async () => {
    const ohne = await kontoAnlegen(
      db,
      { login: 'sb.ohne', anzeigename: 'Ohne Amt', rollen: ['sachbearbeitung'], behoerden: [] },
      { jetzt: t.uhr.jetzt(), weg: 'cli' },
    );
    expect(ohne.ok ? null : ohne.fehler.behoerden).toContain('mindestens ein Sozialamt');
    const unbekannt = await kontoAnlegen(
      db,
      { login: 'sb.x', anzeigename: 'X', rollen: ['sachbearbeitung'], behoerden: ['99999'] },
      { jetzt: t.uhr.jetzt(), weg: 'cli' },
    );
    expect(unbekannt.ok ? null : unbekannt.fehler.behoerden).toContain('99999');
    for (const login of ['a', 'mit leerzeichen', 'ümlaut', '.punkt', 'x'.repeat(64)]) {
      const e = await kontoAnlegen(
        db,
        { login, anzeigename: 'X', rollen: ['betrieb'], behoerden: [] },
        { jetzt: t.uhr.jetzt(), weg: 'cli' },
      );
      expect(e.ok ? null : e.fehler.login, login).toContain('2 bis 63 Zeichen');
    }
  });
});

describe('changing accounts', () => {
  test('a role change is logged with before and after; name changes separately', async () => {
    const konto = await einKonto(t, { passwort: null });
    const e = await kontoAendern(
      db,
      konto.id,
      { rollen: ['sachbearbeitung', 'land_koordination'], behoerden: ['13004'], anzeigename: 'Neu' },
      { jetzt: t.uhr.jetzt(), weg: 'cli' },
    );
    expect(e.ok && e.wert).toMatchObject({
      rollen: ['sachbearbeitung', 'land_koordination'],
      behoerden: ['13004'],
      anzeigename: 'Neu',
    });
    const ereignisse = await ereignisseLesen(db, { kontoId: konto.id });
    const rollen = ereignisse.find((x) => x.art === 'rollen_geaendert');
    expect(rollen?.details).toEqual({
      vorher: { rollen: ['sachbearbeitung'], behoerden: ['13003'] },
      nachher: { rollen: ['sachbearbeitung', 'land_koordination'], behoerden: ['13004'] },
    });
    expect(ereignisse.find((x) => x.art === 'konto_geaendert')?.details).toEqual({ felder: ['anzeigename'] });
    // no change, no log entry
    const vorher = (await ereignisseLesen(db, { kontoId: konto.id })).length;
    await kontoAendern(
      db,
      konto.id,
      { rollen: ['land_koordination', 'sachbearbeitung'] },
      { jetzt: t.uhr.jetzt(), weg: 'cli' },
    );
    expect((await ereignisseLesen(db, { kontoId: konto.id })).length).toBe(vorher);
  });

  test('a change that would leave Sachbearbeitung without office is refused and changes nothing', async () => {
    const konto = await einKonto(t, { passwort: null });
    const e = await kontoAendern(db, konto.id, { behoerden: [] }, { jetzt: t.uhr.jetzt(), weg: 'cli' });
    expect(e.ok).toBe(false);
    expect((await kontoPerLogin(db, konto.login))?.behoerden).toEqual(['13003']);
  });

  test('a new password must follow the rules and differ from the current one', async () => {
    const konto = await einKonto(t);
    const gleich = await passwortSetzen(
      db,
      konto.id,
      TEST_PASSWORT,
      { wechselNoetig: false },
      { jetzt: t.uhr.jetzt(), weg: 'web' },
    );
    expect(gleich.ok ? null : gleich.fehler.passwort).toContain('vom bisherigen');
    const kurz = await passwortSetzen(
      db,
      konto.id,
      'kurz',
      { wechselNoetig: false },
      { jetzt: t.uhr.jetzt(), weg: 'web' },
    );
    expect(kurz.ok).toBe(false);
    const ok = await passwortSetzen(
      db,
      konto.id,
      'Ein ganz neuer Satz',
      { wechselNoetig: true },
      { jetzt: t.uhr.jetzt(), weg: 'cli' },
    );
    expect(ok.ok && ok.wert.passwortWechselNoetig).toBe(true);
    expect((await anmelden(konto.login, 'Ein ganz neuer Satz')).ok).toBe(true);
    expect((await anmelden(konto.login, TEST_PASSWORT)).ok).toBe(false);
  });
});

describe('login and lockout', () => {
  test('the right password signs in and resets the failure counter; the event is logged with the address', async () => {
    const konto = await einKonto(t);
    expect(await anmelden(konto.login, 'falsch falsch falsch')).toEqual({ ok: false, grund: 'falsch' });
    expect((await kontoPerLogin(db, konto.login))?.fehlversuche).toBe(1);
    const ok = await anmelden(konto.login.toUpperCase());
    expect(ok.ok).toBe(true);
    expect((await kontoPerLogin(db, konto.login))?.fehlversuche).toBe(0);
    const [ereignis] = await ereignisseLesen(db, { kontoId: konto.id });
    expect(ereignis).toMatchObject({ art: 'anmeldung_erfolgreich', ip: '192.0.2.10', weg: 'passwort' });
  });

  test('the lock policy: 15 minutes after 5 failures, doubling per further 5, at most 24 hours', () => {
    expect([1, 4, 6, 9].map(sperrdauerMinuten)).toEqual([null, null, null, null]);
    expect([5, 10, 15, 20, 40, 100].map(sperrdauerMinuten)).toEqual([15, 30, 60, 120, 1440, 1440]);
  });

  test('5 failures lock the account for 15 minutes, even for the right password; after the lock it works again', async () => {
    const konto = await einKonto(t);
    for (let i = 0; i < 5; i++)
      expect((await anmelden(konto.login, `falsch ${String(i)}xyzxyz`)).ok).toBe(false);
    const gesperrt = await kontoPerLogin(db, konto.login);
    expect(gesperrt?.gesperrtBis?.getTime()).toBe(t.uhr.jetzt().getTime() + 15 * 60_000);

    expect(await anmelden(konto.login)).toEqual({ ok: false, grund: 'gesperrt' });
    t.uhr.vor(14 * 60_000);
    expect(await anmelden(konto.login)).toEqual({ ok: false, grund: 'gesperrt' });
    // attempts during the lock are not counted
    expect((await kontoPerLogin(db, konto.login))?.fehlversuche).toBe(5);
    t.uhr.vor(61_000);
    expect((await anmelden(konto.login)).ok).toBe(true);

    const arten = (await ereignisseLesen(db, { kontoId: konto.id })).map((e) => e.art);
    expect(arten.filter((a) => a === 'anmeldung_fehlgeschlagen')).toHaveLength(5);
    expect(arten).toContain('konto_gesperrt');
    expect(arten.filter((a) => a === 'anmeldung_waehrend_sperre')).toHaveLength(2);
  });

  test('the lock grows: the next 5 failures after a lock mean 30 minutes', async () => {
    const konto = await einKonto(t);
    for (let i = 0; i < 5; i++) await anmelden(konto.login, 'falsch falsch falsch');
    t.uhr.vor(16 * 60_000);
    for (let i = 0; i < 5; i++) await anmelden(konto.login, 'falsch falsch falsch');
    const k2 = await kontoPerLogin(db, konto.login);
    expect(k2?.fehlversuche).toBe(10);
    expect(k2?.gesperrtBis?.getTime()).toBe(t.uhr.jetzt().getTime() + 30 * 60_000);
    await sperreAufheben(db, konto.id, { jetzt: t.uhr.jetzt(), weg: 'cli' });
    expect((await anmelden(konto.login)).ok).toBe(true);
  });

  test('deactivated accounts and accounts without password are refused; unknown names are logged without the name', async () => {
    const konto = await einKonto(t);
    await kontoAktivSetzen(db, konto.id, false, { jetzt: t.uhr.jetzt(), weg: 'cli' });
    expect(await anmelden(konto.login)).toEqual({ ok: false, grund: 'inaktiv' });
    await kontoAktivSetzen(db, konto.id, true, { jetzt: t.uhr.jetzt(), weg: 'cli' });
    expect((await anmelden(konto.login)).ok).toBe(true);

    const oidc = await einKonto(t, { passwort: null });
    expect(await anmelden(oidc.login)).toEqual({ ok: false, grund: 'ohne_passwort' });

    expect(await anmelden('gibt.es.nicht', 'Ein langer Satz als Passwort')).toEqual({
      ok: false,
      grund: 'unbekannt',
    });
    const unbekannt = (await ereignisseLesen(db, { arten: ['anmeldung_fehlgeschlagen'] })).find(
      (e) => e.konto_id === null,
    );
    expect(unbekannt?.details).toEqual({ grund: 'unbekannt' });
    expect(JSON.stringify(await ereignisseLesen(db, { limit: 1000 }))).not.toContain('gibt.es.nicht');
  });

  test('an unknown login name costs an argon2id check like a wrong password (no timing oracle)', async () => {
    const konto = await einKonto(t);
    const dauer = async (f: () => Promise<unknown>) => {
      const start = performance.now();
      await f();
      return performance.now() - start;
    };
    await anmelden('warmlauf.unbekannt', 'x'); // the dummy hash is made once
    const nurHash: number[] = [];
    const unbekannt: number[] = [];
    const falsch: number[] = [];
    const row = await db
      .selectFrom('personal_konto')
      .select('passwort_hash')
      .where('id', '=', konto.id)
      .executeTakeFirstOrThrow();
    for (let i = 0; i < 3; i++) {
      nurHash.push(await dauer(() => passwortPruefen(row.passwort_hash ?? '', 'falsch falsch falsch')));
      unbekannt.push(await dauer(() => anmelden(`unbekannt.${String(i)}`, 'falsch falsch falsch')));
      falsch.push(await dauer(() => anmelden(konto.login, 'falsch falsch falsch')));
    }
    const min = (xs: number[]) => Math.min(...xs);
    // A path without hashing takes a few milliseconds, one verification ~80 ms; the margin absorbs scheduling noise on a busy CI machine.
    expect(min(unbekannt)).toBeGreaterThan(0.3 * min(nurHash));
    expect(min(falsch)).toBeGreaterThan(0.3 * min(nurHash));
  });

  test('demo accounts are refused in production', async () => {
    const e = await kontoAnlegen(
      db,
      {
        login: 'demo.x',
        anzeigename: 'Demo',
        rollen: ['betrieb'],
        behoerden: [],
        passwort: DEMO_PASSWORT,
        demo: true,
      },
      { jetzt: t.uhr.jetzt(), weg: 'system' },
    );
    expect(e.ok).toBe(true);
    expect(
      (
        await anmeldungPruefen(
          db,
          { login: 'demo.x', passwort: DEMO_PASSWORT },
          { ...k(), production: false },
        )
      ).ok,
    ).toBe(true);
    expect(
      await anmeldungPruefen(db, { login: 'demo.x', passwort: DEMO_PASSWORT }, { ...k(), production: true }),
    ).toEqual({
      ok: false,
      grund: 'demo_im_betrieb',
    });
  });
});

describe('demo accounts', () => {
  const produktion = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://u@db/x',
    BASE_URL: 'https://mietrueckstaende.example.de',
    SESSION_SECRET: 'x'.repeat(40),
    DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
    BUNDID_IDP_METADATA: 'https://id.bund.de/idp',
    BUNDID_SP_SIGNING_KEY: '/etc/mr/sp-signatur.key',
    BUNDID_SP_SIGNING_CERT: '/etc/mr/sp-signatur.crt',
    BUNDID_SP_ENCRYPTION_KEY: '/etc/mr/sp-verschluesselung.key',
    BUNDID_SP_ENCRYPTION_CERT: '/etc/mr/sp-verschluesselung.crt',
    BUNDID_ONLINE_SERVICE_ID: 'MV-10090',
  });
  const eingebettet = loadConfig({});
  const mitPostgres = loadConfig({ DATABASE_URL: 'postgres://u@db/x' });

  test('never in production, never with an external database, in embedded mode one per role on first start only', async () => {
    const leer = await testApp();
    try {
      const ldb = leer.datenbank.db;
      expect(await demoKontenAnlegen(ldb, produktion, leer.uhr.jetzt())).toEqual([]);
      expect(await demoKontenAnlegen(ldb, mitPostgres, leer.uhr.jetzt())).toEqual([]);
      expect(await kontenListe(ldb)).toEqual([]);

      const angelegt = await demoKontenAnlegen(ldb, eingebettet, leer.uhr.jetzt());
      expect(angelegt.map((a) => [a.login, a.rollen, a.behoerden, a.demo])).toEqual([
        ['sb.rostock', ['sachbearbeitung'], ['13003'], true],
        ['sb.schwerin', ['sachbearbeitung'], ['13004'], true],
        ['koordination', ['land_koordination'], [], true],
        ['betrieb', ['betrieb'], [], true],
      ]);
      expect(await demoKontenAnlegen(ldb, eingebettet, leer.uhr.jetzt())).toEqual([]);
      expect((await anmeldungPruefen(ldb, { login: 'sb.rostock', passwort: DEMO_PASSWORT }, k())).ok).toBe(
        true,
      );
      expect((await demoKontenListe(ldb, eingebettet)).map((d) => d.login)).toEqual(
        demoKonten.map((d) => d.login),
      );
      expect(await demoKontenListe(ldb, produktion)).toEqual([]);
    } finally {
      await leer.close();
    }
  });

  test('an installation that already has an account gets no demo accounts', async () => {
    expect((await kontenListe(db)).length).toBeGreaterThan(0);
    expect(await demoKontenAnlegen(db, eingebettet, t.uhr.jetzt())).toEqual([]);
    expect(await kontoPerLogin(db, 'sb.rostock')).toBeUndefined();
  });
});
