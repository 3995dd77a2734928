import { TLSSocket } from 'node:tls';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AKTION, PORT_OPERATIONEN, type Operation, type PortName } from '../xta/protokoll.ts';
import { alsMtom, istMtom, leseMtom, MtomFehler } from '../xta/mtom.ts';
import { leseUmschlag, SOAP_CONTENT_TYPE, UmschlagFehler, type GelesenerUmschlag } from '../xta/soap.ts';
import {
  bearbeite,
  faultAntwort,
  ServerFault,
  type Identitaet,
  type ServerAntwort,
  type ServerKontext,
} from './dienst.ts';
import { findeKontoZuZertifikat, zertifikatFingerabdruck } from './postfach-repo.ts';
import { SCHEMA_PFAD, xtaSchema, xtaWsdl } from './wsdl.ts';
import { registriereSeiten, seitenFuer } from '../../web/index.ts';

// The built-in XTA 2 Version 3 mailbox over HTTP: GET /xta?wsdl (the official WSDL), the schemas it imports,
// and one POST endpoint per WSDL port (plus POST /xta, dispatching on the action). Foreign systems post here,
// so CSRF is off for these routes. Faults follow docs/adr/0018-xta-fehler-und-wsdl.md.

export type XtaServerOptionen = ServerKontext & {
  /** Public base URL of the endpoints, written into the WSDL (…/xta). */
  basisUrl: string;
  /** How callers are identified on this listener. */
  authentifizierung: 'loopback' | 'zertifikat' | 'aus';
  /** Largest request body in bytes; default: the largest allowed message, base64-encoded, plus headers. */
  maxAnfrageBytes?: number;
};

/** WS-Addressing 1.0 SOAP binding: actions of WS-Addressing faults and of faults SOAP itself defines. */
export const WSA_FAULT_AKTION = 'http://www.w3.org/2005/08/addressing/fault';
export const SOAP_FAULT_AKTION = 'http://www.w3.org/2005/08/addressing/soap/fault';

/** Base64 makes 4 bytes of 3; the envelope with its metadata and the attachments' attributes needs the rest. */
export function standardAnfrageLimit(maxNachrichtBytes: number): number {
  return Math.ceil(maxNachrichtBytes / 3) * 4 + 256 * 1024;
}

const AKTION_ZU_OPERATION = new Map<string, Operation>(
  Object.entries(AKTION).map(([op, aktion]) => [aktion, op as Operation]),
);

/** WS-Addressing headers that may occur at most once (WS-Addressing 1.0 Core, 3.2). */
const EINMALIGE_KOEPFE = ['To', 'From', 'ReplyTo', 'FaultTo', 'Action', 'MessageID'];
/** Every XTA operation is request-response: Action and MessageID are required. */
const PFLICHT_KOEPFE = ['Action', 'MessageID'];

const identitaeten = new WeakMap<FastifyRequest, Identitaet>();

