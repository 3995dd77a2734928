import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/index.ts';
import { type Schluessel, kind, kinder, text, type XmlBau, type XmlElement } from '../../shared/index.ts';
import {
  containerAnhaengen,
  containerGroesse,
  ContainerFehler,
  leseContainer,
  transportReportAnhaengen,
  type Container,
} from '../xta/inhalt.ts';
import {
  leseIdentifier,
  leseMetadaten,
  MetadatenFehler,
  metadatenAnhaengen,
  type MessageMetaData,
} from '../xta/metadaten.ts';
import { AKTION, NS, type Ausnahme, type Fehlernummer, type Operation } from '../xta/protokoll.ts';
import { faultUmschlag, umschlag, type Fault, type GelesenerUmschlag } from '../xta/soap.ts';
import * as repo from './postfach-repo.ts';

// The operations of the built-in XTA 2 Version 3 server. Every answer is a complete SOAP 1.2 envelope.

/** Who is calling: a loopback client naming itself in the Author header, or a verified TLS client. */
export type Identitaet =
  { art: 'loopback' } | { art: 'zertifikat'; konto: repo.XtaKonto } | { art: 'keine'; grund: string };

export type ServerKontext = {
  db: Db;
  schluessel: Schluessel;
  jetzt: () => Date;
  /** XTAServerIdentity and the middle part of created MessageIDs. */
  serverIdentitaet: string;
  messageIdPraefix: string;
  maxNachrichtBytes: number;
};

export class ServerFault extends Error {
  constructor(
    readonly ausnahme: Ausnahme,
    readonly code: Fehlernummer,
    readonly grund: string,
    readonly seite: Fault['seite'] = 'Sender',
    readonly extra: {
      unterCodes?: readonly string[];
      problemHeader?: string;
      /** HTTP status instead of the SOAP 1.2 binding's default (400 for Sender, 500 otherwise). */
      http?: number;
      /** Header parts of the fault envelope (osci:MsgBoxResponse when no message is available). */
      kopf?: (h: XmlBau) => void;
    } = {},
  ) {
    super(grund);
    this.name = 'ServerFault';
  }
}

export type ServerAntwort = { xml: string; status: number; kopfzeilen?: Record<string, string> };

const RECORD_LISTE = 'urn:mietrueckstaende:xta:codeliste:protokolleintrag';

export function faultAntwort(aktion: string, bezugAuf: string | undefined, f: ServerFault): ServerAntwort {
  return {
    xml: faultUmschlag(
      { aktion, antwort: true, ...(bezugAuf === undefined ? {} : { bezugAuf }) },
      {
        ausnahme: f.ausnahme,
        code: f.code,
        grund: f.grund,
        seite: f.seite,
        ...(f.extra.unterCodes === undefined ? {} : { unterCodes: f.extra.unterCodes }),
        ...(f.extra.problemHeader === undefined ? {} : { problemHeader: f.extra.problemHeader }),
      },
      f.extra.kopf,
    ),
    status: f.extra.http ?? (f.seite === 'Sender' ? 400 : 500),
  };
}

