import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { kontoAnlegen, type Konto, type KontoEingabe } from '../src/personal/konto-repo.ts';
import type { PersonalSitzung } from '../src/personal/rollen.ts';
import { cookieName } from '../src/web/sitzung.ts';
import type { TestApp } from './app.ts';

// Staff accounts and sessions for tests. Other parts use alsPersonal() to test their staff pages without
// going through the login form; the login itself is tested in src/personal/.

export const TEST_PASSWORT = 'Ein langer Satz als Passwort';

let zaehler = 0;

/**
 * Creates a staff account (Sachbearbeitung Rostock unless overridden). With `passwort: null` the account has
 * no password (as for OpenID Connect), which saves the ~0.1 s of argon2id per account.
 */
export async function einKonto(
  t: TestApp,
  overrides: Partial<KontoEingabe> & { passwort?: string | null; passwortWechselNoetig?: boolean } = {},
): Promise<Konto> {
  zaehler += 1;
  const e = await kontoAnlegen(
    t.datenbank.db,
    {
      login: `test.${String(zaehler)}.${String(process.pid)}`,
      anzeigename: `Test Person ${String(zaehler)}`,
      rollen: ['sachbearbeitung'],
      behoerden: ['13003'],
      ...overrides,
      passwort: overrides.passwort === undefined ? TEST_PASSWORT : overrides.passwort,
    },
    { jetzt: t.uhr.jetzt(), weg: 'system' },
  );
  if (!e.ok) throw new Error(`Testkonto: ${JSON.stringify(e.fehler)}`);
  return e.wert;
}

/**
 * Signs a staff member in without the login form and returns the cookie for inject(). Creates the account
 * (the guard re-reads it on every request) unless one is given.
 */
export async function alsPersonal(
  t: TestApp,
  konto: Konto | (Partial<KontoEingabe> & { passwort?: string | null }) = {},
): Promise<Record<string, string>> {
  const k = 'id' in konto ? konto : await einKonto(t, { passwort: null, ...konto });
  const daten: PersonalSitzung = {
    benutzerId: k.id,
    anzeigename: k.anzeigename,
    rollen: k.rollen,
    behoerden: k.behoerden,
    angemeldetAm: t.uhr.jetzt().toISOString(),
  };
  return { [cookieName.personal]: await t.app.sitzungen.erzeugen('personal', daten) };
}

/**
 * A tiny browser over inject(): keeps cookies, reads the CSRF token of the last form and sends it along.
 * Paths of cookies are ignored (every cookie goes with every request).
 */
export class InjectBrowser {
  cookies: Record<string, string> = {};
  csrf: string | undefined;
  letzte: LightMyRequestResponse | undefined;

  constructor(
    private readonly t: TestApp,
    private readonly remoteAddress = '127.0.0.1',
  ) {}

  async anfrage(options: InjectOptions): Promise<LightMyRequestResponse> {
    const res = await this.t.app.inject({
      remoteAddress: this.remoteAddress,
      ...options,
      cookies: { ...this.cookies, ...(options.cookies as Record<string, string> | undefined) },
    });
    for (const c of res.cookies) {
      const geloescht =
        c.value === '' ||
        (c.maxAge !== undefined && c.maxAge <= 0) ||
        (c.expires !== undefined && c.expires.getTime() < Date.now());
      if (geloescht) Reflect.deleteProperty(this.cookies, c.name);
      else this.cookies[c.name] = c.value;
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (token !== undefined) this.csrf = token;
    this.letzte = res;
    return res;
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.anfrage({ method: 'GET', url });
  }

  /** Posts a form; the CSRF token of the last page is added unless the form has its own `_csrf`. */
  post(url: string, form: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.anfrage({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: this.csrf ?? '', ...form }).toString(),
    });
  }

  /** Password login through the form, as a person would do it. */
  async anmelden(login: string, passwort = TEST_PASSWORT, ziel?: string): Promise<LightMyRequestResponse> {
    await this.get(
      ziel === undefined ? '/verwaltung/anmelden' : `/verwaltung/anmelden?ziel=${encodeURIComponent(ziel)}`,
    );
    return this.post('/verwaltung/anmelden', { login, passwort, ...(ziel !== undefined ? { ziel } : {}) });
  }
}
