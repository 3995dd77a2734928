import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { starteOidcAnbieter, type OidcTestAnbieter } from '../../test/oidc-anbieter.ts';
import { alsPersonal, einKonto, InjectBrowser } from '../../test/personal.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { cookieName } from '../web/sitzung.ts';
import { ereignisseLesen } from './ereignis.ts';
import { kontoAktivSetzen, kontoPerLogin } from './konto-repo.ts';
import { anspruchAusClaims } from './oidc.ts';

const RUECKRUF = 'http://127.0.0.1:3000/verwaltung/anmelden/oidc/rueckruf';

let anbieter: OidcTestAnbieter;
let t: TestApp; // roles and offices from groups
let lokal: TestApp; // roles and offices from the local account

const gruppenEnv = {
  OIDC_ROLLEN_GRUPPEN:
    'sachbearbeitung=/mr/sachbearbeitung;land_koordination=mr-koordination;betrieb=mr-betrieb',
  OIDC_BEHOERDEN_GRUPPEN: '13003=/mr/rostock;13004=/mr/schwerin',
};

beforeAll(async () => {
  anbieter = await starteOidcAnbieter({ redirectUris: [RUECKRUF] });
  const env = {
    OIDC_ISSUER: anbieter.issuer,
    OIDC_CLIENT_ID: anbieter.clientId,
    OIDC_CLIENT_SECRET: anbieter.clientSecret,
    OIDC_ANZEIGENAME: 'Landesportal-Konto',
  };
  [t, lokal] = await Promise.all([testApp({ env: { ...env, ...gruppenEnv } }), testApp({ env })]);
});
afterAll(async () => {
  await Promise.all([t.close(), lokal.close()]);
  await anbieter.close();
});

let adresse = 10;
const browser = (app: TestApp = t) => new InjectBrowser(app, `203.0.113.${String(adresse++)}`);

/** Browser → app → provider (real HTTP) → back to the app's callback, as a browser follows the redirects. */
async function oidcAnmelden(b: InjectBrowser, ziel = '/verwaltung') {
  const start = await b.get(`/verwaltung/anmelden/oidc?ziel=${encodeURIComponent(ziel)}`);
  expect(start.statusCode).toBe(303);
  const beimAnbieter = await fetch(String(start.headers.location), { redirect: 'manual' });
  expect(beimAnbieter.status).toBe(302);
  const zurueck = new URL(beimAnbieter.headers.get('location') ?? '');
  expect(zurueck.origin + zurueck.pathname).toBe(RUECKRUF);
  return {
    antwort: await b.get(zurueck.pathname + zurueck.search),
    rueckrufPfad: zurueck.pathname + zurueck.search,
  };
}

const person = (claims: Record<string, unknown>) => {
  anbieter.person = { sub: `sub-${String(Math.random())}`, name: 'Dienstkonto Person', ...claims };
  anbieter.nurUserinfo = {};
  anbieter.manipulation = undefined;
};

