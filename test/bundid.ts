import os from 'node:os';
import path from 'node:path';
import type { Config } from '../src/config.ts';
import { bundidMaterial, type BundidMaterial } from '../src/bundid/laden.ts';
import {
  erzeugeSchluesselpaar,
  erzeugeSpSchluessel,
  ladeOderErzeuge,
  type Schluesselpaar,
  type SpSchluessel,
} from '../src/bundid/schluessel.ts';

/**
 * Test-only RSA keys (2048 bit for speed), generated on the first test run on this machine and kept in the
 * temp directory, so no private key is committed and test files do not each pay for key generation.
 */
export type TestSchluessel = { sp: SpSchluessel; testIdp: Schluesselpaar; fremd: Schluesselpaar };

export function testSchluessel(): Promise<TestSchluessel> {
  return ladeOderErzeuge(path.join(os.tmpdir(), 'mietrueckstaende-test-bundid-schluessel-v1.json'), () => ({
    sp: erzeugeSpSchluessel(2048),
    testIdp: erzeugeSchluesselpaar('BundID-Testumgebung (Tests)', 2048),
    fremd: erzeugeSchluesselpaar('Fremder Schluessel (Tests)', 2048),
  }));
}

/** The BundID material of the embedded mode (stand-in IdP), built from the test keys. */
export async function testBundid(config: Config): Promise<BundidMaterial> {
  const schluessel = await testSchluessel();
  return bundidMaterial(config, schluessel.sp, schluessel.testIdp);
}

// ---------------------------------------------------------------------------------------------------------
// Driving the SAML round trip through inject(), like a browser without JavaScript.

import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export type Formular = { action: string; felder: Record<string, string> };

function entitaeten(wert: string): string {
  return wert
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The first POST form of a page whose action matches `aktion` (or any), with its hidden fields. */
export function formular(html: string, aktion?: RegExp): Formular {
  const formulare = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  for (const [, attrs = '', inhalt = ''] of formulare) {
    if (!/method="post"/.test(attrs)) continue;
    const action = entitaeten(/action="([^"]*)"/.exec(attrs)?.[1] ?? '');
    if (aktion !== undefined && !aktion.test(action)) continue;
    const felder: Record<string, string> = {};
    for (const [input] of inhalt.matchAll(/<input\b[^>]*>/g)) {
      if (!/type="hidden"/.test(input)) continue;
      const name = /name="([^"]*)"/.exec(input)?.[1];
      const value = /value="([^"]*)"/.exec(input)?.[1] ?? '';
      if (name !== undefined) felder[name] = entitaeten(value);
    }
    return { action, felder };
  }
  throw new Error(`Kein POST-Formular${aktion === undefined ? '' : ` für ${String(aktion)}`} gefunden`);
}

/** A cookie jar for inject(): remembers Set-Cookie, forgets cleared cookies. */
export class Browser {
  cookies = new Map<string, string>();
  constructor(readonly app: FastifyInstance) {}

  merken(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      if (c.value === '' || (c.expires !== undefined && c.expires.getTime() < Date.now()) || c.maxAge === 0) {
        this.cookies.delete(c.name);
      } else {
        this.cookies.set(c.name, c.value);
      }
    }
    return res;
  }

  async get(url: string) {
    return this.merken(await this.app.inject({ method: 'GET', url, cookies: Object.fromEntries(this.cookies) }));
  }

  async post(url: string, felder: Record<string, string>) {
    const pfad = url.replace(/^https?:\/\/[^/]+/, '');
    return this.merken(
      await this.app.inject({
        method: 'POST',
        url: pfad,
        cookies: Object.fromEntries(this.cookies),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(felder).toString(),
      }),
    );
  }

  async senden(form: Formular, extra: Record<string, string> = {}) {
    return this.post(form.action, { ...form.felder, ...extra });
  }
}

/**
 * GET /anmelden → the stand-in's persona page → its response page. Returns the form that would go to
 * the ACS (not yet sent), so tests can send it as is or tamper with it first.
 */
export async function antwortHolen(
  browser: Browser,
  optionen: { persona?: string; ziel?: string; aktion?: string; felder?: Record<string, string> } = {},
): Promise<Formular> {
  const start = await browser.get(`/anmelden?ziel=${encodeURIComponent(optionen.ziel ?? '/antrag')}`);
  if (start.statusCode !== 200) throw new Error(`/anmelden: ${start.statusCode}`);
  const auswahl = await browser.senden(formular(start.body));
  if (auswahl.statusCode !== 200) throw new Error(`Testumgebung: ${auswahl.statusCode}`);
  const antwort = await browser.senden(formular(auswahl.body), {
    persona: optionen.persona ?? 'rostock',
    aktion: optionen.aktion ?? 'anmelden',
    ...optionen.felder,
  });
  if (antwort.statusCode !== 200) throw new Error(`Testumgebung Antwort: ${antwort.statusCode}`);
  return formular(antwort.body, /\/bundid\/acs$/);
}
