import type { Db } from '../db/index.ts';
import type { Logger } from '../log.ts';
import type { Schluessel } from '../shared/index.ts';
import {
  aendereAuftrag,
  entschluesselteNachricht,
  protokolliereVersuch,
  SperreVerloren,
  type GesperrterAuftrag,
} from './outbox.ts';
import { leseVersandVerbindung, type VersandVerbindung } from './verbindung.ts';
import { xtaClient, type XtaClient } from './xta/client.ts';
import { fehlernummerName, XtaFehler, XtaVerbindungsFehler } from './xta/fehler.ts';
import type { Container, TransportReport } from './xta/inhalt.ts';
import type { MessageMetaData, Partei } from './xta/metadaten.ts';
import type { ZustellStatusWert } from './zustellung-tables.ts';

// Delivery of one claimed job. Exactly-once rests on three rules:
//  1. the XTA MessageID is created once and stored (under the lease) before sendMessage; retries reuse it;
//  2. before sending again after a send may have happened, the transport report is asked first;
//  3. the server refuses a second message with the same MessageID (9024), which is answered by asking the
//     transport report, never by sending blindly.

export type ZustellKontext = {
  db: Db;
  schluessel: Schluessel;
  jetzt: () => Date;
  logger?: Logger | undefined;
  /** Base URL of the built-in mailbox (…/xta) for connections with transport 'intern'. */
  internUrl: string;
  timeoutMs: number;
  backoffMs: number;
  backoffMaxMs: number;
  maxAlterMs: number;
  /**
   * Lease of a claimed job (ZUSTELLUNG_SPERRE_SEKUNDEN, default 60 s), renewed by the worker's heartbeat
   * while it works: a crashed worker's jobs are due again within one lease.
   */
  sperreMs?: number;
  /** Random number in [0, 1) for the jitter; tests may fix it. */
  zufall?: () => number;
};

export function sperrdauerMs(k: Pick<ZustellKontext, 'sperreMs'>): number {
  return k.sperreMs ?? 60_000;
}

/** Errors after which a retry cannot help: the job goes to the dead letters with this reason. */
const ENDGUELTIG: Record<string, string> = {
  '9010': 'Das Clientzertifikat ist abgelaufen. Bitte ein neues Zertifikat in der Verbindung hinterlegen.',
  '9011': 'Das Konto beim XTA-Server ist gesperrt. Bitte beim Betreiber des XTA-Servers klären.',
  '9012':
    'Das Konto beim XTA-Server gibt es nicht. Bitte Autor-Kennung und Clientzertifikat der Verbindung prüfen.',
  '9013':
    'Der Dienst ist für das Konto beim XTA-Server nicht gebucht. Bitte Dienst-URI prüfen oder den Dienst buchen lassen.',
  '9014':
    'Das Clientzertifikat passt nicht zur Autor-Kennung. Bitte Zertifikat und Kennung der Verbindung prüfen.',
  '9020': 'Der XTA-Server vermisst Angaben in der Anfrage.',
  '9021': 'Der XTA-Server hält eine Adresse (URI) der Verbindung für ungültig.',
  '9022': 'Der XTA-Server lehnt die Kombination der Angaben ab.',
  '9023': 'Die Nachricht ist für den XTA-Server zu groß.',
  '9050': 'Der Empfänger hält die Fachnachricht für nicht schemakonform.',
  '9051': 'Der Empfänger lehnt die Zeichenkodierung der Fachnachricht ab.',
  '9052': 'Die Nachricht verletzt das Dienstprofil des Empfängers.',
  '9060': 'Der XTA-Server hat in der Nachricht Schadcode gemeldet.',
  '9080': 'Der Dienst wird nur asynchron angeboten.',
  '9081': 'Der Dienst wird nur synchron angeboten.',
  '9100': 'Der NotBefore-Termin ist verstrichen.',
  '9101': 'Der Schalter NotBefore wurde nicht gesetzt.',
};

class ZustellFehler extends Error {
  constructor(
    readonly code: string,
    meldung: string,
    readonly endgueltig: boolean,
  ) {
    super(meldung);
    this.name = 'ZustellFehler';
  }
}

class ZustellFehlerMitNeuerId extends Error {
  constructor(meldung: string) {
    super(meldung);
    this.name = 'ZustellFehlerMitNeuerId';
  }
}