export function xtaServerRouten(app: FastifyInstance, o: XtaServerOptionen): void {
  void app.register((xta, _opts, fertig) => {
    const bodyLimit = o.maxAnfrageBytes ?? standardAnfrageLimit(o.maxNachrichtBytes);
    // Only SOAP bodies, read as bytes: Fastify refuses a Content-Length above the limit before reading and
    // stops a longer stream at the limit, so no request holds more than bodyLimit bytes.
    xta.removeAllContentTypeParsers();
    // multipart/related: MTOM (XOP) packages; the same limit applies to the whole package.
    for (const typ of ['application/soap+xml', 'text/xml', 'application/xml', 'multipart/related']) {
      xta.addContentTypeParser(typ, { parseAs: 'buffer', bodyLimit }, (_req, body, done) => {
        done(null, body);
      });
    }
    // Who calls is known before the body is read; an anonymous caller is refused without reading it.
    xta.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'POST') return;
      const identitaet = await identitaetVon(o, request);
      identitaeten.set(request, identitaet);
      if (identitaet.art === 'keine') {
        reply.header('connection', 'close');
        return sendeAntwort(
          reply,
          faultAntwort(
            aktionAusHttp(request) ?? SOAP_FAULT_AKTION,
            undefined,
            new ServerFault('PermissionDeniedException', '9012', identitaet.grund),
          ),
        );
      }
    });
    xta.setErrorHandler((error: FastifyError, request, reply) => {
      const aktion = aktionAusHttp(request) ?? SOAP_FAULT_AKTION;
      const fault = faultFuerFehler(error, request);
      // The rest of a refused body is not read: the connection closes after the answer.
      if (fault.extra.http === 413) reply.header('connection', 'close');
      return sendeAntwort(reply, faultAntwort(aktion, undefined, fault));
    });

    registriereSeiten(xta, o, [
      wsdlSeite,
      schemaSeite,
      soapEndpunkt('/xta', undefined, bodyLimit),
      ...(Object.keys(PORT_OPERATIONEN) as PortName[]).map((port) =>
        soapEndpunkt(`/xta/${port}`, port, bodyLimit),
      ),
    ]);
    fertig();
  });
}

