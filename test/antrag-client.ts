import type { LightMyRequestResponse } from 'fastify';
import { schrittMitId } from '../src/antrag/flow.ts';
import type { RohEingabe } from '../src/antrag/schritte/felder.ts';
import type { TestApp } from './app.ts';

// A citizen's browser for inject tests: keeps cookies, fetches a CSRF token from a page, posts forms the way
// the wizard's pages name their fields (dates as name-tag/-monat/-jahr, checkboxes repeated).

export function formularFelder(roh: RohEingabe): [string, string][] {
  const felder: [string, string][] = [];
  for (const [name, wert] of Object.entries(roh)) {
    if (Array.isArray(wert)) for (const w of wert) felder.push([name, w]);
    else if (typeof wert === 'object')
      for (const [teil, w] of Object.entries(wert)) felder.push([`${name}-${teil}`, w]);
    else felder.push([name, wert]);
  }
  return felder;
}

export function pfadFuer(basis: string, key: string): string {
  if (key === 'pruefen') return `${basis}/pruefen`;
  const [id = '', instanz = ''] = key.split('/');
  const schritt = schrittMitId(id);
  if (schritt === undefined) throw new Error(`Unbekannter Schritt ${key}`);
  return `${basis}/${schritt.slug.replace(':instanz', instanz)}`;
}

export type Browser = ReturnType<typeof browser>;

export function browser(t: TestApp, cookies: Record<string, string> = {}) {
  const jar: Record<string, string> = { ...cookies };
  let token: string | undefined;

  function merken(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string }[]) jar[c.name] = c.value;
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m?.[1] !== undefined) token = m[1];
    return res;
  }

  async function get(url: string) {
    return merken(await t.app.inject({ method: 'GET', url, cookies: jar }));
  }

  async function csrf(): Promise<string> {
    if (token === undefined) await get('/antrag');
    if (token === undefined) throw new Error('Kein CSRF-Token gefunden');
    return token;
  }

  async function post(url: string, felder: [string, string][] | RohEingabe = [], mitToken = true) {
    const liste = Array.isArray(felder) ? felder : formularFelder(felder);
    const body = new URLSearchParams(mitToken ? [['_csrf', await csrf()], ...liste] : liste).toString();
    return merken(
      await t.app.inject({
        method: 'POST',
        url,
        cookies: jar,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: body,
      }),
    );
  }

  async function hochladen(
    url: string,
    dateiname: string,
    inhalt: Buffer,
    mime = 'application/octet-stream',
    mitToken = true,
  ) {
    const grenze = '----mrtest' + Math.random().toString(16).slice(2);
    const payload = Buffer.concat([
      Buffer.from(
        `--${grenze}\r\nContent-Disposition: form-data; name="datei"; filename="${dateiname}"\r\nContent-Type: ${mime}\r\n\r\n`,
      ),
      inhalt,
      Buffer.from(`\r\n--${grenze}--\r\n`),
    ]);
    const ziel = mitToken ? `${url}?_csrf=${encodeURIComponent(await csrf())}` : url;
    return merken(
      await t.app.inject({
        method: 'POST',
        url: ziel,
        cookies: jar,
        headers: { 'content-type': `multipart/form-data; boundary=${grenze}` },
        payload,
      }),
    );
  }

  /** Starts a new draft and returns its base path /antrag/<id>. */
  async function neuerEntwurf(): Promise<string> {
    const res = await post('/antrag/neu');
    const ort = res.headers.location;
    if (res.statusCode !== 303 || typeof ort !== 'string')
      throw new Error(`Entwurf nicht angelegt: ${res.statusCode}`);
    return ort;
  }

  return { get, post, hochladen, neuerEntwurf, csrf, jar };
}
