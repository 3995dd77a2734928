import { afterAll, describe, expect, test } from 'vitest';
import { browser, pfadFuer } from '../../test/antrag-client.ts';
import { eingabe, kuerzesterWeg, type EingabeSchritt } from '../../test/antrag-eingaben.ts';
import { alsBuerger, eineIdentitaet } from '../../test/anmeldung.ts';
import { testApp } from '../../test/app.ts';

const t = await testApp();
afterAll(() => t.close());

const basisVon = (key: string) => key.split('/')[0] as EingabeSchritt;

async function angemeldet(identitaet = eineIdentitaet()) {
  return browser(t, await alsBuerger(t, identitaet));
}

/** Fills the shortest path and returns the draft's base path. */
async function kurzerAntrag(b: Awaited<ReturnType<typeof angemeldet>>) {
  const basis = await b.neuerEntwurf();
  for (const [i, key] of kuerzesterWeg.entries()) {
    const res = await b.post(pfadFuer(basis, key), eingabe(basisVon(key)));
    expect(res.statusCode, `${key}: ${res.body.slice(0, 300)}`).toBe(303);
    expect(res.headers.location).toBe(pfadFuer(basis, kuerzesterWeg[i + 1] ?? 'pruefen'));
  }
  return basis;
}

test('without a BundID session the wizard sends the citizen to the login and back', async () => {
  const res = await t.app.inject({ url: '/antrag' });
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe('/anmelden?ziel=%2Fantrag');
  const schritt = await t.app.inject({ url: '/antrag/AAAAAAAAAAAAAAAA/miete' });
  expect(schritt.headers.location).toBe('/anmelden?ziel=%2Fantrag%2FAAAAAAAAAAAAAAAA%2Fmiete');
});

describe('the shortest valid path', () => {
  test('every step saves and leads to the next one; check page, declarations, submit, receipt', async () => {
    const b = await angemeldet();
    const basis = await kurzerAntrag(b);
    const pruefen = await b.get(`${basis}/pruefen`);
    expect(pruefen.statusCode).toBe(200);
    expect(pruefen.body).toContain('Prüfen Sie Ihre Angaben');
    expect(pruefen.body).toContain('1.300,00 €');
    expect(pruefen.body).toContain('DE02 1203 0000 0000 2020 51');

    const erkl = await b.get(`${basis}/erklaerungen`);
    const schluessel = /name="_schluessel" value="([^"]+)"/.exec(erkl.body)?.[1];
    expect(schluessel).toBeDefined();
    const res = await b.post(`${basis}/erklaerungen`, {
      ...eingabe('erklaerungen'),
      _schluessel: schluessel!,
    });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
    expect(res.headers.location).toMatch(/^\/antrag\/eingang\/MR-2026-[2-9A-Z]{6}$/);
    const quittung = await b.get(String(res.headers.location));
    expect(quittung.statusCode).toBe(200);
    expect(quittung.body).toContain('Ihr Antrag ist eingegangen');
    expect(quittung.body).toContain('Hanse- und Universitätsstadt Rostock');
    expect(quittung.body).toContain('29. November 2026 um 10:00 Uhr');
    expect(quittung.body).toContain('Bitte reichen Sie diese Unterlagen nach');
    expect(quittung.body).toContain('Mietvertrag');
  });
});