function faultFuerFehler(error: FastifyError, request: FastifyRequest): ServerFault {
  if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return new ServerFault(
      'ParameterIsNotValidException',
      '9023',
      'Die Anfrage überschreitet die Größenbeschränkung dieses Postfachs.',
      'Sender',
      { http: 413 },
    );
  if (error.statusCode === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return falscherInhaltstyp();
  if (error.statusCode === 429)
    return new ServerFault(
      'XTAWSTechnicalProblemException',
      '9000',
      'Zu viele Anfragen in kurzer Zeit; bitte später erneut senden.',
      'Receiver',
      { http: 429 },
    );
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
    return new ServerFault('ParameterIsNotValidException', '9020', 'Die Anfrage ist nicht lesbar.');
  request.log.error({ err: error }, 'Fehler im XTA-Postfach');
  return new ServerFault(
    'XTAWSTechnicalProblemException',
    '9030',
    'Interner Fehler des XTA-Servers.',
    'Receiver',
  );
}

function falscherInhaltstyp(): ServerFault {
  return new ServerFault(
    'ParameterIsNotValidException',
    '9022',
    'Erwartet wird Content-Type application/soap+xml (SOAP 1.2).',
    'Sender',
    { http: 415 },
  );
}

const seite = seitenFuer<XtaServerOptionen>();

/** GET /xta?wsdl: the official WSDL with this server's addresses; without the query a short text for people. */
const wsdlSeite = seite({
  methode: 'GET',
  pfad: '/xta',
  behandle: async ({ request, reply, deps: o }) => {
    const query = request.query as Record<string, unknown>;
    if (!('wsdl' in query) && !('WSDL' in query)) {
      return reply
        .type('text/plain; charset=utf-8')
        .send(`XTA 2 Version 3 (http://xoev.de/transport/xta/211). WSDL: ${o.basisUrl}?wsdl\n`);
    }
    return reply.type('text/xml; charset=utf-8').send(await xtaWsdl(o.basisUrl));
  },
});

/** GET /xta/schema/<file>: the schemas the WSDL imports, verbatim. */
const schemaSeite = seite({
  methode: 'GET',
  pfad: `/xta/${SCHEMA_PFAD}/:datei`,
  params: z.object({ datei: z.string().max(100) }),
  behandle: async ({ reply, params }) => {
    const text = xtaSchema(params.datei);
    if (text === undefined) {
      reply.callNotFound();
      return;
    }
    return reply.type('text/xml; charset=utf-8').send(await text);
  },
});

/** One SOAP endpoint: a port of the WSDL, or /xta for all operations (dispatch on the action). */
function soapEndpunkt(pfad: string, port: PortName | undefined, bodyLimit: number) {
  return seite({
    methode: 'POST',
    pfad,
    optionen: { config: { csrf: false }, bodyLimit },
    behandle: async ({ request, reply, deps: o }) => sendeAntwort(reply, await verarbeite(o, request, port)),
  });
}

function sendeAntwort(reply: FastifyReply, a: ServerAntwort & { mtom?: boolean }) {
  if (a.mtom === true && a.status === 200) {
    const paket = alsMtom(a.xml);
    return reply.code(a.status).header('mime-version', '1.0').type(paket.contentType).send(paket.body);
  }
  return reply.code(a.status).type(SOAP_CONTENT_TYPE).send(a.xml);
}

/** Operations whose answer carries a payload: sent as XOP attachment when the caller speaks MTOM. */
const MIT_NUTZDATEN = new Set<Operation>(['getMessage', 'getNextMessage']);

/**
 * The caller speaks MTOM if it sent MTOM or accepts multipart/related (docs/adr/0018-xta-fehler-und-wsdl.md):
 * MTOM 1.2 leaves the choice of the response's serialization to the sender of it.
 */
function willMtom(request: FastifyRequest): boolean {
  return (
    istMtom(request.headers['content-type']) || /\bmultipart\/related\b/i.test(request.headers.accept ?? '')
  );
}

/** The action named by HTTP (the action parameter of the content type, or SOAPAction), if it is an XTA one. */
function aktionAusHttp(request: FastifyRequest): string | undefined {
  const ausTyp = /action="?([^";]+)"?/.exec(request.headers['content-type'] ?? '')?.[1];
  const soapAction = request.headers.soapaction;
  const aktion = ausTyp ?? (typeof soapAction === 'string' ? soapAction.replace(/"/g, '') : undefined);
  return aktion !== undefined && AKTION_ZU_OPERATION.has(aktion) ? aktion : undefined;
}

async function verarbeite(
  o: XtaServerOptionen,
  request: FastifyRequest,
  port: PortName | undefined,
): Promise<ServerAntwort & { mtom?: boolean }> {
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  const contentType = request.headers['content-type'] ?? '';
  const mtom = istMtom(contentType);
  let anfrage: GelesenerUmschlag;
  try {
    anfrage = leseUmschlag(mtom ? leseMtom(body, contentType) : body.toString('utf8'));
  } catch (error) {
    if (error instanceof MtomFehler)
      return faultAntwort(
        aktionAusHttp(request) ?? SOAP_FAULT_AKTION,
        undefined,
        new ServerFault('ParameterIsNotValidException', '9020', error.message),
      );
    if (error instanceof UmschlagFehler && error.versionsKonflikt)
      return faultAntwort(
        SOAP_FAULT_AKTION,
        undefined,
        new ServerFault('ParameterIsNotValidException', '9022', error.message, 'VersionMismatch'),
      );
    const grund = error instanceof UmschlagFehler ? error.message : 'Die Anfrage ist kein SOAP-Umschlag.';
    return faultAntwort(
      aktionAusHttp(request) ?? SOAP_FAULT_AKTION,
      undefined,
      new ServerFault('ParameterIsNotValidException', '9020', grund),
    );
  }
  const adressFehler = adressierungsFehler(anfrage);
  if (adressFehler !== undefined) return faultAntwort(WSA_FAULT_AKTION, anfrage.messageId, adressFehler);
  const operation = bestimmeOperation(anfrage, port);
  if (operation === undefined) {
    return faultAntwort(
      WSA_FAULT_AKTION,
      anfrage.messageId,
      new ServerFault(
        'ParameterIsNotValidException',
        '9022',
        `Unbekannte Aktion ${anfrage.aktion ?? '(keine)'}${port === undefined ? '' : ` für ${port}`}.`,
        'Sender',
        { unterCodes: ['wsa:ActionNotSupported'] },
      ),
    );
  }
  // A SOAP 1.2 envelope under another media type (text/xml is SOAP 1.1's): refused with the called action.
  // MTOM: the envelope's media type is start-info (MTOM 1.2, 4.3); a package without it is taken as SOAP 1.2.
  const soap12 = mtom
    ? !/start-info/i.test(contentType) || /start-info="?application\/soap\+xml/i.test(contentType)
    : contentType.toLowerCase().startsWith('application/soap+xml');
  if (!soap12) return faultAntwort(AKTION[operation], anfrage.messageId, falscherInhaltstyp());
  const identitaet = identitaeten.get(request) ?? (await identitaetVon(o, request));
  const antwort = await bearbeite(o, operation, anfrage, identitaet);
  return { ...antwort, mtom: MIT_NUTZDATEN.has(operation) && willMtom(request) };
}

/** WS-Addressing 1.0 SOAP binding, 6.4: repeated and missing message addressing headers. */
function adressierungsFehler(anfrage: GelesenerUmschlag): ServerFault | undefined {
  const doppelt = EINMALIGE_KOEPFE.find((k) => (anfrage.adressKoepfe.get(k) ?? 0) > 1);
  if (doppelt !== undefined)
    return new ServerFault(
      'ParameterIsNotValidException',
      '9022',
      `Der WS-Addressing-Header wsa:${doppelt} steht mehrfach im Umschlag.`,
      'Sender',
      {
        unterCodes: ['wsa:InvalidAddressingHeader', 'wsa:InvalidCardinality'],
        problemHeader: `wsa:${doppelt}`,
      },
    );
  const fehlt = PFLICHT_KOEPFE.find((k) => !anfrage.adressKoepfe.has(k));
  if (fehlt !== undefined)
    return new ServerFault(
      'ParameterIsNotValidException',
      '9020',
      `Der WS-Addressing-Header wsa:${fehlt} fehlt.`,
      'Sender',
      { unterCodes: ['wsa:MessageAddressingHeaderRequired'], problemHeader: `wsa:${fehlt}` },
    );
  return undefined;
}

/** The operation of wsa:Action; on a port's endpoint only that port's operations. */
function bestimmeOperation(anfrage: GelesenerUmschlag, port: PortName | undefined): Operation | undefined {
  const operation = anfrage.aktion === undefined ? undefined : AKTION_ZU_OPERATION.get(anfrage.aktion.trim());
  if (operation === undefined) return undefined;
  if (port !== undefined && !(PORT_OPERATIONEN[port] as readonly Operation[]).includes(operation))
    return undefined;
  return operation;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

async function identitaetVon(o: XtaServerOptionen, request: FastifyRequest): Promise<Identitaet> {
  if (o.authentifizierung === 'zertifikat') {
    const socket = request.raw.socket;
    const keinZertifikat = {
      art: 'keine',
      grund: 'Ein gültiges Clientzertifikat ist erforderlich.',
    } as const;
    if (!(socket instanceof TLSSocket) || !socket.authorized) return keinZertifikat;
    const zertifikat = socket.getPeerCertificate();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- empty object without a peer certificate
    if (zertifikat.raw === undefined) return keinZertifikat;
    const konto = await findeKontoZuZertifikat(o.db, zertifikatFingerabdruck(zertifikat.raw));
    if (konto === undefined)
      return { art: 'keine', grund: 'Zu diesem Clientzertifikat ist kein Konto eingerichtet.' };
    return { art: 'zertifikat', konto };
  }
  // The socket address, never X-Forwarded-For: a proxy in front must not turn outside callers into loopback.
  const vonLoopback =
    LOOPBACK.has(request.raw.socket.remoteAddress ?? '') &&
    request.headers['x-forwarded-for'] === undefined &&
    request.headers.forwarded === undefined;
  if (o.authentifizierung === 'loopback' && vonLoopback) return { art: 'loopback' };
  return {
    art: 'keine',
    grund:
      o.authentifizierung === 'loopback'
        ? 'Ohne Clientzertifikat nimmt dieses Postfach nur Anfragen von derselben Maschine an.'
        : 'Dieses Postfach ist hier nur über den TLS-Zugang mit Clientzertifikat erreichbar.',
  };
}