describe('OpenID Connect login against a real provider', () => {
  test('the login page offers the provider next to the password form', async () => {
    const { body } = await t.app.inject({ url: '/verwaltung/anmelden?ziel=/verwaltung/konten' });
    expect(body).toContain('Anmelden: Landesportal-Konto');
    expect(body).toContain('href="/verwaltung/anmelden/oidc?ziel=%2Fverwaltung%2Fkonten"');
    expect(body).toContain('name="passwort"');
  });

  test('round trip with PKCE, state and nonce; roles and offices come from the groups', async () => {
    const konto = await einKonto(t, {
      login: 'anna.oidc',
      passwort: null,
      rollen: ['betrieb'],
      behoerden: [],
    });
    person({ preferred_username: 'Anna.OIDC', groups: ['/mr/sachbearbeitung', '/mr/schwerin', 'andere'] });
    const b = browser();
    anbieter.protokoll.length = 0;
    const { antwort } = await oidcAnmelden(b, '/verwaltung/posteingang');
    expect(antwort.statusCode).toBe(303);
    expect(antwort.headers.location).toBe('/verwaltung/posteingang');
    expect(b.cookies[cookieName.personal]).toBeDefined();
    expect(b.cookies.mr_oidc).toBeUndefined(); // the transaction cookie is used once

    const start = await b.get('/verwaltung');
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('Sozialamt: Landeshauptstadt Schwerin');
    expect(start.body).toContain('href="/verwaltung/posteingang"');
    expect(start.body).not.toContain('href="/verwaltung/konten"');
    expect(start.body).not.toContain('href="/verwaltung/passwort"'); // no local password

    const gespeichert = await kontoPerLogin(t.datenbank.db, 'anna.oidc');
    expect(gespeichert).toMatchObject({ rollen: ['sachbearbeitung'], behoerden: ['13004'] });
    const ereignisse = await ereignisseLesen(t.datenbank.db, { kontoId: konto.id });
    expect(ereignisse.slice(0, 2).map((e) => [e.art, e.weg])).toEqual([
      ['anmeldung_erfolgreich', 'oidc'],
      ['rollen_geaendert', 'oidc'],
    ]);

    const authorize = anbieter.protokoll.find((p) => p.pfad === '/authorize')?.parameter;
    expect(authorize).toMatchObject({
      response_type: 'code',
      client_id: anbieter.clientId,
      redirect_uri: RUECKRUF,
      scope: 'openid profile email',
      code_challenge_method: 'S256',
    });
    expect(authorize?.state).toMatch(/^[\w-]{20,}$/);
    expect(authorize?.nonce).toMatch(/^[\w-]{20,}$/);
    expect(authorize?.code_challenge).toMatch(/^[\w-]{43}$/);
    const token = anbieter.protokoll.find((p) => p.pfad === '/token')?.parameter;
    expect(token?.code_verifier).toMatch(/^[\w-]{43,128}$/);
    expect(token).not.toHaveProperty('client_secret'); // client_secret_basic, not in the body
  });

  test('an account is found by verified e-mail when the login name does not match', async () => {
    await einKonto(t, { login: 'bernd.mail', email: 'Bernd@Schwerin.example', passwort: null });
    person({
      preferred_username: 'b12345',
      email: 'bernd@schwerin.example',
      email_verified: true,
      groups: ['/mr/sachbearbeitung', '/mr/rostock'],
    });
    expect((await oidcAnmelden(browser())).antwort.statusCode).toBe(303);

    person({
      preferred_username: 'b12345',
      email: 'bernd@schwerin.example',
      email_verified: false,
      groups: ['/mr/sachbearbeitung', '/mr/rostock'],
    });
    const nicht = await oidcAnmelden(browser());
    expect(nicht.antwort.statusCode).toBe(403);
  });

  test('groups that only UserInfo returns are used', async () => {
    await einKonto(t, { login: 'carla.info', passwort: null, rollen: ['betrieb'], behoerden: [] });
    person({ preferred_username: 'carla.info' });
    anbieter.nurUserinfo = { groups: ['mr-koordination'] };
    const b = browser();
    expect((await oidcAnmelden(b)).antwort.statusCode).toBe(303);
    expect((await kontoPerLogin(t.datenbank.db, 'carla.info'))?.rollen).toEqual(['land_koordination']);
    expect(anbieter.protokoll.some((p) => p.pfad === '/userinfo')).toBe(true);
  });

  test('without a group mapping the roles of the local account apply', async () => {
    await einKonto(lokal, { login: 'dora.lokal', passwort: null, rollen: ['betrieb'], behoerden: [] });
    person({ preferred_username: 'dora.lokal', groups: ['/mr/sachbearbeitung', '/mr/rostock'] });
    const b = browser(lokal);
    expect((await oidcAnmelden(b)).antwort.statusCode).toBe(303);
    expect((await b.get('/verwaltung/konten')).statusCode).toBe(200);
    expect((await kontoPerLogin(lokal.datenbank.db, 'dora.lokal'))?.rollen).toEqual(['betrieb']);
  });
});

