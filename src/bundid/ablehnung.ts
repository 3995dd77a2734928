import type { BuergerIdentitaet } from './identitaet.ts';

// Why a BundID response is refused: a reason code for the page and the log, and a detail text of our own
// (never attribute values or SAML text from the IdP). The checks throw `Ablehnung`; the service provider
// turns it into a result.

export type Ablehnungsgrund =
  | 'ungueltig'
  | 'status'
  | 'aussteller'
  | 'nicht_verschluesselt'
  | 'mehrere_assertions'
  | 'verschluesselung_algorithmus'
  | 'entschluesselung'
  | 'signatur_algorithmus'
  | 'signatur'
  | 'zielgruppe'
  | 'ziel_adresse'
  | 'empfaenger'
  | 'abgelaufen'
  | 'noch_nicht_gueltig'
  | 'unaufgefordert'
  | 'fremder_browser'
  | 'wiederholt'
  | 'anfrage_abgelaufen'
  | 'niveau_fehlt'
  | 'niveau_zu_niedrig'
  | 'pseudonym_fehlt';

export type Pruefergebnis =
  | { ok: true; identitaet: BuergerIdentitaet; ziel: string }
  | { ok: false; grund: Ablehnungsgrund; detail: string };

export class Ablehnung extends Error {
  constructor(
    readonly grund: Ablehnungsgrund,
    readonly detail: string,
  ) {
    super(`${grund}: ${detail}`);
  }
}

export function ablehnen(grund: Ablehnungsgrund, detail: string): never {
  throw new Ablehnung(grund, detail);
}

/** The last part of a URI, for logs ("rsa-sha1"), never attribute values. */
export function kurz(uri: string): string {
  return uri.slice(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf(':')) + 1).slice(0, 60);
}
