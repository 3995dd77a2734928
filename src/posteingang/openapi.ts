import { z } from 'zod';
import type { Antwort, Endpunkt } from './api/endpunkt.ts';
import { apiEndpunkte } from './api/endpunkte.ts';
import { komponenten } from './api/schemas.ts';
import { ANTRAG_JSON_SCHEMA_ID } from '../nachricht/index.ts';

/** Where the JSON Schema of the typed answers is served (below /api/v1). */
export const ANTRAG_SCHEMA_PFAD = '/schema/antrag.json';

// The OpenAPI 3.1 description of the adapter API under /api/v1, served at /api/v1/openapi.json. Generated from
// the endpoints' zod schemas (api/endpunkte.ts), so it describes exactly the routes that exist and what they
// answer; api-openapi.test.ts checks every real answer against it.

type JsonSchema = Record<string, unknown>;

const REF = '#/components/schemas/';
const LOKAL = '~';

const info = {
  title: 'Übernahme von Mietrückständen – Schnittstelle für Fachverfahren',
  version: '1.0.0',
  summary: 'Neue Anträge eines Sozialamts abholen, Status setzen, Unterlagen nachfordern.',
  description:
    'Jeder API-Schlüssel gehört zu genau einem Sozialamt und sieht nur dessen Anträge. Schlüssel legt der Betrieb an: `npm run cli -- api-schluessel anlegen <AGS> [Bezeichnung]`. Anträge anderer Sozialämter sind für die Schnittstelle „nicht gefunden“ (404).',
  license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
};

const securitySchemes = {
  apiSchluessel: { type: 'http', scheme: 'bearer', description: 'API-Schlüssel des Sozialamts (mrk_…)' },
};

/** Drops what JSON Schema needs standalone but OpenAPI does not, and zod's bounds of safe integers. */
function aufraeumen(wert: unknown): unknown {
  if (Array.isArray(wert)) return wert.map(aufraeumen);
  if (typeof wert !== 'object' || wert === null) return wert;
  const aus: JsonSchema = {};
  for (const [k, v] of Object.entries(wert)) {
    if (k === '$schema' || k === '$id') continue;
    if ((k === 'minimum' || k === 'maximum') && Math.abs(Number(v)) === Number.MAX_SAFE_INTEGER) continue;
    aus[k] = aufraeumen(v);
  }
  return aus;
}

function alsJsonSchema(s: z.ZodType): JsonSchema {
  return aufraeumen(
    z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
  ) as JsonSchema;
}

/** Path or query parameters from an object schema; description and first example move to the parameter. */
function parameter(s: z.ZodType | undefined, ort: 'path' | 'query'): JsonSchema[] {
  if (s === undefined) return [];
  const objekt = alsJsonSchema(s);
  const pflicht = new Set((objekt.required as string[] | undefined) ?? []);
  return Object.entries((objekt.properties ?? {}) as Record<string, JsonSchema>).map(([name, schema]) => {
    const { description, examples, ...rest } = schema;
    return {
      name,
      in: ort,
      ...(ort === 'path' || pflicht.has(name) ? { required: true } : {}),
      ...(description === undefined ? {} : { description }),
      schema: rest,
      ...(Array.isArray(examples) ? { example: examples[0] as unknown } : {}),
    };
  });
}

/** All schemas in one registry, so that every use of a named schema becomes a $ref to it. */
function schemas(endpunkte: readonly Endpunkt[]) {
  const registry = z.registry<{ id: string }>();
  const namen = new Map<z.ZodType, string>();
  for (const [id, s] of Object.entries(komponenten)) {
    registry.add(s, { id });
    namen.set(s, id);
  }
  const benennen = (s: z.ZodType, id: string) => {
    if (!namen.has(s)) {
      registry.add(s, { id: LOKAL + id });
      namen.set(s, LOKAL + id);
    }
  };
  for (const e of endpunkte) {
    if (e.body !== undefined) benennen(e.body, `${e.operationId}-body`);
    for (const [status, a] of Object.entries(e.antworten))
      if ('json' in a) benennen(a.json, `${e.operationId}-${status}`);
  }
  const alle = aufraeumen(
    z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => REF + id, unrepresentable: 'any' })
      .schemas,
  ) as Record<string, JsonSchema>;
  const schemaVon = (s: z.ZodType): JsonSchema => {
    const id = namen.get(s) ?? '';
    return id.startsWith(LOKAL) ? (alle[id] ?? {}) : { $ref: REF + id };
  };
  const benannte = Object.fromEntries(Object.entries(alle).filter(([id]) => !id.startsWith(LOKAL)));
  return { benannte, schemaVon };
}

function antwort(a: Antwort, schemaVon: (s: z.ZodType) => JsonSchema) {
  if ('json' in a)
    return { description: a.beschreibung, content: { 'application/json': { schema: schemaVon(a.json) } } };
  if ('problem' in a)
    return {
      description: a.beschreibung,
      content: { 'application/problem+json': { schema: { $ref: `${REF}Problem` } } },
    };
  const schema = a.text === true ? { type: 'string' } : { type: 'string', format: 'binary' };
  return { description: a.beschreibung, content: Object.fromEntries(a.datei.map((m) => [m, { schema }])) };
}

export function openApiDokument(baseUrl: string, endpunkte: readonly Endpunkt[] = apiEndpunkte) {
  const { benannte, schemaVon } = schemas(endpunkte);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const e of endpunkte) {
    const pfad = e.pfad.replace(/:(\w+)/g, '{$1}');
    (paths[pfad] ??= {})[e.methode.toLowerCase()] = {
      operationId: e.operationId,
      summary: e.zusammenfassung,
      parameters: [...parameter(e.params, 'path'), ...parameter(e.query, 'query')],
      ...(e.body === undefined
        ? {}
        : {
            requestBody: { required: true, content: { 'application/json': { schema: schemaVon(e.body) } } },
          }),
      responses: Object.fromEntries(
        Object.entries(e.antworten).map(([status, a]) => [status, antwort(a, schemaVon)]),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: `${baseUrl}/api/v1` }],
    security: [{ apiSchluessel: [] }],
    paths: {
      ...paths,
      [ANTRAG_SCHEMA_PFAD]: {
        get: {
          operationId: 'antragSchema',
          summary:
            'JSON Schema der typisierten Angaben (Feld „angaben“ eines Antrags, Element antragsangaben der Nachricht)',
          security: [],
          responses: {
            '200': {
              description: `JSON Schema ${ANTRAG_JSON_SCHEMA_ID}, aus derselben Definition erzeugt wie die XML-Erweiterung`,
              content: { 'application/schema+json': { schema: { type: 'object' } } },
            },
          },
        },
      },
    },
    externalDocs: {
      description: 'Angaben im Antrag: JSON Schema (versioniert), dieselben Felder wie die XML-Erweiterung',
      url: `${baseUrl}/api/v1${ANTRAG_SCHEMA_PFAD}`,
    },
    components: { securitySchemes, schemas: benannte },
  };
}
