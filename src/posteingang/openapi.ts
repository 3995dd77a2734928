import { entscheidungsarten, fallstatus } from './status.ts';
import { unterlagenArten } from './faelle.ts';

// The OpenAPI 3.1 description of the adapter API under /api/v1, served at /api/v1/openapi.json. Kept next to
// the routes (api-routen.ts); a test checks that every API route is described and every described path exists.

const problem = {
  description: 'Fehler (RFC 9457, application/problem+json)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const nichtGefunden = { ...problem, description: 'Unbekannt oder nicht Ihres Sozialamts' };
const nummer = {
  name: 'vorgangsnummer',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^MR-\\d{4}-[2-9A-HJKMNP-TV-Z]{6}$' },
  example: 'MR-2026-7K3F9Q',
};

export function openApiDokument(baseUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Übernahme von Mietrückständen – Schnittstelle für Fachverfahren',
      version: '1.0.0',
      summary: 'Neue Anträge eines Sozialamts abholen, Status setzen, Unterlagen nachfordern.',
      description:
        'Jeder API-Schlüssel gehört zu genau einem Sozialamt und sieht nur dessen Anträge. Schlüssel legt der Betrieb an: `npm run cli -- api-schluessel anlegen <AGS> [Bezeichnung]`. Anträge anderer Sozialämter sind für die Schnittstelle „nicht gefunden“ (404).',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: `${baseUrl}/api/v1` }],
    security: [{ apiSchluessel: [] }],
    paths: {
      '/antraege': {
        get: {
          operationId: 'antraegeListen',
          summary: 'Anträge des Sozialamts, dringendste zuerst',
          parameters: [
            {
              name: 'status',
              in: 'query',
              description:
                '`eingegangen` (neue Anträge, Standard), `offen` (nicht entschieden), `alle` oder ein Status',
              schema: { type: 'string', enum: ['offen', 'alle', ...fallstatus], default: 'eingegangen' },
            },
            {
              name: 'seit',
              in: 'query',
              description: 'Nur Anträge, die ab diesem Zeitpunkt eingegangen sind (ISO 8601)',
              schema: { type: 'string', format: 'date-time' },
            },
          ],
          responses: {
            '200': {
              description: 'Liste',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['antraege'],
                    properties: {
                      antraege: { type: 'array', items: { $ref: '#/components/schemas/AntragKurz' } },
                    },
                  },
                },
              },
            },
            '400': problem,
            '401': problem,
          },
        },
      },
      '/antraege/{vorgangsnummer}': {
        get: {
          operationId: 'antragLesen',
          summary: 'Ein Antrag mit allen Angaben, Anlagen, Nachforderungen und Nachrichten',
          parameters: [nummer],
          responses: {
            '200': {
              description: 'Antrag',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Antrag' } } },
            },
            '401': problem,
            '404': nichtGefunden,
          },
        },
      },
      '/antraege/{vorgangsnummer}/antrag.pdf': {
        get: {
          operationId: 'antragPdf',
          summary: 'Das Antrags-PDF',
          parameters: [nummer],
          responses: {
            '200': {
              description: 'PDF',
              content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
            },
            '401': problem,
            '404': nichtGefunden,
          },
        },
      },
      '/antraege/{vorgangsnummer}/nachricht.xml': {
        get: {
          operationId: 'antragNachricht',
          summary: 'Die xSozial-basis-Nachricht des Antrags (wie über XTA zugestellt)',
          parameters: [nummer],
          responses: {
            '200': { description: 'XML', content: { 'application/xml': { schema: { type: 'string' } } } },
            '401': problem,
            '404': nichtGefunden,
          },
        },
      },
      '/antraege/{vorgangsnummer}/nachrichten/{nachrichtUUID}': {
        get: {
          operationId: 'nachrichtLesen',
          summary: 'Eine Nachricht des Antrags (auch Nachreichungen, mit referenzUUID)',
          parameters: [
            nummer,
            { name: 'nachrichtUUID', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          responses: {
            '200': { description: 'XML', content: { 'application/xml': { schema: { type: 'string' } } } },
            '401': problem,
            '404': nichtGefunden,
          },
        },
      },
      '/antraege/{vorgangsnummer}/dateien/{datei}': {
        get: {
          operationId: 'dateiLesen',
          summary: 'Eine Anlage oder nachgereichte Unterlage',
          parameters: [
            nummer,
            {
              name: 'datei',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16}$' },
            },
          ],
          responses: {
            '200': {
              description: 'Datei',
              content: {
                'application/pdf': { schema: { type: 'string', format: 'binary' } },
                'image/jpeg': { schema: { type: 'string', format: 'binary' } },
                'image/png': { schema: { type: 'string', format: 'binary' } },
              },
            },
            '401': problem,
            '404': nichtGefunden,
          },
        },
      },
      '/antraege/{vorgangsnummer}/status': {
        post: {
          operationId: 'statusSetzen',
          summary: 'Status setzen (nur erlaubte Übergänge)',
          parameters: [nummer],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/StatusAenderung' } } },
          },
          responses: {
            '200': {
              description: 'Neuer Stand',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Antrag' } } },
            },
            '400': problem,
            '401': problem,
            '404': nichtGefunden,
            '409': { ...problem, description: 'Unzulässiger Übergang oder inzwischen geändert (version)' },
          },
        },
      },
      '/antraege/{vorgangsnummer}/nachforderungen': {
        post: {
          operationId: 'nachforderungAnlegen',
          summary: 'Unterlagen nachfordern',
          parameters: [nummer],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/NachforderungEingabe' } },
            },
          },
          responses: {
            '201': {
              description: 'Angelegt',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Nachforderung' } } },
            },
            '400': problem,
            '401': problem,
            '404': nichtGefunden,
            '409': problem,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        apiSchluessel: {
          type: 'http',
          scheme: 'bearer',
          description: 'API-Schlüssel des Sozialamts (mrk_…)',
        },
      },
      schemas: {
        Problem: {
          type: 'object',
          required: ['title', 'status'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            fehler: {
              type: 'object',
              additionalProperties: { type: 'string' },
              description: 'Meldung je Feld',
            },
          },
        },
        Schonfrist: {
          type: ['object', 'null'],
          required: ['ende', 'vorlaeufig'],
          properties: { ende: { type: 'string', format: 'date' }, vorlaeufig: { type: 'boolean' } },
        },
        Entscheidung: {
          type: ['object', 'null'],
          required: ['art'],
          properties: {
            art: { type: 'string', enum: [...entscheidungsarten] },
            betragCent: { type: ['integer', 'null'], minimum: 1 },
            weitergeleitetAm: { type: ['string', 'null'], format: 'date' },
          },
        },
        AntragKurz: {
          type: 'object',
          required: ['vorgangsnummer', 'eingereichtAm', 'status', 'dringend', 'url'],
          properties: {
            vorgangsnummer: { type: 'string' },
            eingereichtAm: { type: 'string', format: 'date-time' },
            status: { type: 'string', enum: [...fallstatus] },
            antragsteller: { type: 'string' },
            schonfrist: { $ref: '#/components/schemas/Schonfrist' },
            dringend: { type: 'boolean' },
            offeneNachforderungen: { type: 'integer' },
            url: { type: 'string', format: 'uri' },
          },
        },
        Antrag: {
          type: 'object',
          required: [
            'vorgangsnummer',
            'behoerdeAgs',
            'eingereichtAm',
            'status',
            'version',
            'daten',
            'zusammenfassung',
          ],
          properties: {
            vorgangsnummer: { type: 'string' },
            behoerdeAgs: { type: 'string' },
            eingereichtAm: { type: 'string', format: 'date-time' },
            status: { type: 'string', enum: [...fallstatus] },
            entscheidung: { $ref: '#/components/schemas/Entscheidung' },
            version: {
              type: 'integer',
              description: 'Für Änderungen ohne Überschreiben (optimistische Sperre)',
            },
            schonfrist: { $ref: '#/components/schemas/Schonfrist' },
            termine: { type: 'object', additionalProperties: { type: 'string', format: 'date' } },
            dringend: { type: 'boolean' },
            jobcenterHinweis: { type: 'boolean' },
            antragsteller: { type: 'string' },
            daten: { type: 'object', description: 'Die Angaben des Antrags, je Schritt des Formulars' },
            zusammenfassung: {
              type: 'array',
              items: { type: 'object' },
              description: 'Alle Angaben je Abschnitt, für Menschen formatiert',
            },
            fehlendeNachweise: { type: 'array', items: { type: 'string' } },
            anlagen: { type: 'array', items: { $ref: '#/components/schemas/Datei' } },
            nachforderungen: { type: 'array', items: { $ref: '#/components/schemas/Nachforderung' } },
            nachrichten: { type: 'array', items: { $ref: '#/components/schemas/Nachricht' } },
            statusverlauf: { type: 'array', items: { type: 'object' } },
            links: {
              type: 'object',
              properties: {
                pdf: { type: ['string', 'null'], format: 'uri' },
                nachricht: { type: ['string', 'null'], format: 'uri' },
              },
            },
          },
        },
        Datei: {
          type: 'object',
          required: ['id', 'art', 'dateiname', 'mime', 'groesse', 'url'],
          properties: {
            id: { type: 'string' },
            art: { type: 'string' },
            bezeichnung: { type: 'string' },
            dateiname: { type: 'string' },
            mime: { type: 'string', enum: ['application/pdf', 'image/jpeg', 'image/png'] },
            groesse: { type: 'integer' },
            url: { type: 'string', format: 'uri' },
          },
        },
        Nachricht: {
          type: 'object',
          required: ['nachrichtUUID', 'art', 'status', 'url'],
          properties: {
            nachrichtUUID: { type: 'string', format: 'uuid' },
            art: { type: 'string', enum: ['antrag', 'nachreichung'] },
            status: { type: 'string', enum: ['queued', 'sent', 'delivered', 'failed', 'dead'] },
            zugestelltAm: { type: ['string', 'null'], format: 'date-time' },
            url: { type: 'string', format: 'uri' },
          },
        },
        StatusAenderung: {
          type: 'object',
          required: ['status'],
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: [...fallstatus] },
            entscheidung: {
              type: 'object',
              required: ['art'],
              additionalProperties: false,
              properties: {
                art: { type: 'string', enum: [...entscheidungsarten] },
                betragCent: { type: 'integer', minimum: 1 },
                weitergeleitetAm: { type: 'string', format: 'date' },
              },
            },
            version: {
              type: 'integer',
              description: 'Stand, auf den sich die Änderung bezieht; sonst wird nicht geprüft',
            },
          },
        },
        NachforderungEingabe: {
          type: 'object',
          required: ['unterlagen', 'frist'],
          additionalProperties: false,
          properties: {
            unterlagen: {
              type: 'array',
              minItems: 1,
              items: { type: 'string', enum: unterlagenArten.map((u) => u.id) },
            },
            frist: { type: 'string', format: 'date' },
            hinweis: { type: 'string', maxLength: 1000 },
          },
        },
        Nachforderung: {
          type: 'object',
          required: ['id', 'unterlagen', 'frist', 'status'],
          properties: {
            id: { type: 'string' },
            unterlagen: { type: 'array', items: { type: 'string' } },
            frist: { type: 'string', format: 'date' },
            hinweis: { type: ['string', 'null'] },
            status: { type: 'string', enum: ['offen', 'beantwortet'] },
            ueberfaellig: { type: 'boolean' },
            erstelltAm: { type: 'string', format: 'date-time' },
            beantwortetAm: { type: ['string', 'null'], format: 'date-time' },
            nachrichtUUID: { type: ['string', 'null'], format: 'uuid' },
            dateien: { type: 'array', items: { $ref: '#/components/schemas/Datei' } },
          },
        },
      },
    },
  } as const;
}
