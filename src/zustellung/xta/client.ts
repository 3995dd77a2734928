import http from 'node:http';
import https from 'node:https';
import { XtaVerbindungsFehler, type VerbindungsFehlerArt } from './fehler.ts';
import {
  containerAnhaengen,
  leseContainer,
  leseTransportReport,
  type Container,
  type TransportReport,
} from './inhalt.ts';
import {
  leseMetadaten,
  metadatenAnhaengen,
  parteiAnhaengen,
  type MessageMetaData,
  type Partei,
} from './metadaten.ts';
import type { MtomFehler } from './mtom.ts';
import { alsMtom, istMtom, leseMtom } from './mtom.ts';
import { AKTION, NS, type Operation } from './protokoll.ts';
import {
  leseFault,
  leseUmschlag,
  SOAP_CONTENT_TYPE,
  umschlag,
  type GelesenerUmschlag,
  type UmschlagFehler,
} from './soap.ts';
import { kind, kinder, text, type XmlBau } from '../../shared/index.ts';

// XTA 2 Version 3 client: SOAP 1.2 with WS-Addressing over HTTPS with a client certificate (or plain HTTP to a
// loopback address). Faults become XtaFehler with the XTA error code; transport problems XtaVerbindungsFehler.

export type XtaEndpunkte = {
  management: string;
  senden: string;
  msgBox?: string | undefined;
};

export type XtaClientOptionen = {
  endpunkte: XtaEndpunkte;
  /** PEM client certificate and key (mutual TLS) and the CA bundle that signs the server certificate. */
  zertifikat?: string | undefined;
  schluessel?: string | undefined;
  ca?: string | undefined;
  timeoutMs: number;
  /** Largest answer accepted, in bytes. */
  maxAntwortBytes?: number;
  /** sendMessage with payloads of at least this many bytes goes as MTOM (XOP); default 64 KiB. */
  mtomAbBytes?: number;
  /** false: MTOM neither sent nor asked for (for servers that cannot, and as the benchmark's baseline). */
  mtom?: boolean;
};

const MTOM_AB_BYTES = 64 * 1024;

export type Abrufantwort = {
  /** osci:MsgBoxResponse/@MsgBoxRequestID */
  requestId: string | undefined;
  /** ItemsPending, or undefined when NoMessageAvailable was answered. */
  ausstehend: number | undefined;
  keineNachricht: string | undefined;
};

export type AbgeholteNachricht = Abrufantwort & {
  metadaten: MessageMetaData | undefined;
  container: Container | undefined;
};

export type XtaClient = {
  checkAccountActive(konto: Partei): Promise<void>;
  createMessageId(konto: Partei): Promise<string>;
  sendMessage(metadaten: MessageMetaData, container: Container): Promise<void>;
  getTransportReport(konto: Partei, messageId: string): Promise<TransportReport>;
  getStatusList(
    konto: Partei,
    auswahl?: { messageIds?: string[]; nurNeue?: boolean; maxEintraege?: number },
  ): Promise<Abrufantwort & { liste: MessageMetaData[] }>;
  getMessage(konto: Partei, messageId?: string): Promise<AbgeholteNachricht>;
  getNextMessage(konto: Partei, requestId: string, zuletzt?: string[]): Promise<AbgeholteNachricht>;
  close(konto: Partei, requestId: string, erhalten: string[]): Promise<void>;
};