describe('OpenID Connect refusals', () => {
  test('no local account: a clear page, logged with the name the provider sent', async () => {
    person({ preferred_username: 'fremd.person', groups: ['/mr/sachbearbeitung', '/mr/rostock'] });
    const b = browser();
    const { antwort } = await oidcAnmelden(b);
    expect(antwort.statusCode).toBe(403);
    expect(antwort.body).toContain('Für Ihr Dienstkonto gibt es hier kein Benutzerkonto');
    expect(antwort.body).toContain('fremd.person');
    expect(b.cookies[cookieName.personal]).toBeUndefined();
    const [e] = await ereignisseLesen(t.datenbank.db, { arten: ['oidc_abgelehnt'] });
    expect(e?.details).toEqual({ grund: 'kein_konto', login: 'fremd.person' });
  });

  test('no group with a role, or Sachbearbeitung without office group, or a deactivated account: refused', async () => {
    const konto = await einKonto(t, { login: 'emil.gruppen', passwort: null });
    person({ preferred_username: 'emil.gruppen', groups: ['andere'] });
    const ohneRolle = (await oidcAnmelden(browser())).antwort;
    expect(ohneRolle.statusCode).toBe(403);
    expect(ohneRolle.body).toContain('Ihr Dienstkonto hat hier keine Rolle');

    person({ preferred_username: 'emil.gruppen', groups: ['/mr/sachbearbeitung'] });
    const ohneAmt = (await oidcAnmelden(browser())).antwort;
    expect(ohneAmt.statusCode).toBe(403);
    expect(ohneAmt.body).toContain('keinem Sozialamt zugeordnet');
    expect((await kontoPerLogin(t.datenbank.db, 'emil.gruppen'))?.behoerden).toEqual(['13003']);

    await kontoAktivSetzen(t.datenbank.db, konto.id, false, { jetzt: t.uhr.jetzt(), weg: 'cli' });
    person({ preferred_username: 'emil.gruppen', groups: ['/mr/sachbearbeitung', '/mr/rostock'] });
    const inaktiv = (await oidcAnmelden(browser())).antwort;
    expect(inaktiv.statusCode).toBe(403);
    expect(inaktiv.body).toContain('deaktiviert');
  });

  test.each(['nonce', 'aud', 'iss', 'abgelaufen', 'signatur', 'state'] as const)(
    'an ID token or response with manipulated %s is refused and starts no session',
    async (manipulation) => {
      await kontoPerLogin(t.datenbank.db, 'fritz.manipuliert').then((k) =>
        k === undefined ? einKonto(t, { login: 'fritz.manipuliert', passwort: null }) : k,
      );
      person({ preferred_username: 'fritz.manipuliert', groups: ['/mr/sachbearbeitung', '/mr/rostock'] });
      anbieter.manipulation = manipulation;
      const b = browser();
      const { antwort } = await oidcAnmelden(b);
      expect(antwort.statusCode).toBe(400);
      expect(antwort.body).toContain('Die Anmeldung konnte nicht bestätigt werden');
      expect(b.cookies[cookieName.personal]).toBeUndefined();
      anbieter.manipulation = undefined;
    },
  );

  test('a code cannot be redeemed twice', async () => {
    await einKonto(t, { login: 'gerda.zweimal', passwort: null });
    person({ preferred_username: 'gerda.zweimal', groups: ['/mr/sachbearbeitung', '/mr/rostock'] });
    const b = browser();
    await b.get('/verwaltung/anmelden/oidc');
    const transaktion = b.cookies.mr_oidc ?? '';
    const beimAnbieter = await fetch(String(b.letzte?.headers.location), { redirect: 'manual' });
    const zurueck = new URL(beimAnbieter.headers.get('location') ?? '');
    expect((await b.get(zurueck.pathname + zurueck.search)).statusCode).toBe(303);
    const angreifer = browser();
    angreifer.cookies.mr_oidc = transaktion;
    const nochmal = await angreifer.get(zurueck.pathname + zurueck.search);
    expect(nochmal.statusCode).toBe(400);
    expect(angreifer.cookies[cookieName.personal]).toBeUndefined();
  });

  test('the callback without the transaction cookie of this browser, or after 10 minutes, is refused', async () => {
    await einKonto(t, { login: 'hans.spaet', passwort: null });
    person({ preferred_username: 'hans.spaet', groups: ['/mr/sachbearbeitung', '/mr/rostock'] });
    const b = browser();
    await b.get('/verwaltung/anmelden/oidc');
    const beimAnbieter = await fetch(String(b.letzte?.headers.location), { redirect: 'manual' });
    const zurueck = new URL(beimAnbieter.headers.get('location') ?? '');

    const fremderBrowser = await browser().get(zurueck.pathname + zurueck.search);
    expect(fremderBrowser.statusCode).toBe(400);
    expect(fremderBrowser.body).toContain('Die Anmeldung ist abgelaufen');

    const gefaelscht = browser();
    gefaelscht.cookies.mr_oidc = 'AAAA' + (b.cookies.mr_oidc ?? '').slice(4);
    expect((await gefaelscht.get(zurueck.pathname + zurueck.search)).statusCode).toBe(400);

    t.uhr.vor(11 * 60_000);
    const spaet = await b.get(zurueck.pathname + zurueck.search);
    expect(spaet.statusCode).toBe(400);
    expect(spaet.body).toContain('Die Anmeldung ist abgelaufen');
  });

  test('a person who cancels at the provider gets a clear page', async () => {
    anbieter.person = null;
    const { antwort } = await oidcAnmelden(browser());
    expect(antwort.statusCode).toBe(401);
    expect(antwort.body).toContain('Die Anmeldung wurde abgebrochen');
  });

  test('an unreachable provider gives a 503 page; without OIDC the routes do not exist', async () => {
    const kaputt = await testApp({
      env: { OIDC_ISSUER: 'http://127.0.0.1:1', OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' },
    });
    try {
      const res = await kaputt.app.inject({ url: '/verwaltung/anmelden/oidc' });
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain('gerade nicht möglich');
    } finally {
      await kaputt.close();
    }
    const ohne = await testApp();
    try {
      expect((await ohne.app.inject({ url: '/verwaltung/anmelden/oidc' })).statusCode).toBe(404);
      expect((await ohne.app.inject({ url: '/verwaltung/anmelden/oidc/rueckruf?code=x' })).statusCode).toBe(
        404,
      );
    } finally {
      await ohne.close();
    }
  });

  test('with password login switched off only the provider is offered and a password POST is refused', async () => {
    const nurOidc = await testApp({
      env: {
        OIDC_ISSUER: anbieter.issuer,
        OIDC_CLIENT_ID: anbieter.clientId,
        OIDC_CLIENT_SECRET: anbieter.clientSecret,
        PERSONAL_PASSWORT_ANMELDUNG: 'false',
      },
    });
    try {
      const b = new InjectBrowser(nurOidc, '203.0.113.250');
      const seite = await b.get('/verwaltung/anmelden');
      expect(seite.body).not.toContain('name="passwort"');
      expect(seite.body).toContain('/verwaltung/anmelden/oidc');
      // a valid CSRF token from a staff page, so that the refusal comes from the login route itself
      Object.assign(b.cookies, await alsPersonal(nurOidc));
      await b.get('/verwaltung');
      const post = await b.post('/verwaltung/anmelden', { login: 'x', passwort: 'y' });
      expect(post.statusCode).toBe(403);
      expect(post.body).toContain('Anmeldung mit Passwort ist abgeschaltet');
    } finally {
      await nurOidc.close();
    }
  });
});

describe('OpenID Connect configuration and claim mapping', () => {
  const basis = {
    OIDC_ISSUER: 'https://sso.example.de/realms/kreis',
    OIDC_CLIENT_ID: 'mr',
    OIDC_CLIENT_SECRET: 's',
  };

  test('group mappings are parsed; group DNs may contain "=" and ","', () => {
    const c = loadConfig({
      ...basis,
      OIDC_ROLLEN_GRUPPEN:
        'sachbearbeitung=CN=MR-SB,OU=Gruppen,DC=kreis;sachbearbeitung=/mr/sb; betrieb = ops',
      OIDC_BEHOERDEN_GRUPPEN: '13003=/mr/rostock',
    });
    expect(c.personal.oidc).toMatchObject({
      issuer: basis.OIDC_ISSUER,
      loginClaim: 'preferred_username',
      gruppenClaim: 'groups',
      rollenGruppen: { sachbearbeitung: ['CN=MR-SB,OU=Gruppen,DC=kreis', '/mr/sb'], betrieb: ['ops'] },
      behoerdenGruppen: { '13003': ['/mr/rostock'] },
    });
    expect(loadConfig({}).personal).toEqual({ passwortAnmeldung: true, oidc: undefined });
  });

  test.each([
    [{ OIDC_ISSUER: 'https://sso.example.de' }, /OIDC_CLIENT_ID: ist zusammen mit OIDC_ISSUER erforderlich/],
    [{ OIDC_CLIENT_ID: 'x' }, /OIDC_CLIENT_ID: wirkt nur zusammen mit OIDC_ISSUER/],
    [{ ...basis, OIDC_ISSUER: 'http://sso.example.de' }, /OIDC_ISSUER: muss mit https/],
    [{ ...basis, OIDC_ROLLEN_GRUPPEN: 'chef=admins' }, /unbekannte Rolle „chef“/],
    [{ ...basis, OIDC_ROLLEN_GRUPPEN: 'betrieb' }, /hat nicht die Form schlüssel=gruppe/],
    [{ ...basis, OIDC_BEHOERDEN_GRUPPEN: '1300=x' }, /kein fünfstelliger Kreisschlüssel/],
    [{ PERSONAL_PASSWORT_ANMELDUNG: 'false' }, /PERSONAL_PASSWORT_ANMELDUNG: false geht nur/],
  ])('refuses %j', (env, meldung) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(meldung);
  });

  test('http:// for a provider on 127.0.0.1 only outside production', () => {
    const lokalEnv = { ...basis, OIDC_ISSUER: 'http://127.0.0.1:8080/realms/test' };
    expect(loadConfig(lokalEnv).personal.oidc?.issuer).toBe(lokalEnv.OIDC_ISSUER);
    expect(() =>
      loadConfig({
        ...lokalEnv,
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://u@db/x',
        BASE_URL: 'https://mr.example.de',
        SESSION_SECRET: 'x'.repeat(40),
        DATA_KEY: Buffer.alloc(32, 1).toString('base64'),
      }),
    ).toThrow(/OIDC_ISSUER: muss mit https/);
  });

  test('claims map to login, verified e-mail, roles and offices; Keycloak group paths with or without "/"', () => {
    const e = loadConfig({
      ...basis,
      OIDC_ROLLEN_GRUPPEN: 'sachbearbeitung=mr/sb;land_koordination=/mr/ko',
      OIDC_BEHOERDEN_GRUPPEN: '13003=/mr/rostock;13004=mr/schwerin',
    }).personal.oidc!;
    expect(
      anspruchAusClaims(
        {
          preferred_username: ' Anna ',
          email: 'a@x.de',
          groups: ['/mr/sb', 'mr/ko', '/mr/schwerin', 'mr/rostock'],
        },
        e,
      ),
    ).toEqual({
      login: 'anna',
      email: 'a@x.de',
      rollen: ['sachbearbeitung', 'land_koordination'],
      behoerden: ['13003', '13004'],
    });
    expect(anspruchAusClaims({ email: 'a@x.de', email_verified: false, groups: 'mr/sb' }, e)).toEqual({
      login: undefined,
      email: undefined,
      rollen: ['sachbearbeitung'],
      behoerden: [],
    });
    expect(
      anspruchAusClaims(
        { preferred_username: 'x', groups: [1, null] },
        { ...e, rollenGruppen: undefined, behoerdenGruppen: undefined },
      ),
    ).toEqual({
      login: 'x',
      email: undefined,
      rollen: undefined,
      behoerden: undefined,
    });
  });
});
