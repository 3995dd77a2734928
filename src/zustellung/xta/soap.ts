import { randomUUID } from 'node:crypto';
import { create } from 'xmlbuilder2';
import { fehlernummerName, XtaFehler } from './fehler.ts';
import { ANONYM, AUSNAHMEN, FEHLERNUMMER_LISTE, NS, type Ausnahme } from './protokoll.ts';
import { kind, leseXml, text, XmlFehler, type XmlBau, type XmlElement } from '../../shared/index.ts';

// SOAP 1.2 envelopes with WS-Addressing headers, and SOAP faults carrying XTA exceptions.

export type Adressierung = {
  aktion: string;
  /** wsa:MessageID of this SOAP message (not the XTA MessageID of the transported message). */
  messageId?: string;
  an?: string;
  bezugAuf?: string;
  /** Answers carry RelatesTo instead of ReplyTo. */
  antwort?: boolean;
};

export const SOAP_CONTENT_TYPE = 'application/soap+xml; charset=UTF-8';

export function neueSoapMessageId(): string {
  return `urn:uuid:${randomUUID()}`;
}

/** Builds a SOAP 1.2 envelope. `kopf` and `rumpf` append the operation's header parts and body. */
export function umschlag(
  adresse: Adressierung,
  kopf: (header: XmlBau) => void,
  rumpf: (body: XmlBau) => void,
): string {
  const env = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS.s12, 's12:Envelope');
  for (const [p, uri] of [
    ['wsa', NS.wsa],
    ['xta', NS.xta],
    ['oscimeta', NS.oscimeta],
    ['osci', NS.osci],
  ] as const) {
    env.att(NS.xmlns, `xmlns:${p}`, uri);
  }
  const header = env.ele(NS.s12, 's12:Header');
  header.ele(NS.wsa, 'wsa:Action').txt(adresse.aktion);
  header.ele(NS.wsa, 'wsa:MessageID').txt(adresse.messageId ?? neueSoapMessageId());
  if (adresse.bezugAuf !== undefined) header.ele(NS.wsa, 'wsa:RelatesTo').txt(adresse.bezugAuf);
  header.ele(NS.wsa, 'wsa:To').txt(adresse.an ?? ANONYM);
  if (adresse.antwort !== true) {
    header.ele(NS.wsa, 'wsa:ReplyTo').ele(NS.wsa, 'wsa:Address').txt(ANONYM);
  }
  kopf(header);
  rumpf(env.ele(NS.s12, 's12:Body'));
  return env.end({ prettyPrint: false });
}

export type Fault = {
  ausnahme: Ausnahme;
  code: string;
  grund: string;
  /** Sender: the request was wrong; Receiver: the server failed; VersionMismatch: not a SOAP 1.2 envelope. */
  seite: 'Sender' | 'Receiver' | 'VersionMismatch';
  /** Subcodes below the code, outermost first, as QNames with the prefixes of the envelope (wsa:…). */
  unterCodes?: readonly string[];
  /** WS-Addressing faults name the header at fault (wsa:ProblemHeaderQName in the detail). */
  problemHeader?: string;
};

export function faultUmschlag(
  adresse: Adressierung,
  f: Fault,
  kopf: (h: XmlBau) => void = () => undefined,
): string {
  return umschlag(
    adresse,
    (h) => {
      if (f.seite === 'VersionMismatch')
        // SOAP 1.2 part 1, 5.4.7: the Upgrade header lists the envelope versions this node supports.
        h.ele(NS.s12, 's12:Upgrade').ele(NS.s12, 's12:SupportedEnvelope', { qname: 's12:Envelope' });
      kopf(h);
    },
    (body) => {
      const fault = body.ele(NS.s12, 's12:Fault');
      let code = fault.ele(NS.s12, 's12:Code');
      code.ele(NS.s12, 's12:Value').txt(`s12:${f.seite}`);
      for (const unter of f.unterCodes ?? []) {
        code = code.ele(NS.s12, 's12:Subcode');
        code.ele(NS.s12, 's12:Value').txt(unter);
      }
      fault.ele(NS.s12, 's12:Reason').ele(NS.s12, 's12:Text', { 'xml:lang': 'de' }).txt(f.grund);
      const detail = fault.ele(NS.s12, 's12:Detail');
      if (f.problemHeader !== undefined) detail.ele(NS.wsa, 'wsa:ProblemHeaderQName').txt(f.problemHeader);
      const fehler = detail
        .ele(NS.xta, `xta:${f.ausnahme}`)
        .ele(NS.xta, 'xta:errorCode', { listURI: FEHLERNUMMER_LISTE, listVersionID: '1.0' });
      fehler.ele('', 'code').txt(f.code);
      fehler.ele('', 'name').txt(fehlernummerName(f.code));
    },
  );
}