export function xtaClient(o: XtaClientOptionen): XtaClient {
  async function rufe(
    url: string,
    operation: Operation,
    kopf: (h: XmlBau) => void,
    rumpf: (b: XmlBau) => void,
    mtom = false,
  ): Promise<GelesenerUmschlag> {
    const aktion = AKTION[operation];
    const xml = umschlag({ aktion, an: url }, kopf, rumpf);
    const anfrage = mtom ? alsMtom(xml) : { body: Buffer.from(xml, 'utf8'), contentType: SOAP_CONTENT_TYPE };
    const { status, body, contentType } = await post(url, aktion, anfrage, o);
    let antwort: GelesenerUmschlag;
    try {
      antwort = leseUmschlag(istMtom(contentType) ? leseMtom(body, contentType) : body.toString('utf8'));
    } catch (error) {
      if (status >= 400) throw new XtaVerbindungsFehler('http', `HTTP ${status} ohne SOAP-Antwort`, status);
      throw new XtaVerbindungsFehler(
        'antwort',
        `Unbrauchbare Antwort: ${(error as UmschlagFehler | MtomFehler).message}`,
      );
    }
    const fault = leseFault(antwort.rumpf, status);
    if (fault !== undefined) throw fault;
    if (status >= 400) throw new XtaVerbindungsFehler('http', `HTTP ${status}`, status);
    return antwort;
  }

  const autorKopf = (konto: Partei) => (h: XmlBau) => {
    parteiAnhaengen(h, 'Author', konto);
  };
  const leer = () => undefined;
  const msgBoxUrl = () => {
    if (o.endpunkte.msgBox === undefined)
      throw new Error('Für diese Verbindung ist kein MsgBoxPort eingerichtet.');
    return o.endpunkte.msgBox;
  };

  function abruf(a: GelesenerUmschlag): Abrufantwort {
    const antwort = kind(a.kopf, NS.osci, 'MsgBoxResponse');
    const ausstehend = text(antwort, NS.osci, 'ItemsPending');
    return {
      requestId: antwort?.attrs.MsgBoxRequestID,
      ausstehend: ausstehend === undefined ? undefined : Number(ausstehend),
      keineNachricht: kind(antwort, NS.osci, 'NoMessageAvailable')?.attrs.reason,
    };
  }

  function nachricht(a: GelesenerUmschlag): AbgeholteNachricht {
    const md = kind(a.kopf, NS.oscimeta, 'MessageMetaData');
    const gcc = kind(a.rumpf, NS.xta, 'GenericContentContainer');
    return {
      ...abruf(a),
      metadaten: md === undefined ? undefined : leseMetadaten(md),
      container: gcc === undefined ? undefined : leseContainer(gcc),
    };
  }

  return {
    async checkAccountActive(konto) {
      await rufe(o.endpunkte.management, 'checkAccountActive', autorKopf(konto), leer);
    },
    async createMessageId(konto) {
      const a = await rufe(o.endpunkte.management, 'createMessageId', autorKopf(konto), leer);
      const id = text(a.rumpf, NS.wsa, 'MessageID');
      if (id === undefined)
        throw new XtaVerbindungsFehler('antwort', 'createMessageId: keine MessageID in der Antwort');
      return id;
    },
    async sendMessage(metadaten, container) {
      await rufe(
        o.endpunkte.senden,
        'sendMessage',
        (h) => metadatenAnhaengen(h, metadaten),
        (b) => {
          containerAnhaengen(b, container);
        },
        o.mtom !== false && groesse(container) >= (o.mtomAbBytes ?? MTOM_AB_BYTES),
      );
    },
    async getTransportReport(konto, messageId) {
      const a = await rufe(o.endpunkte.management, 'getTransportReport', autorKopf(konto), (b) =>
        b.ele(NS.wsa, 'wsa:MessageID').txt(messageId),
      );
      const tr = kind(a.rumpf, NS.xta, 'TransportReport');
      if (tr === undefined)
        throw new XtaVerbindungsFehler('antwort', 'getTransportReport: kein TransportReport');
      return leseTransportReport(tr);
    },
    async getStatusList(konto, auswahl = {}) {
      const a = await rufe(msgBoxUrl(), 'getStatusList', autorKopf(konto), (b) => {
        const attrs: Record<string, string> = { ListForm: 'MessageMetaData' };
        if (auswahl.maxEintraege !== undefined) attrs.maxListItems = String(auswahl.maxEintraege);
        const req = b.ele(NS.osci, 'osci:MsgBoxStatusListRequest', attrs);
        selektor(req, auswahl.messageIds ?? [], auswahl.nurNeue);
      });
      const liste = kind(a.rumpf, NS.osci, 'MsgStatusList');
      return { ...abruf(a), liste: kinder(liste, NS.oscimeta, 'MessageMetaData').map(leseMetadaten) };
    },
    async getMessage(konto, messageId) {
      const a = await rufe(msgBoxUrl(), 'getMessage', autorKopf(konto), (b) => {
        const req = b.ele(NS.osci, 'osci:MsgBoxFetchRequest', { MsgPart: 'Envelope' });
        selektor(req, messageId === undefined ? [] : [messageId], messageId === undefined ? true : undefined);
      });
      return nachricht(a);
    },
    async getNextMessage(konto, requestId, zuletzt = []) {
      const a = await rufe(msgBoxUrl(), 'getNextMessage', autorKopf(konto), (b) => {
        const req = b.ele(NS.osci, 'osci:MsgBoxGetNextRequest', { MsgBoxRequestID: requestId });
        for (const id of zuletzt) req.ele(NS.osci, 'osci:LastMsgReceived').txt(id);
      });
      return nachricht(a);
    },
    async close(konto, requestId, erhalten) {
      await rufe(msgBoxUrl(), 'close', autorKopf(konto), (b) => {
        const req = b.ele(NS.osci, 'osci:MsgBoxCloseRequest', { MsgBoxRequestID: requestId });
        for (const id of erhalten) req.ele(NS.osci, 'osci:LastMsgReceived').txt(id);
      });
    },
  };
}

