import {
  ANTRAG_NAMESPACE,
  ANTRAG_VERSION,
  type FeldDefinition,
  type InhaltDefinition,
} from './definition.ts';

// The JSON Schema (draft 2020-12) of the application content as /api/v1 returns it, generated from the same
// definition as the XML; served by the app and referenced from the OpenAPI description.

export const ANTRAG_JSON_SCHEMA_ID = `https://mietrueckstaende.example/schemas/antrag-${ANTRAG_VERSION}.json`;

function feld(f: FeldDefinition): Record<string, unknown> {
  const t = { title: f.titel };
  switch (f.typ) {
    case 'text':
      return { ...t, type: 'string', minLength: 1 };
    case 'datum':
      return { ...t, type: 'string', format: 'date' };
    case 'zeitpunkt':
      return { ...t, type: 'string', format: 'date-time' };
    case 'monat':
      return { ...t, type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' };
    case 'betrag':
      // JSON carries money as whole cents (like the rest of /api/v1); the XML carries euro with two places.
      return { ...t, type: 'integer', description: `${f.titel} (in Cent)` };
    case 'dezimal':
      return { ...t, type: 'number' };
    case 'ganzzahl':
      return { ...t, type: 'integer' };
    case 'janein':
      return { ...t, type: 'boolean' };
    case 'code':
      return { ...t, type: 'string', enum: (f.codes ?? []).map((c) => c.code) };
    case 'codes':
      return { ...t, type: 'array', items: { type: 'string', enum: (f.codes ?? []).map((c) => c.code) } };
  }
}

export function antragJsonSchema(definition: InhaltDefinition): Record<string, unknown> {
  const abschnitte = Object.fromEntries(
    definition.abschnitte.map((a) => {
      const objekt = {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(a.felder.map((f) => [f.name, feld(f)])),
        required: a.felder.filter((f) => !f.optional && f.typ !== 'codes').map((f) => f.name),
      };
      return [
        a.name,
        a.wiederholt ? { title: a.titel, type: 'array', items: objekt } : { title: a.titel, ...objekt },
      ];
    }),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: ANTRAG_JSON_SCHEMA_ID,
    title: `Angaben im Antrag auf Übernahme von Mietrückständen, Version ${ANTRAG_VERSION}`,
    description: `Dieselben Angaben wie das XML-Element antragsangaben im Namensraum ${ANTRAG_NAMESPACE}.`,
    type: 'object',
    additionalProperties: false,
    properties: abschnitte,
  };
}