export async function bearbeite(
  k: ServerKontext,
  operation: Operation,
  anfrage: GelesenerUmschlag,
  identitaet: Identitaet,
): Promise<ServerAntwort> {
  const aktion = AKTION[operation];
  const bezugAuf = anfrage.messageId;
  const antwort = (kopf: (h: XmlBau) => void, rumpf: (b: XmlBau) => void): ServerAntwort => ({
    xml: umschlag({ aktion, antwort: true, ...(bezugAuf === undefined ? {} : { bezugAuf }) }, kopf, rumpf),
    status: 200,
  });
  try {
    switch (operation) {
      case 'checkAccountActive':
        await aufrufer(k, anfrage, identitaet);
        return antwort(leer, leer);
      case 'createMessageId': {
        const konto = await aufrufer(k, anfrage, identitaet);
        const id = `urn:de:xta:messageid:${k.messageIdPraefix}:${randomUUID()}`;
        await repo.reserviereMessageId(k.db, id, konto.kennung, k.jetzt());
        return antwort(leer, (b) => b.ele(NS.wsa, 'wsa:MessageID').txt(id));
      }
      case 'sendMessage':
        await sende(k, anfrage, identitaet);
        return antwort(leer, leer);
      case 'sendMessageSync':
        throw new ServerFault(
          'SyncAsyncException',
          '9080',
          'Dieses Postfach nimmt Nachrichten nur asynchron an.',
        );
      case 'getTransportReport':
        return await transportBericht(k, anfrage, await aufrufer(k, anfrage, identitaet), antwort);
      case 'lookupService':
        await aufrufer(k, anfrage, identitaet);
        return await dienstSuche(k, anfrage, antwort);
      case 'cancelMessage': {
        const konto = await aufrufer(k, anfrage, identitaet);
        const id = messageIdImRumpf(anfrage);
        const n = await repo.findeNachricht(k.db, k.schluessel, id);
        if (n === undefined || n.autor !== konto.kennung)
          throw new ServerFault(
            'ParameterIsNotValidException',
            '9070',
            `Die MessageID ${id} ist diesem Konto nicht bekannt.`,
          );
        throw new ServerFault(
          'CancelDeniedException',
          '9101',
          'Die Nachricht wurde ohne NotBefore gesendet und ist bereits zugestellt.',
        );
      }
      case 'getStatusList':
        return await statusListe(k, anfrage, await aufrufer(k, anfrage, identitaet), antwort);
      case 'getNextStatusList':
        return await naechsteStatusListe(k, anfrage, await aufrufer(k, anfrage, identitaet), antwort);
      case 'getMessage':
      case 'getNextMessage':
        return await holeNachricht(k, operation, anfrage, await aufrufer(k, anfrage, identitaet), antwort);
      case 'close':
        return await schliesseAbruf(k, anfrage, await aufrufer(k, anfrage, identitaet), antwort);
    }
  } catch (error) {
    if (error instanceof ServerFault) return faultAntwort(aktion, bezugAuf, error);
    throw error;
  }
}

function parameter<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof MetadatenFehler)
      throw new ServerFault('ParameterIsNotValidException', '9020', error.message);
    throw error;
  }
}

function messageIdImRumpf(anfrage: GelesenerUmschlag): string {
  const id = text(anfrage.rumpf, NS.wsa, 'MessageID');
  if (id === undefined)
    throw new ServerFault('ParameterIsNotValidException', '9020', 'wsa:MessageID fehlt im Body.');
  return id;
}

async function konto(k: ServerKontext, kennung: string): Promise<repo.XtaKonto> {
  const gefunden = await repo.findeKonto(k.db, kennung);
  if (gefunden === undefined)
    throw new ServerFault('PermissionDeniedException', '9012', `Das Konto ${kennung} gibt es nicht.`);
  if (gefunden.gesperrt)
    throw new ServerFault('PermissionDeniedException', '9011', `Das Konto ${kennung} ist gesperrt.`);
  return gefunden;
}

/** The account of the caller of a management or mailbox operation (Author header). */
async function aufrufer(
  k: ServerKontext,
  anfrage: GelesenerUmschlag,
  identitaet: Identitaet,
): Promise<repo.XtaKonto> {
  const autor = kind(anfrage.kopf, NS.oscimeta, 'Author');
  const genannt = autor === undefined ? undefined : parameter(() => leseIdentifier(autor, 'Author')).kennung;
  return identifiziere(k, identitaet, genannt);
}

async function identifiziere(
  k: ServerKontext,
  identitaet: Identitaet,
  genannt: string | undefined,
): Promise<repo.XtaKonto> {
  switch (identitaet.art) {
    case 'keine':
      throw new ServerFault('PermissionDeniedException', '9012', identitaet.grund);
    case 'zertifikat':
      if (genannt !== undefined && genannt !== identitaet.konto.kennung)
        throw new ServerFault(
          'PermissionDeniedException',
          '9014',
          'Das Clientzertifikat gehört nicht zur genannten Kennung.',
        );
      return konto(k, identitaet.konto.kennung);
    case 'loopback':
      if (genannt === undefined)
        throw new ServerFault('ParameterIsNotValidException', '9020', 'Der Header oscimeta:Author fehlt.');
      return konto(k, genannt);
  }
}

