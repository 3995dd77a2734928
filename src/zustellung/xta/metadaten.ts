import { NS } from './protokoll.ts';
import { kind, text, type XmlBau as XMLBuilder, type XmlElement } from '../../shared/index.ts';

// oscimeta:MessageMetaData (OSCI MessageMetaData 2.0.2) as a typed value, its XML form and its parser.

export type Partei = {
  kennung: string;
  typ: string;
  name?: string | undefined;
  kategorie?: string | undefined;
};

export type Schluesselcode = {
  code: string;
  listURI: string;
  listVersionID: string;
  name?: string | undefined;
};

export type BusinessScenario = { definiert: Schluesselcode } | { undefiniert: string };

export type MessageMetaData = {
  test: boolean;
  zeiten: {
    origin?: Date | undefined;
    initialSend?: Date | undefined;
    delivery?: Date | undefined;
    initialFetch?: Date | undefined;
    reception?: Date | undefined;
  };
  autor: Partei;
  leser: Partei;
  messageId: string;
  betreff?: string | undefined;
  /** Qualifier/Service: the DVDV service URI. */
  dienst: string;
  businessScenario: BusinessScenario;
  nachrichtentyp: Schluesselcode & { payloadSchema: string };
  groesse?: number | undefined;
};

/** Appends <oscimeta:MessageMetaData> to the given element. */
export function metadatenAnhaengen(eltern: XMLBuilder, m: MessageMetaData): XMLBuilder {
  const o = (name: string) => `oscimeta:${name}`;
  const md = eltern.ele(NS.oscimeta, o('MessageMetaData'), m.test ? { TestMsg: 'true' } : {});
  const zeiten = md.ele(NS.oscimeta, o('DeliveryAttributes'));
  const zeit = (name: string, wert: Date | undefined) => {
    if (wert !== undefined) zeiten.ele(NS.oscimeta, o(name)).txt(wert.toISOString());
  };
  zeit('Origin', m.zeiten.origin);
  zeit('InitialSend', m.zeiten.initialSend);
  zeit('Delivery', m.zeiten.delivery);
  zeit('InitialFetch', m.zeiten.initialFetch);
  zeit('Reception', m.zeiten.reception);
  parteiAnhaengen(md.ele(NS.oscimeta, o('Originators')), 'Author', m.autor);
  parteiAnhaengen(md.ele(NS.oscimeta, o('Destinations')), 'Reader', m.leser);
  md.ele(NS.oscimeta, o('MsgIdentification')).ele(NS.wsa, 'wsa:MessageID').txt(m.messageId);
  const q = md.ele(NS.oscimeta, o('Qualifier'));
  if (m.betreff !== undefined) q.ele(NS.oscimeta, o('Subject')).txt(m.betreff);
  q.ele(NS.oscimeta, o('Service')).txt(m.dienst);
  const bs = q.ele(NS.oscimeta, o('BusinessScenario'));
  if ('definiert' in m.businessScenario) codeAnhaengen(bs, o('Defined'), m.businessScenario.definiert);
  else bs.ele(NS.oscimeta, o('Undefined')).txt(m.businessScenario.undefiniert);
  codeAnhaengen(q, o('MessageType'), m.nachrichtentyp, { payloadSchema: m.nachrichtentyp.payloadSchema });
  if (m.groesse !== undefined && m.groesse > 0) md.ele(NS.oscimeta, o('MsgSize')).txt(String(m.groesse));
  return md;
}

export function parteiAnhaengen(eltern: XMLBuilder, rolle: 'Author' | 'Reader', p: Partei): void {
  const attrs: Record<string, string> = { type: p.typ };
  if (p.name !== undefined && p.name !== '') attrs.name = p.name;
  if (p.kategorie !== undefined && p.kategorie !== '') attrs.category = p.kategorie;
  eltern.ele(NS.oscimeta, `oscimeta:${rolle}`).ele(NS.oscimeta, 'oscimeta:Identifier', attrs).txt(p.kennung);
}

function codeAnhaengen(
  eltern: XMLBuilder,
  qname: string,
  c: Schluesselcode,
  weitere: Record<string, string> = {},
): void {
  const e = eltern.ele(NS.oscimeta, qname, {
    listURI: c.listURI,
    listVersionID: c.listVersionID,
    ...weitere,
  });
  e.ele('', 'code').txt(c.code);
  if (c.name !== undefined) e.ele('', 'name').txt(c.name);
}

export class MetadatenFehler extends Error {
  constructor(meldung: string) {
    super(meldung);
    this.name = 'MetadatenFehler';
  }
}