function selektor(eltern: XmlBau, ids: string[], nurNeue: boolean | undefined): void {
  if (ids.length === 0 && nurNeue === undefined) return;
  const s = eltern.ele(
    NS.osci,
    'osci:MsgSelector',
    nurNeue === undefined ? {} : { newEntry: String(nurNeue) },
  );
  for (const id of ids) s.ele(NS.wsa, 'wsa:MessageID').txt(id);
}

const TLS_CODES =
  /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED|EPROTO|ERR_OSSL|HOSTNAME_MISMATCH)/;

function verbindungsFehler(error: NodeJS.ErrnoException): XtaVerbindungsFehler {
  const code = error.code ?? '';
  let art: VerbindungsFehlerArt = 'netz';
  if (code === 'ECONNREFUSED') art = 'verweigert';
  else if (code === 'ETIMEDOUT') art = 'zeitueberschreitung';
  else if (code === 'ECONNRESET' || code === 'EPIPE' || error.message === 'socket hang up')
    art = 'abgebrochen';
  else if (TLS_CODES.test(code) || /ssl|tls|certificate/i.test(error.message)) art = 'tls';
  const texte: Record<VerbindungsFehlerArt, string> = {
    verweigert: 'Verbindung abgelehnt: der XTA-Server ist nicht erreichbar',
    zeitueberschreitung: 'Zeitüberschreitung: der XTA-Server hat nicht rechtzeitig geantwortet',
    abgebrochen: 'Verbindung abgebrochen, bevor eine Antwort kam',
    tls: 'TLS-Verbindung gescheitert (Zertifikat, Schlüssel oder CA prüfen)',
    netz: 'Netzwerkfehler',
    http: 'HTTP-Fehler',
    antwort: 'Unbrauchbare Antwort',
  };
  return new XtaVerbindungsFehler(art, `${texte[art]} (${code === '' ? error.message : code})`);
}

function groesse(c: Container): number {
  return c.anhaenge.reduce((summe, a) => summe + a.daten.length, c.nachricht.daten.length);
}

function post(
  url: string,
  aktion: string,
  anfrage: { body: Buffer; contentType: string },
  o: XtaClientOptionen,
): Promise<{ status: number; body: Buffer; contentType: string }> {
  return new Promise((resolve, reject) => {
    let ziel: URL;
    try {
      ziel = new URL(url);
    } catch {
      reject(new XtaVerbindungsFehler('netz', `Ungültige Adresse: ${url}`));
      return;
    }
    const daten = anfrage.body;
    // SOAP 1.2 names the action in the content type; an MTOM package carries it as parameter too, so that the
    // server can name the operation in a fault about a package it cannot unpack.
    const contentType = `${anfrage.contentType}; action="${aktion}"`;
    const optionen: https.RequestOptions = {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': contentType,
        'content-length': daten.length,
        // Payloads may come back as XOP attachments (MTOM), which saves a third of the bytes.
        accept: o.mtom === false ? 'application/soap+xml' : 'multipart/related, application/soap+xml',
      },
    };
    const istHttps = ziel.protocol === 'https:';
    if (istHttps) {
      if (o.zertifikat !== undefined) optionen.cert = o.zertifikat;
      if (o.schluessel !== undefined) optionen.key = o.schluessel;
      if (o.ca !== undefined) optionen.ca = o.ca;
    }
    let fertig = false;
    const ende = (f: () => void) => {
      if (fertig) return;
      fertig = true;
      clearTimeout(uhr);
      f();
    };
    const req = (istHttps ? https : http).request(ziel, optionen, (res) => {
      const teile: Buffer[] = [];
      let laenge = 0;
      res.on('data', (t: Buffer) => {
        laenge += t.length;
        if (laenge > (o.maxAntwortBytes ?? 128 * 1024 * 1024)) {
          req.destroy();
          ende(() => {
            reject(new XtaVerbindungsFehler('antwort', 'Die Antwort ist zu groß.'));
          });
          return;
        }
        teile.push(t);
      });
      res.on('end', () => {
        ende(() => {
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(teile),
            contentType: res.headers['content-type'] ?? '',
          });
        });
      });
      res.on('error', (error) => {
        ende(() => {
          reject(verbindungsFehler(error));
        });
      });
    });
    const uhr = setTimeout(() => {
      req.destroy();
      ende(() => {
        reject(
          new XtaVerbindungsFehler(
            'zeitueberschreitung',
            `Zeitüberschreitung: keine Antwort nach ${o.timeoutMs} ms`,
          ),
        );
      });
    }, o.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      ende(() => {
        reject(verbindungsFehler(error));
      });
    });
    req.end(daten);
  });
}

export { XtaVerbindungsFehler };
