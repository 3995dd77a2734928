import { TLSSocket } from 'node:tls';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AKTION, PORT_OPERATIONEN, type Operation, type PortName } from '../xta/protokoll.ts';
import { leseUmschlag, SOAP_CONTENT_TYPE, UmschlagFehler, type GelesenerUmschlag } from '../xta/soap.ts';
import { bearbeite, faultAntwort, ServerFault, type Identitaet, type ServerKontext } from './dienst.ts';
import { findeKontoZuZertifikat, zertifikatFingerabdruck } from './postfach-repo.ts';
import { xtaWsdl } from './wsdl.ts';
import { registriereSeiten, seitenFuer } from '../../web/index.ts';

// The built-in XTA 2 Version 3 mailbox over HTTP: GET /xta?wsdl and one POST endpoint per WSDL port
// (plus POST /xta, dispatching on the action). Foreign systems post here, so CSRF is off for these routes.

export type XtaServerOptionen = ServerKontext & {
  /** Public base URL of the endpoints, written into the WSDL (…/xta). */
  basisUrl: string;
  /** How callers are identified on this listener. */
  authentifizierung: 'loopback' | 'zertifikat' | 'aus';
};

const AKTION_ZU_OPERATION = new Map<string, Operation>(
  Object.entries(AKTION).map(([op, aktion]) => [aktion, op as Operation]),
);

export function xtaServerRouten(app: FastifyInstance, o: XtaServerOptionen): void {
  void app.register((xta, _opts, fertig) => {
    const bodyLimit = Math.ceil(o.maxNachrichtBytes * 1.4) + 1024 * 1024;
    for (const typ of ['application/soap+xml', 'text/xml', 'application/xml']) {
      xta.addContentTypeParser(typ, { parseAs: 'string', bodyLimit }, (_req, body, done) => {
        done(null, body);
      });
    }
    xta.setErrorHandler((error: FastifyError, request, reply) => {
      const zuGross = error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE';
      if ((error.statusCode ?? 500) >= 500) request.log.error({ err: error }, 'Fehler im XTA-Postfach');
      const f = zuGross
        ? new ServerFault(
            'ParameterIsNotValidException',
            '9023',
            'Die Nachricht überschreitet die Größenbeschränkung.',
          )
        : // Any other client mistake (unknown content type, broken JSON) is the sender's fault, never a 500.
          (error.statusCode ?? 500) < 500
          ? new ServerFault(
              'ParameterIsNotValidException',
              '9022',
              'Erwartet wird Content-Type application/soap+xml.',
            )
          : new ServerFault(
              'XTAWSTechnicalProblemException',
              '9030',
              'Interner Fehler des XTA-Servers.',
              'Receiver',
            );
      return sendeAntwort(reply, faultAntwort(AKTION.sendMessage, undefined, f));
    });

    registriereSeiten(xta, o, [
      wsdlSeite,
      soapEndpunkt('/xta', undefined, bodyLimit),
      ...(Object.keys(PORT_OPERATIONEN) as PortName[]).map((port) =>
        soapEndpunkt(`/xta/${port}`, port, bodyLimit),
      ),
    ]);
    fertig();
  });
}

const seite = seitenFuer<XtaServerOptionen>();

/** GET /xta?wsdl: the WSDL with this server's addresses; without the query a short text for people. */
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
    return reply.type('text/xml; charset=utf-8').send(xtaWsdl(o.basisUrl));
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

function sendeAntwort(reply: FastifyReply, a: { xml: string; status: number }) {
  return reply.code(a.status).type(SOAP_CONTENT_TYPE).send(a.xml);
}

async function verarbeite(o: XtaServerOptionen, request: FastifyRequest, port: PortName | undefined) {
  const body = typeof request.body === 'string' ? request.body : '';
  let anfrage: GelesenerUmschlag;
  try {
    anfrage = leseUmschlag(body);
  } catch (error) {
    const grund = error instanceof UmschlagFehler ? error.message : 'Die Anfrage ist kein SOAP-Umschlag.';
    return faultAntwort(
      'http://www.w3.org/2005/08/addressing/soap/fault',
      undefined,
      new ServerFault('ParameterIsNotValidException', '9020', grund),
    );
  }
  const operation = bestimmeOperation(request, anfrage, port);
  if (operation === undefined) {
    return faultAntwort(
      'http://www.w3.org/2005/08/addressing/soap/fault',
      anfrage.messageId,
      new ServerFault(
        'ParameterIsNotValidException',
        '9022',
        `Unbekannte Aktion ${anfrage.aktion ?? '(keine)'}${port === undefined ? '' : ` für ${port}`}.`,
      ),
    );
  }
  const identitaet = await identitaetVon(o, request);
  return bearbeite(o, operation, anfrage, identitaet);
}

/** wsa:Action first, then the action parameter of the content type, then the body element. */
function bestimmeOperation(
  request: FastifyRequest,
  anfrage: GelesenerUmschlag,
  port: PortName | undefined,
): Operation | undefined {
  const ausTyp = /action="?([^";]+)"?/.exec(request.headers['content-type'] ?? '')?.[1];
  const soapAction = request.headers.soapaction;
  const aktion =
    anfrage.aktion ?? ausTyp ?? (typeof soapAction === 'string' ? soapAction.replace(/"/g, '') : undefined);
  const operation = aktion === undefined ? undefined : AKTION_ZU_OPERATION.get(aktion);
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