async function sende(k: ServerKontext, anfrage: GelesenerUmschlag, identitaet: Identitaet): Promise<void> {
  const mdElement = kind(anfrage.kopf, NS.oscimeta, 'MessageMetaData');
  if (mdElement === undefined)
    throw new ServerFault(
      'ParameterIsNotValidException',
      '9020',
      'Der Header oscimeta:MessageMetaData fehlt.',
    );
  const metadaten: MessageMetaData = parameter(() => leseMetadaten(mdElement));
  const autor = await identifiziere(k, identitaet, metadaten.autor.kennung);
  if (autor.dienste !== null && !autor.dienste.includes(metadaten.dienst))
    throw new ServerFault(
      'PermissionDeniedException',
      '9013',
      `Der Dienst ${metadaten.dienst} ist für dieses Konto nicht gebucht.`,
    );
  const gcc = kind(anfrage.rumpf, NS.xta, 'GenericContentContainer');
  if (gcc === undefined)
    throw new ServerFault('ParameterIsNotValidException', '9020', 'xta:GenericContentContainer fehlt.');
  let container: Container;
  try {
    container = leseContainer(gcc);
  } catch (error) {
    if (error instanceof ContainerFehler)
      throw new ServerFault(
        'ParameterIsNotValidException',
        error.verschluesselt ? '9052' : '9022',
        error.message,
      );
    throw error;
  }
  const groesse = containerGroesse(container);
  if (groesse > k.maxNachrichtBytes)
    throw new ServerFault(
      'ParameterIsNotValidException',
      '9023',
      `Die Nachricht ist ${groesse} Bytes groß; erlaubt sind höchstens ${k.maxNachrichtBytes}.`,
    );
  const leser = await repo.findeKonto(k.db, metadaten.leser.kennung);
  if (leser === undefined || leser.gesperrt)
    throw new ServerFault(
      'XTAWSTechnicalProblemException',
      '9031',
      `Für die Kennung ${metadaten.leser.kennung} gibt es hier kein Postfach.`,
      'Receiver',
    );
  if (await repo.findeNachricht(k.db, k.schluessel, metadaten.messageId))
    throw new ServerFault(
      'ParameterIsNotValidException',
      '9024',
      `Die MessageID ${metadaten.messageId} ist bereits vergeben.`,
    );
  if (!(await repo.istReserviert(k.db, metadaten.messageId, autor.kennung)))
    throw new ServerFault(
      'ParameterIsNotValidException',
      '9070',
      `Die MessageID ${metadaten.messageId} wurde nicht mit createMessageId für dieses Konto erzeugt.`,
    );
  const gespeichert = await repo.speichereNachricht(k.db, k.schluessel, {
    metadaten: { ...metadaten, groesse: metadaten.groesse ?? (groesse > 0 ? groesse : undefined) },
    container,
    groesse,
    eingangAm: k.jetzt(),
  });
  if (!gespeichert)
    throw new ServerFault(
      'ParameterIsNotValidException',
      '9024',
      `Die MessageID ${metadaten.messageId} ist bereits vergeben.`,
    );
}

function auswahl(e: XmlElement | undefined): repo.Auswahl {
  const s = kind(e, NS.osci, 'MsgSelector');
  const datum = (name: string) => {
    const t = text(s, NS.osci, name);
    return t === undefined ? undefined : new Date(t);
  };
  const neu = s?.attrs.newEntry;
  return {
    messageIds: kinder(s, NS.wsa, 'MessageID').map((m) => m.text.trim()),
    nurNeue: neu === undefined ? undefined : neu === 'true' || neu === '1',
    von: datum('MsgBoxEntryTimeFrom'),
    bis: datum('MsgBoxEntryTimeTo'),
  };
}

const leer = (): void => undefined;

type Antwortbauer = (kopf: (h: XmlBau) => void, rumpf: (b: XmlBau) => void) => ServerAntwort;

function msgBoxResponse(h: XmlBau, requestId: string, ausstehend: number | 'keine', grund = 'NoMatch'): void {
  const r = h.ele(NS.osci, 'osci:MsgBoxResponse', { MsgBoxRequestID: requestId });
  if (ausstehend === 'keine')
    r.ele(NS.osci, 'osci:NoMessageAvailable', {
      reason: `http://www.osci.eu/ws/2008/05/transport/MsgBox/reasons/${grund}`,
    });
  else r.ele(NS.osci, 'osci:ItemsPending').txt(String(ausstehend));
}

function listenEintrag(b: XmlBau, n: repo.GespeicherteNachricht, form: string): void {
  if (form === 'MsgAtrributes') {
    const a = b.ele(NS.osci, 'osci:MsgAttributes');
    a.ele(NS.wsa, 'wsa:MessageID').txt(n.messageId);
    const bs = n.metadaten.businessScenario;
    a.ele(NS.osci, 'osci:TypeOfBusinessScenario').txt('definiert' in bs ? bs.definiert.code : bs.undefiniert);
    a.ele(NS.osci, 'osci:MsgSize').txt(String(n.groesse));
    a.ele(NS.osci, 'osci:DeliveryTime').txt(n.eingangAm.toISOString());
    if (n.abgeholtAm !== null) a.ele(NS.osci, 'osci:InitialFetchedTime').txt(n.abgeholtAm.toISOString());
  } else metadatenAnhaengen(b, n.metadaten);
}

