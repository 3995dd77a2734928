import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { heuteInDeutschland } from '../fristen/index.ts';
import { nachrichtXml, originalAuftrag } from './antrag-zugriff.ts';
import { fallAnsicht, type FallAnsicht } from './ansicht.ts';
import { apiSchluesselPruefen, type ApiSchluessel } from './api-schluessel.ts';
import {
  akteurVon,
  faelleDerBehoerde,
  fallLaden,
  leererFilter,
  nachforderungAnlegen,
  nachforderungenVon,
  protokolliere,
  statusAendern,
  unterlagenTitel,
  type Akteur,
  type Kontext,
  type Zugriff,
} from './faelle.ts';
import { sendeDatei } from './herunterladen.ts';
import { openApiDokument } from './openapi.ts';
import { dateiDesFalls } from './personal-routen.tsx';
import { entscheidungsarten, fallstatus, istFallstatus } from './status.ts';

// The JSON API for case-management adapters under /api/v1 (OpenAPI at /api/v1/openapi.json). Authenticated per
// office with an API key (Authorization: Bearer mrk_…); no cookies, so no CSRF (config csrf: false). Errors are
// RFC 9457 problem documents in German. A case of another office is 404, like one that does not exist.

declare module 'fastify' {
  interface FastifyRequest {
    /** The API key of the request. Set by the API guard; read only on /api/v1 routes. */
    apiSchluessel: ApiSchluessel | null;
  }
}

export const API = '/api/v1';

function problem(
  reply: FastifyReply,
  status: number,
  title: string,
  detail?: string,
  fehler?: Record<string, string>,
) {
  return reply
    .status(status)
    .type('application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send({
      type: 'about:blank',
      title,
      status,
      ...(detail !== undefined ? { detail } : {}),
      ...(fehler !== undefined ? { fehler } : {}),
    });
}

const statusSchema = z
  .object({
    status: z.enum(fallstatus),
    entscheidung: z
      .object({
        art: z.enum(entscheidungsarten),
        betragCent: z.number().int().optional(),
        weitergeleitetAm: z.string().optional(),
      })
      .strict()
      .optional(),
    version: z.number().int().optional(),
  })
  .strict();

const nachforderungSchema = z
  .object({
    unterlagen: z.array(z.string()).max(30),
    frist: z.string(),
    hinweis: z.string().optional(),
  })
  .strict();

function zodFehler(e: z.ZodError): Record<string, string> {
  const fehler: Record<string, string> = {};
  for (const i of e.issues) fehler[i.path.join('.') || 'body'] ??= i.message;
  return fehler;
}

