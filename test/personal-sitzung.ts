import type { LightMyRequestResponse } from 'fastify';
import type { PersonalSitzung } from '../src/personal/rollen.ts';
import { cookieName } from '../src/web/sitzung.ts';
import type { TestApp } from './app.ts';
import { einKonto } from './personal.ts';

/** A staff member with valid defaults: the Land coordination. Override what a test is about. */
export function einePersonalSitzung(overrides: Partial<PersonalSitzung> = {}): PersonalSitzung {
  return {
    benutzerId: 'koordination-1',
    anzeigename: 'Karla Koordinatorin',
    rollen: ['land_koordination'],
    behoerden: [],
    angemeldetAm: '2026-11-29T09:00:00.000Z',
    ...overrides,
  };
}

export type Antwort = LightMyRequestResponse;

/**
 * A signed-in staff browser for inject(): keeps cookies, and fetches a CSRF token from a staff page before the
 * first POST. The account is created and the session started directly (the login is personal/'s business).
 */
export async function alsPersonal(t: TestApp, gewuenscht: PersonalSitzung = einePersonalSitzung()) {
  // personal/'s guard re-reads the account on every request: create it, then sign in as it.
  const konto = await einKonto(t, {
    anzeigename: gewuenscht.anzeigename,
    rollen: gewuenscht.rollen,
    behoerden: gewuenscht.behoerden,
    passwort: null,
  });
  const personal: PersonalSitzung = { ...gewuenscht, benutzerId: konto.id };
  const cookies = new Map<string, string>();
  cookies.set(cookieName.personal, await t.app.sitzungen.erzeugen('personal', personal));
  let csrf: string | null = null;

  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const merke = (res: Antwort) => {
    for (const c of res.cookies) cookies.set(c.name, c.value);
    return res;
  };
  async function token(): Promise<string> {
    if (csrf !== null) return csrf;
    const res = merke(
      await t.app.inject({ url: '/verwaltung/nachnutzung/kontakte', headers: { cookie: header() } }),
    );
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m?.[1] === undefined) throw new Error(`Kein CSRF-Token (Status ${res.statusCode})`);
    csrf = m[1];
    return csrf;
  }
  return {
    personal,
    /** Cookie and CSRF header, for tests that build their own requests (e.g. odd content types). */
    async kopfzeilen(): Promise<Record<string, string>> {
      const csrfToken = await token();
      return { cookie: header(), 'x-csrf-token': csrfToken };
    },
    async get(url: string) {
      return merke(await t.app.inject({ url, headers: { cookie: header() } }));
    },
    async post(url: string, felder: Record<string, string> = {}) {
      const body = new URLSearchParams({ _csrf: await token(), ...felder }).toString();
      return merke(
        await t.app.inject({
          method: 'POST',
          url,
          headers: { cookie: header(), 'content-type': 'application/x-www-form-urlencoded' },
          payload: body,
        }),
      );
    },
    async postMultipart(
      url: string,
      felder: Record<string, string>,
      datei?: { feld: string; name: string; typ: string; inhalt: Buffer },
    ) {
      const grenze = '----mr-test-grenze';
      const teile: Buffer[] = [];
      for (const [k, v] of Object.entries({ _csrf: await token(), ...felder })) {
        teile.push(Buffer.from(`--${grenze}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
      }
      if (datei !== undefined) {
        teile.push(
          Buffer.from(
            `--${grenze}\r\nContent-Disposition: form-data; name="${datei.feld}"; filename="${datei.name}"\r\nContent-Type: ${datei.typ}\r\n\r\n`,
          ),
          datei.inhalt,
          Buffer.from('\r\n'),
        );
      }
      teile.push(Buffer.from(`--${grenze}--\r\n`));
      return merke(
        await t.app.inject({
          method: 'POST',
          url,
          headers: { cookie: header(), 'content-type': `multipart/form-data; boundary=${grenze}` },
          payload: Buffer.concat(teile),
        }),
      );
    },
  };
}

export type PersonalBrowser = Awaited<ReturnType<typeof alsPersonal>>;