async function statusListe(
  k: ServerKontext,
  anfrage: GelesenerUmschlag,
  konto: repo.XtaKonto,
  antwort: Antwortbauer,
) {
  const req = kind(anfrage.rumpf, NS.osci, 'MsgBoxStatusListRequest');
  if (req === undefined)
    throw new ServerFault('ParameterIsNotValidException', '9020', 'osci:MsgBoxStatusListRequest fehlt.');
  const form = req.attrs.ListForm === 'MsgAtrributes' ? 'MsgAtrributes' : 'MessageMetaData';
  const max = req.attrs.maxListItems === undefined ? Infinity : Number(req.attrs.maxListItems);
  if (!(max > 0))
    throw new ServerFault('ParameterIsNotValidException', '9022', 'maxListItems muss positiv sein.');
  const alle = await repo.waehleNachrichten(k.db, k.schluessel, konto.kennung, auswahl(req));
  const seite = alle.slice(0, max);
  const requestId = `urn:uuid:${randomUUID()}`;
  await repo.neuerAbruf(k.db, {
    id: requestId,
    konto: konto.kennung,
    art: 'liste',
    ids: alle.map((n) => n.messageId),
    position: seite.length,
    listForm: form,
    jetzt: k.jetzt(),
  });
  return listenAntwort(antwort, requestId, seite, alle.length - seite.length, form);
}

function listenAntwort(
  antwort: Antwortbauer,
  requestId: string,
  seite: repo.GespeicherteNachricht[],
  rest: number,
  form: string,
) {
  return antwort(
    (h) => {
      msgBoxResponse(h, requestId, seite.length === 0 ? 'keine' : rest);
    },
    (b) => {
      const liste = b.ele(NS.osci, 'osci:MsgStatusList');
      for (const n of seite) listenEintrag(liste, n, form);
    },
  );
}

async function naechsteStatusListe(
  k: ServerKontext,
  anfrage: GelesenerUmschlag,
  konto: repo.XtaKonto,
  antwort: Antwortbauer,
) {
  const req = kind(anfrage.rumpf, NS.osci, 'MsgBoxGetNextRequest');
  const requestId = req?.attrs.MsgBoxRequestID;
  if (requestId === undefined)
    throw new ServerFault(
      'ParameterIsNotValidException',
      '9020',
      'MsgBoxGetNextRequest/@MsgBoxRequestID fehlt.',
    );
  const abruf = await repo.findeAbruf(k.db, requestId, konto.kennung);
  if (abruf?.art !== 'liste')
    return antwort(
      (h) => {
        msgBoxResponse(h, requestId, 'keine', 'RequestIdInvalid');
      },
      (b) => b.ele(NS.osci, 'osci:MsgStatusList'),
    );
  const ids = abruf.message_ids.slice(abruf.position, abruf.position + 100);
  const nachrichten = await repo.waehleNachrichten(k.db, k.schluessel, konto.kennung, {
    messageIds: ids,
    nurNeue: undefined,
    von: undefined,
    bis: undefined,
  });
  await repo.setzeAbrufPosition(k.db, requestId, abruf.position + ids.length);
  return listenAntwort(
    antwort,
    requestId,
    nachrichten,
    abruf.message_ids.length - abruf.position - ids.length,
    abruf.list_form,
  );
}