type Einordnung = { code: string; grund: string; endgueltig: boolean };

export function ordneFehlerEin(error: unknown): Einordnung {
  if (error instanceof XtaFehler) {
    const endgueltig = ENDGUELTIG[error.code];
    const grund = `${endgueltig ?? fehlernummerName(error.code)} (XTA-Fehler ${error.code}${error.grund === '' ? '' : `: ${error.grund}`})`;
    return { code: `xta:${error.code}`, grund, endgueltig: endgueltig !== undefined };
  }
  if (error instanceof XtaVerbindungsFehler) {
    return {
      code: error.art === 'http' ? `http:${error.httpStatus ?? 0}` : `netz:${error.art}`,
      grund: error.message,
      endgueltig: false,
    };
  }
  if (error instanceof ZustellFehler)
    return { code: error.code, grund: error.message, endgueltig: error.endgueltig };
  return {
    code: 'intern',
    grund: 'Interner Fehler bei der Zustellung (Details im Protokoll des Servers).',
    endgueltig: false,
  };
}

export function clientFuer(
  k: Pick<ZustellKontext, 'internUrl' | 'timeoutMs'>,
  v: VersandVerbindung,
): XtaClient {
  const intern = v.transport === 'intern';
  return xtaClient({
    endpunkte: intern
      ? {
          management: `${k.internUrl}/ManagementPort`,
          senden: `${k.internUrl}/SendXtaPort`,
          msgBox: `${k.internUrl}/MsgBoxPort`,
        }
      : { management: v.endpunktManagement ?? '', senden: v.endpunktSenden ?? '' },
    zertifikat: v.clientZertifikat ?? undefined,
    schluessel: v.clientSchluessel ?? undefined,
    ca: v.caZertifikate ?? undefined,
    timeoutMs: k.timeoutMs,
  });
}

export function autorVon(v: VersandVerbindung): Partei {
  return { kennung: v.autorKennung, typ: v.kennungTyp, name: v.autorName };
}

export function metadatenFuer(
  v: VersandVerbindung,
  a: { messageId: string; test: boolean; erstelltAm: Date; jetzt: Date; groesse: number },
): MessageMetaData {
  return {
    test: a.test,
    zeiten: { origin: a.erstelltAm, initialSend: a.jetzt },
    autor: autorVon(v),
    leser: { kennung: v.leserKennung, typ: v.kennungTyp, name: v.leserName },
    messageId: a.messageId,
    dienst: v.dienstUri,
    businessScenario:
      v.businessScenarioListUri !== null && v.businessScenarioListVersion !== null
        ? {
            definiert: {
              code: v.businessScenarioCode,
              listURI: v.businessScenarioListUri,
              listVersionID: v.businessScenarioListVersion,
            },
          }
        : { undefiniert: v.businessScenarioCode },
    nachrichtentyp: {
      code: v.nachrichtentypCode,
      listURI: v.nachrichtentypListUri,
      listVersionID: v.nachrichtentypListVersion,
      payloadSchema: v.nachrichtentypPayloadSchema,
    },
    groesse: a.groesse,
  };
}

export function containerFuer(xml: Buffer, nachrichtUUID: string): Container {
  return {
    nachricht: {
      daten: xml,
      contentType: 'application/xml',
      encoding: 'UTF-8',
      dateiname: `${nachrichtUUID}.xml`,
      id: nachrichtUUID,
      beschreibung: 'xSozial-basis-Nachricht',
    },
    anhaenge: [],
  };
}

/** The transport report, or undefined when the server does not know the MessageID (9070). */
async function berichtOderNichts(
  c: XtaClient,
  autor: Partei,
  id: string,
): Promise<TransportReport | undefined> {
  try {
    return await c.getTransportReport(autor, id);
  } catch (error) {
    if (
      error instanceof XtaFehler &&
      (error.code === '9070' || error.ausnahme === 'InvalidMessageIDException')
    )
      return undefined;
    throw error;
  }
}

export function wartezeitMs(
  k: Pick<ZustellKontext, 'backoffMs' | 'backoffMaxMs' | 'zufall'>,
  versuch: number,
): number {
  const basis = Math.min(k.backoffMaxMs, k.backoffMs * 2 ** Math.min(Math.max(versuch - 1, 0), 30));
  return Math.round(basis * (0.5 + (k.zufall ?? Math.random)() * 0.5));
}

