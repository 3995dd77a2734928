import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app.ts';
import { gueltigesPdf } from './pdf.ts';

// A landlord's browser for the declaration pages: keeps its cookies and the CSRF token, posts forms as the
// pages do (urlencoded, and the declaration as multipart with the account statement).

/** Valid input of the declaration (differs from the tenant's figures on purpose: November 700 instead of 650). */
export const ERKLAERUNG: Record<string, string> = {
  art: 'unternehmen',
  name: 'WIRO Wohnen in Rostock',
  ansprechperson: 'Frau Schulz',
  telefon: '0381 456789',
  email: 'mietkonto@wiro.example',
  'stand-tag': '28',
  'stand-monat': '11',
  'stand-jahr': '2026',
  'monat1-monat': '10',
  'monat1-jahr': '2026',
  betrag1: '650,00',
  'monat2-monat': '11',
  'monat2-jahr': '2026',
  betrag2: '700,00',
  grundmiete: '450,00',
  betriebskosten: '120,00',
  heizkosten: '80,00',
  sonstiges: '',
  fortsetzung: 'ja',
  kuendigung: 'wirdZurueckgenommen',
  raeumungsklage: 'keine',
  'zahlungBis-tag': '15',
  'zahlungBis-monat': '12',
  'zahlungBis-jahr': '2026',
  kontoinhaber: 'WIRO Wohnen in Rostock',
  iban: 'DE02 1203 0000 0000 2020 51',
  bic: '',
  verwendungszweck: 'M-4711',
  richtig: 'ja',
};

/** A real (parsable, one-page) PDF: uploads are opened with a PDF parser. */
export const KONTOAUSZUG = gueltigesPdf('Mietkonto');

export function vermieterBrowser(t: TestApp, headers: Record<string, string> = {}) {
  const jar: Record<string, string> = {};
  let token: string | undefined;
  function merken(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string }[]) jar[c.name] = c.value;
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m?.[1] !== undefined) token = m[1];
    return res;
  }
  return {
    jar,
    async get(url: string) {
      return merken(await t.app.inject({ method: 'GET', url, cookies: jar, headers }));
    },
    async post(url: string, felder: Record<string, string> = {}) {
      const body = new URLSearchParams({ _csrf: token ?? '', ...felder }).toString();
      return merken(
        await t.app.inject({
          method: 'POST',
          url,
          cookies: jar,
          headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
          payload: body,
        }),
      );
    },
    async erklaeren(url: string, felder: Record<string, string>, datei?: { name: string; inhalt: Buffer }) {
      const grenze = `----mrvermieter${Math.random().toString(16).slice(2)}`;
      const teile: Buffer[] = [];
      for (const [name, wert] of Object.entries({ _csrf: token ?? '', ...felder }))
        teile.push(
          Buffer.from(`--${grenze}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${wert}\r\n`),
        );
      if (datei !== undefined)
        teile.push(
          Buffer.from(
            `--${grenze}\r\nContent-Disposition: form-data; name="mietkonto"; filename="${datei.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
          ),
          datei.inhalt,
          Buffer.from('\r\n'),
        );
      teile.push(Buffer.from(`--${grenze}--\r\n`));
      return merken(
        await t.app.inject({
          method: 'POST',
          url,
          cookies: jar,
          headers: { ...headers, 'content-type': `multipart/form-data; boundary=${grenze}` },
          payload: Buffer.concat(teile),
        }),
      );
    },
  };
}
