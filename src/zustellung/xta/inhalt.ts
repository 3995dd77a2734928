import { leseMetadaten, metadatenAnhaengen, MetadatenFehler, type MessageMetaData } from './metadaten.ts';
import { NS } from './protokoll.ts';
import { kind, kinder, text, type XmlBau, type XmlElement } from '../../shared/index.ts';

// xta:GenericContentContainer and xta:TransportReport.

export type Inhalt = {
  daten: Buffer;
  contentType: string;
  encoding?: string | undefined;
  dateiname?: string | undefined;
  id?: string | undefined;
  beschreibung?: string | undefined;
  sprache?: string | undefined;
};

export type Container = { nachricht: Inhalt; anhaenge: Inhalt[] };

export function containerAnhaengen(eltern: XmlBau, c: Container): void {
  const cc = eltern.ele(NS.xta, 'xta:GenericContentContainer').ele(NS.xta, 'xta:ContentContainer');
  inhaltAnhaengen(cc, 'Message', c.nachricht);
  for (const a of c.anhaenge) inhaltAnhaengen(cc, 'Attachment', a);
}

function inhaltAnhaengen(eltern: XmlBau, name: string, i: Inhalt): void {
  const attrs: Record<string, string> = { contentType: i.contentType };
  const optional = {
    contentDescription: i.beschreibung,
    encoding: i.encoding,
    filename: i.dateiname,
    id: i.id,
    lang: i.sprache,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined && v !== '') attrs[k] = v;
  if (i.daten.length > 0) attrs.size = String(i.daten.length);
  eltern.ele(NS.xta, `xta:${name}`, attrs).txt(i.daten.toString('base64'));
}

export class ContainerFehler extends Error {
  constructor(
    meldung: string,
    readonly verschluesselt = false,
  ) {
    super(meldung);
    this.name = 'ContainerFehler';
  }
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

function leseInhalt(e: XmlElement): Inhalt {
  const contentType = e.attrs.contentType;
  if (contentType === undefined || contentType === '')
    throw new ContainerFehler(`${e.name}: das Attribut contentType fehlt.`);
  if (!BASE64.test(e.text)) throw new ContainerFehler(`${e.name}: der Inhalt ist kein Base64.`);
  return {
    daten: Buffer.from(e.text, 'base64'),
    contentType,
    encoding: e.attrs.encoding,
    dateiname: e.attrs.filename,
    id: e.attrs.id,
    beschreibung: e.attrs.contentDescription,
    sprache: e.attrs.lang,
  };
}

export function leseContainer(gcc: XmlElement): Container {
  if (kind(gcc, 'http://www.w3.org/2001/04/xmlenc#', 'EncryptedData') !== undefined)
    throw new ContainerFehler('Ende-zu-Ende-verschlüsselte Container werden nicht angenommen.', true);
  const cc = kind(gcc, NS.xta, 'ContentContainer');
  const nachricht = kind(cc, NS.xta, 'Message');
  if (nachricht === undefined) throw new ContainerFehler('ContentContainer/Message fehlt.');
  return { nachricht: leseInhalt(nachricht), anhaenge: kinder(cc, NS.xta, 'Attachment').map(leseInhalt) };
}

export function containerGroesse(c: Container): number {
  return c.nachricht.daten.length + c.anhaenge.reduce((s, a) => s + a.daten.length, 0);
}

export type Protokolleintrag = {
  zeit: Date;
  code: string;
  listURI: string;
  listVersionID: string;
  grund: string;
};

/** 0 = offen, 1 = grün (no errors or warnings), 2 = gelb (warnings), 3 = rot (errors). */
export type TransportStatus = 0 | 1 | 2 | 3;

export type TransportReport = {
  metadaten: MessageMetaData;
  berichtZeit: Date;
  serverIdentitaet: string;
  status: TransportStatus;
  fehler: Protokolleintrag[];
  warnungen: Protokolleintrag[];
  infos: Protokolleintrag[];
};

export function transportReportAnhaengen(eltern: XmlBau, r: TransportReport): void {
  const tr = eltern.ele(NS.xta, 'xta:TransportReport');
  metadatenAnhaengen(tr, r.metadaten);
  tr.ele(NS.xta, 'xta:ReportTime').txt(r.berichtZeit.toISOString());
  tr.ele(NS.xta, 'xta:XTAServerIdentity').txt(r.serverIdentitaet);
  const ms = tr.ele(NS.xta, 'xta:MessageStatus');
  ms.ele(NS.xta, 'xta:Status').txt(String(r.status));
  const liste = (listName: string, eintragName: string, eintraege: Protokolleintrag[]) => {
    if (eintraege.length === 0) return;
    const l = ms.ele(NS.xta, `xta:${listName}`);
    for (const e of eintraege) {
      const r = l.ele(NS.xta, `xta:${eintragName}`);
      r.ele(NS.xta, 'xta:Timestamp').txt(e.zeit.toISOString());
      r.ele(NS.xta, 'xta:Code', { listURI: e.listURI, listVersionID: e.listVersionID })
        .ele('', 'code')
        .txt(e.code);
      r.ele(NS.xta, 'xta:Reason').txt(e.grund);
    }
  };
  liste('ErrorList', 'Error', r.fehler);
  liste('WarnList', 'Warning', r.warnungen);
  liste('InfoList', 'Info', r.infos);
}

function leseEintraege(
  ms: XmlElement | undefined,
  listName: string,
  eintragName: string,
): Protokolleintrag[] {
  return kinder(kind(ms, NS.xta, listName), NS.xta, eintragName).map((e) => {
    const code = kind(e, NS.xta, 'Code');
    return {
      zeit: new Date(text(e, NS.xta, 'Timestamp') ?? 0),
      code: text(code, '', 'code') ?? '',
      listURI: code?.attrs.listURI ?? '',
      listVersionID: code?.attrs.listVersionID ?? '',
      grund: kind(e, NS.xta, 'Reason')?.text ?? '',
    };
  });
}

export function leseTransportReport(tr: XmlElement): TransportReport {
  const md = kind(tr, NS.oscimeta, 'MessageMetaData');
  if (md === undefined) throw new MetadatenFehler('TransportReport: MessageMetaData fehlt.');
  const ms = kind(tr, NS.xta, 'MessageStatus');
  const status = Number(text(ms, NS.xta, 'Status'));
  if (![0, 1, 2, 3].includes(status))
    throw new MetadatenFehler('TransportReport: Status fehlt oder ist unbekannt.');
  return {
    metadaten: leseMetadaten(md),
    berichtZeit: new Date(text(tr, NS.xta, 'ReportTime') ?? 0),
    serverIdentitaet: text(tr, NS.xta, 'XTAServerIdentity') ?? '',
    status: status as TransportStatus,
    fehler: leseEintraege(ms, 'ErrorList', 'Error'),
    warnungen: leseEintraege(ms, 'WarnList', 'Warning'),
    infos: leseEintraege(ms, 'InfoList', 'Info'),
  };
}