export type Verarbeitung = {
  status: ZustellStatusWert | 'uebernommen';
  fehlerCode?: string;
  fehlerGrund?: string;
};

/** Processes one claimed job: send, check the report, or schedule the next attempt. Never throws. */
export async function verarbeiteAuftrag(k: ZustellKontext, a: GesperrterAuftrag): Promise<Verarbeitung> {
  const ende = endeVon(k, a, k.jetzt());
  try {
    return await sende(k, a, ende);
  } catch (error) {
    return behandleFehlschlag(k, a, ende, error);
  }
}

type Ende = (status: ZustellStatusWert, fehler?: Einordnung) => Promise<Verarbeitung>;

/** Records the attempt and gives its outcome. */
function endeVon(k: ZustellKontext, a: GesperrterAuftrag, begonnen: Date): Ende {
  return async (status, fehler) => {
    await protokolliereVersuch(k.db, {
      auftragId: a.id,
      begonnenAm: begonnen,
      beendetAm: k.jetzt(),
      ergebnis: status,
      fehlerCode: fehler?.code ?? null,
      fehlerGrund: fehler?.grund ?? null,
    });
    return {
      status,
      ...(fehler === undefined ? {} : { fehlerCode: fehler.code, fehlerGrund: fehler.grund }),
    };
  };
}

/** Settles a job by the server's transport report: delivered, still open (ask again later) or failed. */
async function schliesseAb(
  k: ZustellKontext,
  a: GesperrterAuftrag,
  ende: Ende,
  r: TransportReport,
  messageId: string,
): Promise<Verarbeitung> {
  const jetzt = k.jetzt();
  if (r.status === 1 || r.status === 2) {
    await aendereAuftrag(k.db, a, {
      status: 'delivered',
      xta_message_id: messageId,
      gesendet_am: a.gesendet_am ?? r.metadaten.zeiten.initialSend ?? jetzt,
      zugestellt_am: r.metadaten.zeiten.delivery ?? r.berichtZeit,
      fehler_code: null,
      fehler_grund: null,
      freigeben: true,
    });
    return ende('delivered');
  }
  if (r.status === 0) {
    if (jetzt.getTime() - a.alter_ab.getTime() > k.maxAlterMs) {
      const f = {
        code: 'bericht:offen',
        grund:
          'Die Zustellung wurde innerhalb des Höchstalters nicht bestätigt (Transportbericht bleibt offen).',
        endgueltig: true,
      };
      await aendereAuftrag(k.db, a, {
        status: 'dead',
        tot_am: jetzt,
        fehler_code: f.code,
        fehler_grund: f.grund,
        freigeben: true,
      });
      return ende('dead', f);
    }
    await aendereAuftrag(k.db, a, {
      status: 'sent',
      xta_message_id: messageId,
      gesendet_am: a.gesendet_am ?? jetzt,
      naechster_versuch_am: new Date(jetzt.getTime() + wartezeitMs(k, 1)),
      freigeben: true,
    });
    return ende('sent');
  }
  // Red: the server gave up on this transport. A new transport with a new MessageID is no duplicate.
  const gruende = r.fehler.map((e) => `${e.code}: ${e.grund}`).join('; ');
  throw new ZustellFehlerMitNeuerId(
    `Der XTA-Server meldet den Transport als gescheitert${gruende === '' ? '' : ` (${gruende})`}.`,
  );
}