async function holeNachricht(
  k: ServerKontext,
  operation: 'getMessage' | 'getNextMessage',
  anfrage: GelesenerUmschlag,
  konto: repo.XtaKonto,
  antwort: Antwortbauer,
): Promise<ServerAntwort> {
  let requestId: string;
  let ids: string[];
  let position: number;
  if (operation === 'getMessage') {
    const req = kind(anfrage.rumpf, NS.osci, 'MsgBoxFetchRequest');
    if (req === undefined)
      throw new ServerFault('ParameterIsNotValidException', '9020', 'osci:MsgBoxFetchRequest fehlt.');
    const a = auswahl(req);
    const gefunden = await repo.waehleNachrichten(k.db, k.schluessel, konto.kennung, a);
    if (a.messageIds.length > 0 && gefunden.length === 0)
      throw new ServerFault(
        'InvalidMessageIDException',
        '9070',
        'Keine der angefragten MessageIDs liegt in diesem Postfach.',
      );
    requestId = `urn:uuid:${randomUUID()}`;
    ids = gefunden.map((n) => n.messageId);
    position = 0;
    await repo.neuerAbruf(k.db, {
      id: requestId,
      konto: konto.kennung,
      art: 'nachricht',
      ids,
      position: 1,
      listForm: 'MessageMetaData',
      jetzt: k.jetzt(),
    });
  } else {
    const req = kind(anfrage.rumpf, NS.osci, 'MsgBoxGetNextRequest');
    const rid = req?.attrs.MsgBoxRequestID;
    if (rid === undefined)
      throw new ServerFault(
        'ParameterIsNotValidException',
        '9020',
        'MsgBoxGetNextRequest/@MsgBoxRequestID fehlt.',
      );
    requestId = rid;
    const abruf = await repo.findeAbruf(k.db, requestId, konto.kennung);
    if (abruf?.art !== 'nachricht') throw keineNachricht(requestId, 'RequestIdInvalid');
    await repo.quittiere(
      k.db,
      konto.kennung,
      kinder(req, NS.osci, 'LastMsgReceived').map((e) => e.text.trim()),
      k.jetzt(),
    );
    ids = abruf.message_ids;
    position = abruf.position;
    await repo.setzeAbrufPosition(k.db, requestId, position + 1);
  }
  const id = ids[position];
  if (id === undefined) throw keineNachricht(requestId, 'NoMatch');
  const n = await repo.findeNachricht(k.db, k.schluessel, id);
  if (n === undefined || n.quittiertAm !== null)
    throw new ServerFault(
      'InvalidMessageIDException',
      '9070',
      `Die Nachricht ${id} ist abgeschlossen oder gibt es nicht mehr.`,
    );
  await repo.markiereAbgeholt(k.db, id, k.jetzt());
  const container = await repo.leseInhalt(k.db, k.schluessel, id);
  return antwort(
    (h) => {
      metadatenAnhaengen(h, n.metadaten);
      msgBoxResponse(h, requestId, ids.length - position - 1);
    },
    (b) => {
      containerAnhaengen(b, container);
    },
  );
}

/**
 * No message to hand out. The WSDL's answer needs a GenericContentContainer, so an empty body would break every
 * generated client: a fault (InvalidMessageIDException 9070) that still carries osci:MsgBoxResponse with
 * NoMessageAvailable and its OSCI reason in the header (docs/adr/0018-xta-fehler-und-wsdl.md).
 */
function keineNachricht(requestId: string, grund: 'NoMatch' | 'RequestIdInvalid'): ServerFault {
  return new ServerFault(
    'InvalidMessageIDException',
    '9070',
    grund === 'NoMatch'
      ? 'Im Postfach liegt keine (weitere) Nachricht zum Abruf bereit.'
      : `Der Abruf ${requestId} ist nicht (mehr) offen.`,
    'Sender',
    {
      kopf: (h) => {
        msgBoxResponse(h, requestId, 'keine', grund);
      },
    },
  );
}

/** The transport report of a message the caller sent or receives. */
async function transportBericht(
  k: ServerKontext,
  anfrage: GelesenerUmschlag,
  konto: repo.XtaKonto,
  antwort: Antwortbauer,
): Promise<ServerAntwort> {
  const id = messageIdImRumpf(anfrage);
  const n = await repo.findeNachricht(k.db, k.schluessel, id);
  if (n === undefined || (n.autor !== konto.kennung && n.leser !== konto.kennung))
    throw new ServerFault(
      'InvalidMessageIDException',
      '9070',
      `Die MessageID ${id} ist diesem Konto nicht bekannt.`,
    );
  return antwort(leer, (b) => {
    transportReportAnhaengen(b, {
      metadaten: n.metadaten,
      berichtZeit: k.jetzt(),
      serverIdentitaet: k.serverIdentitaet,
      status: 1,
      fehler: [],
      warnungen: [],
      infos: [
        {
          zeit: n.eingangAm,
          code: 'Delivery',
          listURI: RECORD_LISTE,
          listVersionID: '1',
          grund: 'In das Postfach des Lesers eingestellt.',
        },
        ...(n.abgeholtAm === null
          ? []
          : [
              {
                zeit: n.abgeholtAm,
                code: 'InitialFetch',
                listURI: RECORD_LISTE,
                listVersionID: '1',
                grund: 'Vom Leser abgeholt.',
              },
            ]),
        ...(n.quittiertAm === null
          ? []
          : [
              {
                zeit: n.quittiertAm,
                code: 'Reception',
                listURI: RECORD_LISTE,
                listVersionID: '1',
                grund: 'Vom Leser quittiert.',
              },
            ]),
      ],
    });
  });
}