export type GelesenerUmschlag = {
  wurzel: XmlElement;
  kopf: XmlElement | undefined;
  rumpf: XmlElement;
  aktion: string | undefined;
  messageId: string | undefined;
  bezugAuf: string | undefined;
  /** How often each WS-Addressing header occurs (by local name), to refuse missing and repeated ones. */
  adressKoepfe: ReadonlyMap<string, number>;
};

export class UmschlagFehler extends Error {
  constructor(
    meldung: string,
    readonly versionsKonflikt = false,
  ) {
    super(meldung);
    this.name = 'UmschlagFehler';
  }
}

/** Parses a SOAP 1.2 envelope. Throws UmschlagFehler when it is none (SOAP 1.1 is a version mismatch). */
export function leseUmschlag(xml: string): GelesenerUmschlag {
  let wurzel: XmlElement;
  try {
    wurzel = leseXml(xml);
  } catch (error) {
    throw new UmschlagFehler(error instanceof XmlFehler ? error.message : 'Kein lesbares XML.');
  }
  if (wurzel.name === 'Envelope' && wurzel.ns === 'http://schemas.xmlsoap.org/soap/envelope/')
    throw new UmschlagFehler('Dieser Dienst spricht nur SOAP 1.2.', true);
  if (wurzel.ns !== NS.s12 || wurzel.name !== 'Envelope')
    throw new UmschlagFehler('Das Dokument ist kein SOAP-1.2-Umschlag.');
  const rumpf = kind(wurzel, NS.s12, 'Body');
  if (rumpf === undefined) throw new UmschlagFehler('Der SOAP-Umschlag hat keinen Body.');
  const kopf = kind(wurzel, NS.s12, 'Header');
  const adressKoepfe = new Map<string, number>();
  for (const k of kopf?.kinder ?? [])
    if (k.ns === NS.wsa) adressKoepfe.set(k.name, (adressKoepfe.get(k.name) ?? 0) + 1);
  return {
    adressKoepfe,
    wurzel,
    kopf,
    rumpf,
    aktion: text(kopf, NS.wsa, 'Action'),
    messageId: text(kopf, NS.wsa, 'MessageID'),
    bezugAuf: text(kopf, NS.wsa, 'RelatesTo'),
  };
}

/** The XTA error of a SOAP fault in the body, or undefined when the body holds no fault. */
export function leseFault(rumpf: XmlElement, httpStatus?: number): XtaFehler | undefined {
  const fault = kind(rumpf, NS.s12, 'Fault');
  if (fault === undefined) return undefined;
  const grund = kind(kind(fault, NS.s12, 'Reason'), NS.s12, 'Text')?.text.trim() ?? '';
  const detail = kind(fault, NS.s12, 'Detail');
  const ausnahmeElement = detail?.kinder.find((k) => k.ns === NS.xta);
  const ausnahme = AUSNAHMEN.find((a) => a === ausnahmeElement?.name);
  const fehlerCode = kind(ausnahmeElement, NS.xta, 'errorCode');
  const code = text(fehlerCode, '', 'code') ?? '9000';
  const name = text(fehlerCode, '', 'name');
  return new XtaFehler(ausnahme, code, grund !== '' ? grund : (name ?? fehlernummerName(code)), httpStatus);
}