export function posteingangApiRouten(app: FastifyInstance, k: Kontext, baseUrl: string): void {
  app.decorateRequest('apiSchluessel', null);

  // Not awaited: awaiting a registration inside createApp would build the routes registered so far before
  // app.tsx sets its error handler, and they would answer errors with Fastify's default JSON.
  void app.register(
    (api, _opts, fertig) => {
      api.setErrorHandler((error: FastifyError, _request, reply) => {
        const status = error.statusCode ?? 500;
        if (status >= 500) {
          reply.log.error({ err: error }, 'Unerwarteter Fehler in der API');
          return problem(reply, 500, 'Interner Fehler', 'Bitte später noch einmal versuchen.');
        }
        if (status === 429) return problem(reply, 429, 'Zu viele Anfragen', 'Bitte eine Minute warten.');
        if (status === 413) return problem(reply, 413, 'Anfrage zu groß');
        if (status === 415) return problem(reply, 415, 'Nur application/json wird angenommen');
        return problem(
          reply,
          status,
          'Ungültige Anfrage',
          'Der Inhalt ist kein gültiges JSON oder fehlerhaft.',
        );
      });
      api.setNotFoundHandler((_request, reply) =>
        problem(reply, 404, 'Nicht gefunden', 'Diese Adresse gibt es in der API nicht.'),
      );

      const ohneCsrf = { config: { csrf: false } };

      api.get('/openapi.json', ohneCsrf, (_request, reply) =>
        reply.header('cache-control', 'public, max-age=3600').send(openApiDokument(baseUrl)),
      );

      /** Every other route: a valid API key of an office. */
      const pruefen = async (request: FastifyRequest, reply: FastifyReply) => {
        const kopf = request.headers.authorization;
        const m = typeof kopf === 'string' ? /^Bearer\s+(\S+)$/i.exec(kopf) : null;
        const schluessel =
          m?.[1] === undefined ? undefined : await apiSchluesselPruefen(k.db, m[1], k.jetzt());
        if (schluessel === undefined) {
          request.log.info({ mitKopf: kopf !== undefined }, 'API-Anfrage ohne gültigen Schlüssel');
          void reply.header('www-authenticate', 'Bearer realm="mietrueckstaende"');
          return problem(
            reply,
            401,
            'Nicht angemeldet',
            'Senden Sie den API-Schlüssel Ihres Sozialamts als „Authorization: Bearer <Schlüssel>“.',
          );
        }
        request.apiSchluessel = schluessel;
        return undefined;
      };
      const geschuetzt = { ...ohneCsrf, preHandler: pruefen };

      const zugriff = (request: FastifyRequest): Zugriff => {
        const s = request.apiSchluessel;
        if (s === null) throw new Error('API-Route ohne Schlüsselprüfung');
        return { art: 'api', ags: s.behoerdeAgs, schluesselId: s.id, bezeichnung: s.bezeichnung };
      };

      const url = (pfad: string) => `${baseUrl}${API}${pfad}`;

      async function mitFall(request: FastifyRequest, reply: FastifyReply) {
        const { vorgangsnummer } = request.params as { vorgangsnummer: string };
        const f = await fallLaden(k, vorgangsnummer, zugriff(request));
        if (f === undefined)
          await problem(
            reply,
            404,
            'Antrag nicht gefunden',
            'Diesen Antrag gibt es nicht, oder er gehört nicht zu Ihrem Sozialamt.',
          );
        return f;
      }

      function alsJson(a: FallAnsicht, xmlVorhanden: boolean) {
        const basis = `/antraege/${a.antrag.vorgangsnummer}`;
        return {
          vorgangsnummer: a.antrag.vorgangsnummer,
          behoerdeAgs: a.antrag.behoerde_ags,
          eingereichtAm: a.antrag.eingereicht_am.toISOString(),
          status: a.fall.status,
          entscheidung:
            a.fall.entscheidung === null
              ? null
              : {
                  art: a.fall.entscheidung,
                  betragCent: a.fall.betrag_cent,
                  weitergeleitetAm: a.fall.weitergeleitet_am,
                },
          version: a.fall.version,
          schonfrist:
            a.antrag.schonfrist_ende === null
              ? null
              : { ende: a.antrag.schonfrist_ende, vorlaeufig: a.antrag.schonfrist_vorlaeufig },
          termine: a.kurzinfo.termine,
          dringend: a.eil.dringend,
          jobcenterHinweis: a.antrag.jobcenter_hinweis,
          antragsteller: a.kurzinfo.name,
          daten: a.eingang.daten,
          zusammenfassung: a.abschnitte,
          fehlendeNachweise: a.eingang.fehlendeNachweise.map((n) => n.bezeichnung),
          anlagen: a.anlagen.map((d) => ({
            id: d.id,
            art: d.art,
            bezeichnung: unterlagenTitel(d.art),
            dateiname: d.dateiname,
            mime: d.mime,
            groesse: d.groesse,
            url: url(`${basis}/dateien/${d.id}`),
          })),
          nachforderungen: a.nachforderungen.map((n) => ({
            id: n.id,
            unterlagen: n.unterlagen,
            frist: n.frist,
            hinweis: n.hinweisText ?? null,
            status: n.status,
            ueberfaellig: n.ueberfaellig,
            erstelltAm: n.erstellt_am.toISOString(),
            beantwortetAm: n.beantwortet_am?.toISOString() ?? null,
            nachrichtUUID: n.nachricht_uuid,
            dateien: n.dateien
              .filter((d) => d.gesendet)
              .map((d) => ({
                id: d.id,
                art: d.art,
                bezeichnung: unterlagenTitel(d.art),
                dateiname: d.dateiname,
                mime: d.mime,
                groesse: d.groesse,
                url: url(`${basis}/dateien/${d.id}`),
              })),
          })),
          nachrichten: a.sendungen.map((s) => ({
            nachrichtUUID: s.nachrichtUUID,
            art: s.art,
            status: s.status,
            zugestelltAm: s.zugestelltAm?.toISOString() ?? null,
            url: url(`${basis}/nachrichten/${s.nachrichtUUID}`),
          })),
          statusverlauf: a.historie.map((h) => ({
            von: h.von,
            nach: h.nach,
            zeitpunkt: h.zeitpunkt.toISOString(),
            durch: h.akteur_name,
          })),
          links: {
            pdf: a.antrag.antrag_pdf === null ? null : url(`${basis}/antrag.pdf`),
            nachricht: xmlVorhanden ? url(`${basis}/nachricht.xml`) : null,
          },
        };
      }

      async function antragJson(k2: Kontext, f: NonNullable<Awaited<ReturnType<typeof fallLaden>>>) {
        const a = await fallAnsicht(k2, f);
        return alsJson(a, (await originalAuftrag(k2.db, f.antrag)) !== undefined);
      }

      api.get('/antraege', geschuetzt, async (request, reply) => {
        const s = request.apiSchluessel;
        if (s === null) return reply;
        const q = request.query as Record<string, unknown>;
        const statusWert = typeof q.status === 'string' ? q.status : 'eingegangen';
        if (statusWert !== 'offen' && statusWert !== 'alle' && !istFallstatus(statusWert))
          return problem(reply, 400, 'Ungültiger Filter', undefined, {
            status: `Erlaubt: offen, alle, ${fallstatus.join(', ')}`,
          });
        let seit: Date | undefined;
        if (q.seit !== undefined) {
          seit = typeof q.seit === 'string' ? new Date(q.seit) : new Date(Number.NaN);
          if (Number.isNaN(seit.getTime()))
            return problem(reply, 400, 'Ungültiger Filter', undefined, {
              seit: 'Ein Zeitpunkt nach ISO 8601, z. B. 2026-11-29T10:00:00Z',
            });
        }
        const liste = await faelleDerBehoerde(k, s.behoerdeAgs, { ...leererFilter, status: statusWert });
        return reply.header('cache-control', 'no-store').send({
          antraege: liste
            .filter((e) => seit === undefined || e.eingereichtAm >= seit)
            .map((e) => ({
              vorgangsnummer: e.vorgangsnummer,
              eingereichtAm: e.eingereichtAm.toISOString(),
              status: e.status,
              antragsteller: e.name,
              schonfrist: e.schonfrist,
              dringend: e.eil.dringend,
              offeneNachforderungen: e.offeneNachforderungen.length,
              url: url(`/antraege/${e.vorgangsnummer}`),
            })),
        });
      });

      api.get('/antraege/:vorgangsnummer', geschuetzt, async (request, reply) => {
        const f = await mitFall(request, reply);
        if (f === undefined) return reply;
        await protokolliere(k.db, f.antrag, 'api_abgerufen', akteurVon(zugriff(request)), k.jetzt());
        return reply.header('cache-control', 'no-store').send(await antragJson(k, f));
      });

      api.get('/antraege/:vorgangsnummer/antrag.pdf', geschuetzt, async (request, reply) => {
        const f = await mitFall(request, reply);
        if (f === undefined) return reply;
        const pdf = k.repo.antragPdf(f.antrag);
        if (pdf === null)
          return problem(reply, 404, 'Kein PDF', 'Zu diesem Antrag ist kein PDF gespeichert.');
        await protokolliere(k.db, f.antrag, 'pdf_abgerufen', akteurVon(zugriff(request)), k.jetzt());
        return sendeDatei(reply, pdf, 'application/pdf', `Antrag-${f.antrag.vorgangsnummer}.pdf`);
      });

      async function xmlSenden(request: FastifyRequest, reply: FastifyReply, uuid: string | undefined) {
        const f = await mitFall(request, reply);
        if (f === undefined) return reply;
        const ids = (await nachforderungenVon(k.db, f.antrag.id)).map((n) => n.id);
        const nachricht = uuid ?? (await originalAuftrag(k.db, f.antrag))?.nachricht_uuid;
        const xml =
          nachricht === undefined
            ? undefined
            : await nachrichtXml(k.db, k.schluessel, f.antrag, ids, nachricht);
        if (xml === undefined || nachricht === undefined)
          return problem(reply, 404, 'Keine Nachricht', 'Zu diesem Antrag gibt es diese Nachricht nicht.');
        await protokolliere(k.db, f.antrag, 'nachricht_abgerufen', akteurVon(zugriff(request)), k.jetzt(), {
          nachricht,
        });
        return sendeDatei(
          reply,
          xml,
          'application/xml; charset=utf-8',
          `xSozial-${f.antrag.vorgangsnummer}-${nachricht}.xml`,
        );
      }

      api.get('/antraege/:vorgangsnummer/nachricht.xml', geschuetzt, (request, reply) =>
        xmlSenden(request, reply, undefined),
      );
      api.get('/antraege/:vorgangsnummer/nachrichten/:nachrichtUUID', geschuetzt, (request, reply) =>
        xmlSenden(request, reply, (request.params as { nachrichtUUID: string }).nachrichtUUID),
      );

      api.get('/antraege/:vorgangsnummer/dateien/:datei', geschuetzt, async (request, reply) => {
        const f = await mitFall(request, reply);
        if (f === undefined) return reply;
        const { datei } = request.params as { datei: string };
        const d = await dateiDesFalls(k, f, datei);
        if (d === undefined)
          return problem(reply, 404, 'Datei nicht gefunden', 'Diese Datei gehört nicht zu diesem Antrag.');
        await protokolliere(k.db, f.antrag, 'anlage_abgerufen', akteurVon(zugriff(request)), k.jetzt(), {
          datei,
          art: d.art,
        });
        return sendeDatei(reply, d.inhalt, d.mime, d.dateiname);
      });

      api.post('/antraege/:vorgangsnummer/status', geschuetzt, async (request, reply) => {
        const f = await mitFall(request, reply);
        if (f === undefined) return reply;
        const e = statusSchema.safeParse(request.body);
        if (!e.success) return problem(reply, 400, 'Ungültige Angaben', undefined, zodFehler(e.error));
        const ent = e.data.entscheidung;
        const r = await statusAendern(
          k,
          f,
          {
            nach: e.data.status,
            entscheidung:
              ent === undefined
                ? undefined
                : ent.art === 'beihilfe' || ent.art === 'darlehen'
                  ? { art: ent.art, betragCent: ent.betragCent ?? 0 }
                  : ent.art === 'jobcenter'
                    ? { art: 'jobcenter', weitergeleitetAm: ent.weitergeleitetAm ?? '' }
                    : { art: 'abgelehnt' },
          },
          akteurVon(zugriff(request)),
          e.data.version,
        );
        if (!r.ok) {
          if (r.grund === 'veraltet') return problem(reply, 409, 'Inzwischen geändert', r.meldung);
          return problem(reply, r.feld === 'status' ? 409 : 400, 'Änderung nicht möglich', r.meldung, {
            [r.feld]: r.meldung,
          });
        }
        const neu = await fallLaden(k, f.antrag.vorgangsnummer, zugriff(request));
        return reply.send(neu === undefined ? {} : await antragJson(k, neu));
      });

      api.post('/antraege/:vorgangsnummer/nachforderungen', geschuetzt, async (request, reply) => {
        const f = await mitFall(request, reply);
        if (f === undefined) return reply;
        const e = nachforderungSchema.safeParse(request.body);
        if (!e.success) return problem(reply, 400, 'Ungültige Angaben', undefined, zodFehler(e.error));
        const akteur = akteurVon(zugriff(request)) as Akteur & { art: 'api' };
        const r = await nachforderungAnlegen(k, f, e.data, akteur);
        if (!r.ok) {
          if (r.grund === 'status') return problem(reply, 409, 'Nachforderung nicht möglich', r.meldung);
          return problem(reply, 400, 'Ungültige Angaben', undefined, r.fehler);
        }
        const n = r.nachforderung;
        return reply.status(201).send({
          id: n.id,
          unterlagen: n.unterlagen,
          frist: n.frist,
          hinweis: e.data.hinweis?.trim() || null,
          status: n.status,
          ueberfaellig: n.frist < heuteInDeutschland(k.jetzt()),
          erstelltAm: n.erstellt_am.toISOString(),
          beantwortetAm: null,
          nachrichtUUID: null,
          dateien: [],
        });
      });

      fertig();
    },
    { prefix: API },
  );
}