/** Whether each asked reader takes the asked service. */
async function dienstSuche(
  k: ServerKontext,
  anfrage: GelesenerUmschlag,
  antwort: Antwortbauer,
): Promise<ServerAntwort> {
  const req = kind(anfrage.rumpf, NS.xta, 'LookupServiceRequest');
  const eintraege = kinder(req, NS.xta, 'LookupServiceRequestList').map((l) =>
    kind(l, NS.xta, 'LookupService'),
  );
  if (eintraege.length === 0)
    throw new ServerFault('ParameterIsNotValidException', '9020', 'LookupServiceRequest fehlt.');
  const ergebnisse: {
    leser: ReturnType<typeof leseIdentifier>;
    dienst: string;
    verfuegbar: boolean;
  }[] = [];
  for (const e of eintraege) {
    const leser = parameter(() => leseIdentifier(kind(e, NS.oscimeta, 'Reader'), 'Reader'));
    const dienst = text(e, NS.xta, 'ServiceType');
    if (dienst === undefined)
      throw new ServerFault('ParameterIsNotValidException', '9020', 'ServiceType fehlt.');
    const konto = await repo.findeKonto(k.db, leser.kennung);
    const verfuegbar =
      konto !== undefined && !konto.gesperrt && (konto.dienste === null || konto.dienste.includes(dienst));
    ergebnisse.push({ leser, dienst, verfuegbar });
  }
  return antwort(leer, (b) => {
    const liste = b.ele(NS.xta, 'xta:LookupServiceResponse').ele(NS.xta, 'xta:LookupServiceResultList');
    for (const e of ergebnisse) {
      const r = liste.ele(NS.xta, 'xta:LookupServiceResult');
      const id = r.ele(NS.oscimeta, 'oscimeta:Reader').ele(NS.oscimeta, 'oscimeta:Identifier', {
        type: e.leser.typ,
        ...(e.leser.name === undefined ? {} : { name: e.leser.name }),
        ...(e.leser.kategorie === undefined ? {} : { category: e.leser.kategorie }),
      });
      id.txt(e.leser.kennung);
      r.ele(NS.xta, 'xta:ServiceType').txt(e.dienst);
      r.ele(NS.xta, 'xta:IsServiceAvailableValue')
        .ele(NS.xta, 'xta:ServiceIsAvailable')
        .txt(String(e.verfuegbar));
    }
  });
}

/** Closes a fetch: the listed messages count as received. */
async function schliesseAbruf(
  k: ServerKontext,
  anfrage: GelesenerUmschlag,
  konto: repo.XtaKonto,
  antwort: Antwortbauer,
): Promise<ServerAntwort> {
  const req = kind(anfrage.rumpf, NS.osci, 'MsgBoxCloseRequest');
  const requestId = req?.attrs.MsgBoxRequestID;
  if (requestId === undefined)
    throw new ServerFault(
      'ParameterIsNotValidException',
      '9020',
      'MsgBoxCloseRequest/@MsgBoxRequestID fehlt.',
    );
  const abruf = await repo.findeAbruf(k.db, requestId, konto.kennung);
  if (abruf === undefined)
    throw new ServerFault(
      'InvalidMessageIDException',
      '9070',
      `Der Abruf ${requestId} ist nicht (mehr) offen.`,
    );
  const ids = kinder(req, NS.osci, 'LastMsgReceived').map((e) => e.text.trim());
  const quittiert = await repo.quittiere(k.db, konto.kennung, ids, k.jetzt());
  const fremd = ids.filter((id) => !quittiert.includes(id));
  if (fremd.length > 0)
    throw new ServerFault(
      'InvalidMessageIDException',
      '9070',
      `Unbekannte MessageID im Postfach: ${fremd.join(', ')}`,
    );
  await repo.schliesseAbruf(k.db, requestId, k.jetzt());
  return antwort(leer, leer);
}
