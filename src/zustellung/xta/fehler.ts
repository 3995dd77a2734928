import { FEHLERNUMMERN, type Ausnahme } from './protokoll.ts';

/** A SOAP fault answered by an XTA server, typed by its exception element and XTA error code. */
export class XtaFehler extends Error {
  constructor(
    readonly ausnahme: Ausnahme | undefined,
    readonly code: string,
    readonly grund: string,
    readonly httpStatus?: number,
  ) {
    super(`XTA-Fehler ${code}${ausnahme === undefined ? '' : ` (${ausnahme})`}: ${grund}`);
    this.name = 'XtaFehler';
  }
}

export type VerbindungsFehlerArt =
  | 'verweigert' // connection refused
  | 'zeitueberschreitung' // no answer within the time-out
  | 'abgebrochen' // the connection closed before an answer arrived
  | 'tls' // TLS handshake or certificate problem
  | 'netz' // DNS and other network errors
  | 'http' // an HTTP error status without a SOAP fault
  | 'antwort'; // an answer that is no usable SOAP message

/** The transport failed: nothing (or nothing usable) came back from the server. */
export class XtaVerbindungsFehler extends Error {
  constructor(
    readonly art: VerbindungsFehlerArt,
    meldung: string,
    readonly httpStatus?: number,
  ) {
    super(meldung);
    this.name = 'XtaVerbindungsFehler';
  }
}

export function fehlernummerName(code: string): string {
  return (FEHLERNUMMERN as Record<string, string>)[code] ?? 'Unbekannter Fehler';
}