/** Sends the job's message (or picks up a transport begun before) and asks for the report. */
async function sende(k: ZustellKontext, a: GesperrterAuftrag, ende: Ende): Promise<Verarbeitung> {
  const v = await leseVersandVerbindung(k.db, k.schluessel, a.behoerde_ags, a.dienst_id);
  if (v === undefined)
    throw new ZustellFehler(
      'verbindung:fehlt',
      'Für dieses Sozialamt und diesen Dienst ist keine Zustellverbindung eingerichtet.',
      false,
    );
  const c = clientFuer(k, v);
  const autor = autorVon(v);
  let messageId = a.xta_message_id;

  if (messageId !== null && (a.status === 'sent' || a.sendung_begonnen_am !== null)) {
    const bericht = await berichtOderNichts(c, autor, messageId);
    if (bericht !== undefined) {
      try {
        return await schliesseAb(k, a, ende, bericht, messageId);
      } catch (error) {
        if (!(error instanceof ZustellFehlerMitNeuerId)) throw error;
        messageId = null; // the failed transport is dead; send again under a new MessageID
      }
    }
  }
  if (messageId === null) {
    messageId = await c.createMessageId(autor);
    await aendereAuftrag(k.db, a, { xta_message_id: messageId, sendung_begonnen_am: null });
  }
  const xml = entschluesselteNachricht(k.schluessel, a);
  const jetzt = k.jetzt();
  await aendereAuftrag(k.db, a, { sendung_begonnen_am: jetzt });
  try {
    await c.sendMessage(
      metadatenFuer(v, { messageId, test: a.test, erstelltAm: a.erstellt_am, jetzt, groesse: xml.length }),
      containerFuer(xml, a.nachricht_uuid),
    );
  } catch (error) {
    const vergeben = error instanceof XtaFehler && error.code === '9024';
    const unbekannt = error instanceof XtaFehler && error.code === '9070';
    if (!vergeben && !unbekannt) throw error;
    const bericht = vergeben ? await berichtOderNichts(c, autor, messageId) : undefined;
    if (bericht !== undefined) return await schliesseAb(k, a, ende, bericht, messageId);
    // The server does not hold a message under this id: give it up and start over with a new one.
    await aendereAuftrag(k.db, a, { xta_message_id: null, sendung_begonnen_am: null });
    throw error;
  }
  await aendereAuftrag(k.db, a, {
    status: 'sent',
    gesendet_am: jetzt,
    fehler_code: null,
    fehler_grund: null,
  });
  let bericht: TransportReport | undefined;
  try {
    bericht = await c.getTransportReport(autor, messageId);
  } catch (error) {
    k.logger?.warn({ auftrag: a.id, fehler: ordneFehlerEin(error).code }, 'Transportbericht nicht abrufbar');
  }
  if (bericht !== undefined) return await schliesseAb(k, a, ende, bericht, messageId);
  await aendereAuftrag(k.db, a, {
    naechster_versuch_am: new Date(k.jetzt().getTime() + wartezeitMs(k, 1)),
    freigeben: true,
  });
  return await ende('sent');
}

/** Records a failed attempt: retry later with backoff, or give the job up when the error is final or it is too old. */
async function behandleFehlschlag(
  k: ZustellKontext,
  a: GesperrterAuftrag,
  ende: Ende,
  error: unknown,
): Promise<Verarbeitung> {
  if (error instanceof SperreVerloren) {
    k.logger?.warn({ auftrag: a.id }, error.message);
    return { status: 'uebernommen' };
  }
  const einordnung =
    error instanceof ZustellFehlerMitNeuerId
      ? { code: 'bericht:rot', grund: error.message, endgueltig: false }
      : ordneFehlerEin(error);
  if (einordnung.code === 'intern')
    k.logger?.error({ err: error, auftrag: a.id }, 'Zustellung: interner Fehler');
  else k.logger?.warn({ auftrag: a.id, code: einordnung.code }, 'Zustellversuch gescheitert');
  try {
    if (error instanceof ZustellFehlerMitNeuerId)
      await aendereAuftrag(k.db, a, { xta_message_id: null, sendung_begonnen_am: null });
    const jetzt = k.jetzt();
    const zuAlt = jetzt.getTime() - a.alter_ab.getTime() > k.maxAlterMs;
    if (einordnung.endgueltig || zuAlt) {
      const f =
        zuAlt && !einordnung.endgueltig
          ? { ...einordnung, grund: `Höchstalter überschritten, letzter Fehler: ${einordnung.grund}` }
          : einordnung;
      await aendereAuftrag(k.db, a, {
        status: 'dead',
        tot_am: jetzt,
        fehlgeschlagen_am: jetzt,
        fehler_code: f.code,
        fehler_grund: f.grund,
        freigeben: true,
      });
      return await ende('dead', f);
    }
    await aendereAuftrag(k.db, a, {
      status: 'failed',
      fehlgeschlagen_am: jetzt,
      fehler_code: einordnung.code,
      fehler_grund: einordnung.grund,
      naechster_versuch_am: new Date(jetzt.getTime() + wartezeitMs(k, a.versuche)),
      freigeben: true,
    });
    return await ende('failed', einordnung);
  } catch (inner) {
    if (inner instanceof SperreVerloren) return { status: 'uebernommen' };
    throw inner;
  }
}