function pflicht<T>(wert: T | undefined, was: string): T {
  if (wert === undefined) throw new MetadatenFehler(`MessageMetaData: ${was} fehlt.`);
  return wert;
}

function datum(e: XmlElement | undefined, name: string): Date | undefined {
  const t = text(e, NS.oscimeta, name);
  if (t === undefined) return undefined;
  const d = new Date(t);
  if (Number.isNaN(d.getTime())) throw new MetadatenFehler(`MessageMetaData: ${name} ist kein Zeitpunkt.`);
  return d;
}

export function leseSchluesselcode(e: XmlElement, was: string): Schluesselcode {
  const code = text(e, '', 'code');
  return {
    code: pflicht(code, `${was}/code`),
    listURI: pflicht(e.attrs.listURI, `${was}/@listURI`),
    listVersionID: pflicht(e.attrs.listVersionID, `${was}/@listVersionID`),
    name: text(e, '', 'name'),
  };
}

export function leseIdentifier(party: XmlElement | undefined, was: string): Partei {
  const id = pflicht(kind(party, NS.oscimeta, 'Identifier'), `${was}/Identifier`);
  const kennung = id.text.trim();
  if (kennung === '') throw new MetadatenFehler(`MessageMetaData: ${was}/Identifier ist leer.`);
  return {
    kennung,
    typ: pflicht(id.attrs.type, `${was}/Identifier/@type`),
    name: id.attrs.name,
    kategorie: id.attrs.category,
  };
}

/** Reads a MessageMetaData element; throws MetadatenFehler naming the first missing or wrong part. */
export function leseMetadaten(md: XmlElement): MessageMetaData {
  const o = NS.oscimeta;
  const zeiten = kind(md, o, 'DeliveryAttributes');
  pflicht(zeiten, 'DeliveryAttributes');
  const qualifier = pflicht(kind(md, o, 'Qualifier'), 'Qualifier');
  const bs = pflicht(kind(qualifier, o, 'BusinessScenario'), 'Qualifier/BusinessScenario');
  const definiert = kind(bs, o, 'Defined');
  const undefiniert = text(bs, o, 'Undefined');
  const mt = pflicht(kind(qualifier, o, 'MessageType'), 'Qualifier/MessageType');
  const groesseText = text(md, o, 'MsgSize');
  const groesse = groesseText === undefined ? undefined : Number(groesseText);
  if (groesse !== undefined && !(Number.isInteger(groesse) && groesse > 0))
    throw new MetadatenFehler('MessageMetaData: MsgSize ist keine positive ganze Zahl.');
  const testAttr = md.attrs.TestMsg;
  return {
    test: testAttr === 'true' || testAttr === '1',
    zeiten: {
      origin: datum(zeiten, 'Origin'),
      initialSend: datum(zeiten, 'InitialSend'),
      delivery: datum(zeiten, 'Delivery'),
      initialFetch: datum(zeiten, 'InitialFetch'),
      reception: datum(zeiten, 'Reception'),
    },
    autor: leseIdentifier(kind(kind(md, o, 'Originators'), o, 'Author'), 'Originators/Author'),
    leser: leseIdentifier(kind(kind(md, o, 'Destinations'), o, 'Reader'), 'Destinations/Reader'),
    messageId: pflicht(
      text(kind(md, o, 'MsgIdentification'), NS.wsa, 'MessageID'),
      'MsgIdentification/wsa:MessageID',
    ),
    betreff: kind(qualifier, o, 'Subject')?.text,
    dienst: pflicht(text(qualifier, o, 'Service'), 'Qualifier/Service'),
    businessScenario:
      definiert !== undefined
        ? { definiert: leseSchluesselcode(definiert, 'BusinessScenario/Defined') }
        : { undefiniert: pflicht(undefiniert, 'BusinessScenario/Defined oder Undefined') },
    nachrichtentyp: {
      ...leseSchluesselcode(mt, 'Qualifier/MessageType'),
      payloadSchema: pflicht(mt.attrs.payloadSchema, 'Qualifier/MessageType/@payloadSchema'),
    },
    groesse,
  };
}

export function metadatenAusJson(roh: unknown): MessageMetaData {
  const m = roh as Omit<MessageMetaData, 'zeiten'> & { zeiten: Record<string, string | undefined> };
  const d = (s: string | undefined) => (s === undefined ? undefined : new Date(s));
  return {
    ...m,
    zeiten: {
      origin: d(m.zeiten.origin),
      initialSend: d(m.zeiten.initialSend),
      delivery: d(m.zeiten.delivery),
      initialFetch: d(m.zeiten.initialFetch),
      reception: d(m.zeiten.reception),
    },
  };
}
