import type { BuergerIdentitaet, BuergerSitzung } from '../src/bundid/identitaet.ts';
import { cookieName } from '../src/web/sitzung.ts';
import type { TestApp } from './app.ts';

/** A Rostock tenant with a full eID record: valid defaults, override what a test is about. */
export function eineIdentitaet(overrides: Partial<BuergerIdentitaet> = {}): BuergerIdentitaet {
  return {
    pseudonym: 'bpk2:test-erika-mustermann',
    vertrauensniveau: 'hoch',
    vorname: 'Erika',
    familienname: 'Mustermann',
    geburtsname: 'Gabler',
    geburtsdatum: '1964-08-12',
    geburtsort: 'Rostock',
    anschrift: { strasse: 'Kröpeliner Straße', hausnummer: '12', plz: '18055', ort: 'Rostock', land: 'D' },
    staatsangehoerigkeit: 'deutsch',
    email: 'erika.mustermann@example.org',
    postfach: 'a6a91120-dfb2-4afc-ba2e-c9a5543fc36b',
    ...overrides,
  };
}

/**
 * Signs a citizen in without the SAML round trip, for tests of what comes after the login. The login itself
 * is tested through the real SAML flow in bundid/.
 */
export async function alsBuerger(t: TestApp, identitaet: BuergerIdentitaet = eineIdentitaet()) {
  const daten: BuergerSitzung = { identitaet, angemeldetAm: t.uhr.jetzt().toISOString() };
  const id = await t.app.sitzungen.erzeugen('buerger', daten);
  return { [cookieName.buerger]: id };
}
