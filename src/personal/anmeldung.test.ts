import { afterAll, describe, expect, test } from 'vitest';
import { testApp } from '../../test/app.ts';
import { alsBuerger } from '../../test/anmeldung.ts';
import { alsPersonal, einKonto, InjectBrowser, TEST_PASSWORT } from '../../test/personal.ts';
import { cookieName } from '../web/sitzung.ts';
import { ereignisseLesen } from './ereignis.ts';
import { kontoAendern, kontoAktivSetzen, kontoPerLogin } from './konto-repo.ts';
import { ANMELDUNGEN_PRO_MINUTE } from './personal-routen.tsx';
import { sicheresZiel } from './zugang.tsx';

const t = await testApp();
const db = t.datenbank.db;
afterAll(() => t.close());

let adresse = 10;
/** Every test its own client address, so the per-address rate limit of the login does not mix tests. */
const browser = () => new InjectBrowser(t, `198.51.100.${String(adresse++)}`);

describe('login page and password login', () => {
  test('the login page is a German form with CSRF token and the right autocomplete hints', async () => {
    const res = await t.app.inject({ url: '/verwaltung/anmelden' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1 class="kern-heading-large">Anmeldung für Mitarbeitende</h1>');
    expect(res.body).toMatch(/name="_csrf" value="[^"]+"/);
    expect(res.body).toContain('autocomplete="username"');
    expect(res.body).toContain('autocomplete="current-password"');
    expect(res.body).not.toContain('/verwaltung/anmelden/oidc'); // no OIDC configured
  });

  test('the right password starts a staff session with a fresh id and leads to the start page', async () => {
    const konto = await einKonto(t, { anzeigename: 'Paula Prüfer' });
    const b = browser();
    b.cookies[cookieName.personal] = 'x'.repeat(43); // a planted id must not survive (session fixation)
    const res = await b.anmelden(konto.login);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/verwaltung');
    const cookie = res.cookies.find((c) => c.name === cookieName.personal);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value).not.toBe('x'.repeat(43));

    const start = await b.get('/verwaltung');
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('Guten Tag, Paula Prüfer');
    expect(start.body).toContain('Angemeldet: Paula Prüfer');
    expect(start.body).toContain('Sozialamt: Hansestadt Rostock');
    expect(start.body).toContain('href="/verwaltung/posteingang"');
    // Their own office's re-use records (issue 7: the coordination and the office's own staff).
    expect(start.body).toContain('href="/verwaltung/nachnutzung"');
    expect(start.body).not.toContain('href="/verwaltung/betrieb"');
    expect(start.body).not.toContain('href="/verwaltung/konten"');
  });

  test('each role sees only its own tasks', async () => {
    const faelle: [string[], string[], string[]][] = [
      [
        ['land_koordination'],
        ['/verwaltung/nachnutzung'],
        ['/verwaltung/posteingang', '/verwaltung/betrieb'],
      ],
      [
        ['betrieb'],
        ['/verwaltung/betrieb', '/verwaltung/konten'],
        ['/verwaltung/posteingang', '/verwaltung/nachnutzung'],
      ],
      [
        ['sachbearbeitung'],
        ['/verwaltung/posteingang', '/verwaltung/nachnutzung'],
        ['/verwaltung/betrieb', '/verwaltung/konten'],
      ],
      [
        ['sachbearbeitung', 'land_koordination'],
        ['/verwaltung/posteingang', '/verwaltung/nachnutzung'],
        ['/verwaltung/betrieb'],
      ],
    ];
    for (const [rollen, ja, nein] of faelle) {
      const cookies = await alsPersonal(t, {
        rollen,
        behoerden: rollen.includes('sachbearbeitung') ? ['13003'] : [],
      });
      const { body } = await t.app.inject({ url: '/verwaltung', cookies });
      for (const pfad of ja) expect(body, `${rollen.join()} → ${pfad}`).toContain(`href="${pfad}"`);
      for (const pfad of nein) expect(body, `${rollen.join()} ↛ ${pfad}`).not.toContain(`href="${pfad}"`);
    }
  });

  test('a wrong password and an unknown name get the same answer; the name stays, the password does not', async () => {
    const konto = await einKonto(t);
    const b = browser();
    const falsch = await b.anmelden(konto.login, 'Das ist nicht richtig');
    const unbekannt = await b.anmelden('niemand.hier', 'Das ist nicht richtig');
    for (const res of [falsch, unbekannt]) {
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain('Die Anmeldung ist fehlgeschlagen');
      expect(res.body).toContain('<title>Fehler: ');
      expect(res.body).not.toContain('Das ist nicht richtig');
      expect(res.cookies.find((c) => c.name === cookieName.personal)).toBeUndefined();
    }
    expect(falsch.body).toContain(`value="${konto.login}"`);
    const ohneVariables = (s: string) =>
      s.replace(/name="_csrf" value="[^"]+"/g, '').replace(/name="login"[^>]*value="[^"]*"/, '');
    expect(ohneVariables(falsch.body)).toBe(ohneVariables(unbekannt.body));
  });

  test('empty fields get a message at the field', async () => {
    const b = browser();
    await b.get('/verwaltung/anmelden');
    const res = await b.post('/verwaltung/anmelden', { login: '', passwort: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Bitte korrigieren Sie 2 Angaben');
    expect(res.body).toContain('Geben Sie Ihren Anmeldenamen ein.');
    expect(res.body).toContain('Geben Sie Ihr Passwort ein.');
    expect(res.body).toContain('aria-invalid="true"');
  });

  test('a login without CSRF token is refused and starts no session', async () => {
    const konto = await einKonto(t);
    const res = await t.app.inject({
      method: 'POST',
      url: '/verwaltung/anmelden',
      remoteAddress: '198.51.100.250',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ login: konto.login, passwort: TEST_PASSWORT }).toString(),
    });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Das Formular ist abgelaufen');
    expect(res.cookies.find((c) => c.name === cookieName.personal)).toBeUndefined();
  });

  test('after 5 failures the account is locked for 15 minutes: the right password fails too, then works', async () => {
    const konto = await einKonto(t);
    const b = browser();
    for (let i = 0; i < 5; i++)
      expect((await b.anmelden(konto.login, 'falsch falsch falsch')).statusCode).toBe(401);
    const gesperrt = await b.anmelden(konto.login);
    expect(gesperrt.statusCode).toBe(401);
    expect(gesperrt.body).toContain('vorübergehend gesperrt');
    t.uhr.vor(15 * 60_000 + 1000);
    const b2 = browser();
    expect((await b2.anmelden(konto.login)).statusCode).toBe(303);
    expect((await b2.get('/verwaltung')).statusCode).toBe(200);
  });

  test(`more than ${ANMELDUNGEN_PRO_MINUTE} login attempts a minute from one address are refused with 429`, async () => {
    const b = browser();
    await b.get('/verwaltung/anmelden');
    const codes: number[] = [];
    for (let i = 0; i <= ANMELDUNGEN_PRO_MINUTE; i++)
      codes.push(
        (await b.post('/verwaltung/anmelden', { login: `niemand.${String(i)}`, passwort: 'x' })).statusCode,
      );
    expect(codes.slice(0, ANMELDUNGEN_PRO_MINUTE).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    expect(b.letzte?.body).toContain('Zu viele Anfragen');
    // another address is not affected
    const anderer = browser();
    expect((await anderer.anmelden('niemand.sonst', 'x')).statusCode).toBe(401);
  });

  test('an already signed-in person opening the login page goes straight on', async () => {
    const cookies = await alsPersonal(t);
    const res = await t.app.inject({ url: '/verwaltung/anmelden?ziel=/verwaltung/passwort', cookies });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/verwaltung/passwort');
  });
});

describe('guards', () => {
  test('not signed in: redirect to the login with the path as target, and back there after login', async () => {
    const res = await t.app.inject({ url: '/verwaltung/konten?x=1' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/verwaltung/anmelden?ziel=%2Fverwaltung%2Fkonten%3Fx%3D1');
    const konto = await einKonto(t, { rollen: ['betrieb'], behoerden: [] });
    const b = browser();
    const login = await b.anmelden(konto.login, TEST_PASSWORT, '/verwaltung/konten?x=1');
    expect(login.headers.location).toBe('/verwaltung/konten?x=1');
    expect((await b.get('/verwaltung/konten?x=1')).statusCode).toBe(200);
  });

  test('signed in without the role: 403 with a German page in the staff layout', async () => {
    const cookies = await alsPersonal(t, { rollen: ['sachbearbeitung'], behoerden: ['13004'] });
    const res = await t.app.inject({ url: '/verwaltung/konten', cookies });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Kein Zugriff auf diese Seite');
    expect(res.body).toContain('Diese Seite ist für die Rolle Betrieb');
    expect(res.body).toContain('Ihr Konto hat die Rolle Sachbearbeitung');
    expect(res.body).toContain('Sitzung verlängern');
  });

  test.each([
    ['/verwaltung/posteingang', '/verwaltung/posteingang'],
    ['/verwaltung?a=1&b=2', '/verwaltung?a=1&b=2'],
    ['https://boese.example/verwaltung', '/verwaltung'],
    ['//boese.example/verwaltung', '/verwaltung'],
    ['/verwaltung//boese.example', '/verwaltung'],
    ['/verwaltung\\..\\x', '/verwaltung'],
    ['/verwaltungboese', '/verwaltung'],
    ['/antrag', '/verwaltung'],
    ['/verwaltung/anmelden?ziel=/x', '/verwaltung'],
    ['/verwaltung/abmelden', '/verwaltung'],
    ['javascript:alert(1)', '/verwaltung'],
    [undefined, '/verwaltung'],
  ])('the login target %s becomes %s (no open redirect)', (ziel, erwartet) => {
    expect(sicheresZiel(ziel)).toBe(erwartet);
  });

  test('a role change or deactivation takes effect on the next request, not only at the next login', async () => {
    const konto = await einKonto(t, { passwort: null });
    const cookies = await alsPersonal(t, konto);
    expect((await t.app.inject({ url: '/verwaltung/konten', cookies })).statusCode).toBe(403);
    await kontoAendern(
      db,
      konto.id,
      { rollen: ['betrieb'], behoerden: [] },
      { jetzt: t.uhr.jetzt(), weg: 'cli' },
    );
    expect((await t.app.inject({ url: '/verwaltung/konten', cookies })).statusCode).toBe(200);
    await kontoAktivSetzen(db, konto.id, false, { jetzt: t.uhr.jetzt(), weg: 'cli' });
    const aus = await t.app.inject({ url: '/verwaltung', cookies });
    expect(aus.statusCode).toBe(303);
    expect(aus.headers.location).toBe('/verwaltung/anmelden');
    // the session is gone, reactivating does not bring it back
    await kontoAktivSetzen(db, konto.id, true, { jetzt: t.uhr.jetzt(), weg: 'cli' });
    expect((await t.app.inject({ url: '/verwaltung', cookies })).statusCode).toBe(303);
  });
});

describe('citizen and staff sessions are separate', () => {
  test('a citizen session does not open staff pages', async () => {
    const buerger = await alsBuerger(t);
    expect((await t.app.inject({ url: '/verwaltung', cookies: buerger })).statusCode).toBe(303);
    // the citizen's session id under the staff cookie name is no staff session either
    const id = buerger[cookieName.buerger] ?? '';
    const res = await t.app.inject({ url: '/verwaltung', cookies: { [cookieName.personal]: id } });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('grund=abgelaufen');
  });

  test('a staff session is no citizen session', async () => {
    const personal = await alsPersonal(t);
    const id = personal[cookieName.personal] ?? '';
    const request = { cookies: { [cookieName.buerger]: id } } as unknown as Parameters<
      typeof t.app.sitzungen.lesen
    >[0];
    expect(await t.app.sitzungen.lesen(request, 'buerger')).toBeNull();
    expect((await t.app.inject({ url: '/verwaltung', cookies: personal })).statusCode).toBe(200);
  });

  test('signing in as staff leaves a citizen session in the same browser alone, and the other way round', async () => {
    const konto = await einKonto(t);
    const b = browser();
    Object.assign(b.cookies, await alsBuerger(t));
    const buergerId = b.cookies[cookieName.buerger];
    await b.anmelden(konto.login);
    expect(b.cookies[cookieName.buerger]).toBe(buergerId);
    expect(b.cookies[cookieName.personal]).not.toBe(buergerId);
    await b.post('/verwaltung/abmelden');
    expect(b.cookies[cookieName.personal]).toBeUndefined();
    expect(b.cookies[cookieName.buerger]).toBe(buergerId);
  });
});

describe('idle time-out with warning and extension', () => {
  test('pages show when the session ends; "Sitzung verlängern" moves the end; 30 idle minutes end it', async () => {
    t.uhr.setze('2026-11-30T10:00:00+01:00');
    const konto = await einKonto(t);
    const b = browser();
    await b.anmelden(konto.login);
    const seite = await b.get('/verwaltung');
    expect(seite.body).toContain(
      'Ihre Sitzung endet um <time datetime="2026-11-30T09:30:00.000Z">10:30 Uhr</time>',
    );
    expect(seite.body).toContain('data-restsekunden="1800"');
    expect(seite.body).toContain('<script src="/static/personal/sitzung.js" defer>');

    t.uhr.vor(25 * 60_000);
    const verlaengert = await b.post('/verwaltung/sitzung', { ziel: '/verwaltung/passwort' });
    expect(verlaengert.statusCode).toBe(303);
    expect(verlaengert.headers.location).toBe('/verwaltung/passwort');
    const danach = await b.get('/verwaltung');
    expect(danach.body).toContain('10:55 Uhr');

    t.uhr.vor(29 * 60_000);
    expect((await b.get('/verwaltung')).statusCode).toBe(200);
    t.uhr.vor(30 * 60_000 + 1000);
    const abgelaufen = await b.get('/verwaltung/konten');
    expect(abgelaufen.statusCode).toBe(303);
    expect(abgelaufen.headers.location).toBe(
      '/verwaltung/anmelden?ziel=%2Fverwaltung%2Fkonten&grund=abgelaufen',
    );
    const login = await b.get(abgelaufen.headers.location as string);
    expect(login.body).toContain('Ihre Sitzung ist abgelaufen');
    // the stale cookie is gone, so the next visit does not claim an expiry again
    expect(b.cookies[cookieName.personal]).toBeUndefined();
  });

  test('extending an expired session leads to the login and back to the page afterwards', async () => {
    const konto = await einKonto(t);
    const b = browser();
    await b.anmelden(konto.login);
    await b.get('/verwaltung');
    t.uhr.vor(31 * 60_000);
    const res = await b.post('/verwaltung/sitzung', { ziel: '/verwaltung/passwort' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/verwaltung/anmelden?ziel=%2Fverwaltung%2Fpasswort&grund=abgelaufen');
  });

  test('the warning script and the staff stylesheet are served from the app itself', async () => {
    const js = await t.app.inject({ url: '/static/personal/sitzung.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toContain('javascript');
    expect(js.body).toContain('sitzungswarnung');
    const css = await t.app.inject({ url: '/static/personal/personal.css' });
    expect(css.headers['content-type']).toContain('text/css');
  });
});

describe('logout', () => {
  test('logout ends the session, is logged, and needs the CSRF token', async () => {
    const konto = await einKonto(t);
    const b = browser();
    await b.anmelden(konto.login);
    await b.get('/verwaltung');
    const cookie = b.cookies[cookieName.personal] ?? '';

    const ohneToken = await t.app.inject({
      method: 'POST',
      url: '/verwaltung/abmelden',
      cookies: { [cookieName.personal]: cookie },
    });
    expect(ohneToken.statusCode).toBe(403);

    const res = await b.post('/verwaltung/abmelden');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/verwaltung/anmelden?grund=abgemeldet');
    expect((await b.get(res.headers.location as string)).body).toContain('Sie sind abgemeldet');
    expect(
      (await t.app.inject({ url: '/verwaltung', cookies: { [cookieName.personal]: cookie } })).statusCode,
    ).toBe(303);
    const [letztes] = await ereignisseLesen(db, { kontoId: konto.id });
    expect(letztes?.art).toBe('abmeldung');
  });
});

describe('password change', () => {
  test('a generated password must be replaced before anything else; the new one must follow the rules', async () => {
    const konto = await einKonto(t, { passwortWechselNoetig: true });
    const b = browser();
    const login = await b.anmelden(konto.login, TEST_PASSWORT, '/verwaltung/konten');
    expect(login.headers.location).toBe('/verwaltung/passwort?ziel=%2Fverwaltung%2Fkonten');
    const umweg = await b.get('/verwaltung');
    expect(umweg.statusCode).toBe(303);
    expect(umweg.headers.location).toBe('/verwaltung/passwort?ziel=%2Fverwaltung');

    const seite = await b.get('/verwaltung/passwort?ziel=%2Fverwaltung');
    expect(seite.body).toContain('Bitte wählen Sie ein eigenes Passwort');
    const alteSitzung = b.cookies[cookieName.personal];

    const falsch = await b.post('/verwaltung/passwort', {
      aktuell: 'nicht das Passwort',
      neu: 'Mein neuer Passwortsatz',
      wiederholung: 'Mein neuer Passwortsatz',
      ziel: '/verwaltung',
    });
    expect(falsch.statusCode).toBe(400);
    expect(falsch.body).toContain('Das jetzige Passwort stimmt nicht.');
    const ungleich = await b.post('/verwaltung/passwort', {
      aktuell: TEST_PASSWORT,
      neu: 'Mein neuer Passwortsatz',
      wiederholung: 'Mein neuer Passwortsatz!',
      ziel: '/verwaltung',
    });
    expect(ungleich.body).toContain('Die Wiederholung stimmt nicht');
    const schwach = await b.post('/verwaltung/passwort', {
      aktuell: TEST_PASSWORT,
      neu: 'Passwort2026!',
      wiederholung: 'Passwort2026!',
      ziel: '/verwaltung',
    });
    expect(schwach.statusCode).toBe(400);
    expect(schwach.body).toContain('häufig benutzter Passwörter');

    const ok = await b.post('/verwaltung/passwort', {
      aktuell: TEST_PASSWORT,
      neu: 'Mein neuer Passwortsatz',
      wiederholung: 'Mein neuer Passwortsatz',
      ziel: '/verwaltung',
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/verwaltung');
    expect(b.cookies[cookieName.personal]).not.toBe(alteSitzung);
    expect((await b.get('/verwaltung')).statusCode).toBe(200);
    const gespeichert = await kontoPerLogin(db, konto.login);
    expect(gespeichert?.passwortWechselNoetig).toBe(false);
    expect(gespeichert?.fehlversuche).toBe(0);
  });

  test('a voluntary change confirms on the page', async () => {
    const konto = await einKonto(t);
    const b = browser();
    await b.anmelden(konto.login);
    await b.get('/verwaltung/passwort');
    const res = await b.post('/verwaltung/passwort', {
      aktuell: TEST_PASSWORT,
      neu: 'Ein ganz anderer Satz',
      wiederholung: 'Ein ganz anderer Satz',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Ihr Passwort ist geändert');
  });

  test('an account without password (OIDC) is told where to change it', async () => {
    const cookies = await alsPersonal(t);
    const res = await t.app.inject({ url: '/verwaltung/passwort', cookies });
    expect(res.body).toContain('Ihr Passwort ändern Sie dort');
    expect(res.body).not.toContain('name="neu"');
  });
});

describe('accounts page for operations', () => {
  test('lists accounts and security events, never a hash', async () => {
    await einKonto(t, { login: 'liste.pruefen', anzeigename: 'Liste Prüfen' });
    const cookies = await alsPersonal(t, { rollen: ['betrieb'], behoerden: [] });
    const res = await t.app.inject({ url: '/verwaltung/konten', cookies });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('liste.pruefen');
    expect(res.body).toContain('Konto angelegt');
    expect(res.body).not.toContain('$argon2id');
  });
});
