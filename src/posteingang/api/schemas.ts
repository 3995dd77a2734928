import { z } from 'zod';
import { zustellStatus } from '../../zustellung/index.ts';
import { unterlagenArten } from '../faelle.ts';
import { entscheidungsarten, fallstatus } from '../status.ts';
import { problemSchema } from './problem.ts';

// What the API answers, in zod. The handlers build these objects; the OpenAPI document is generated from
// these schemas (openapi.ts), and a test checks every real answer against it.

const BEISPIEL_NUMMER = 'MR-2026-7K3F9Q';
const BEISPIEL_URL = `https://mietrueckstaende.example/api/v1/antraege/${BEISPIEL_NUMMER}`;

export const schonfristSchema = z
  .object({ ende: z.iso.date(), vorlaeufig: z.boolean() })
  .nullable()
  .meta({ description: 'Ende der Schonfrist (§ 569 BGB), falls bekannt' });

export const entscheidungSchema = z
  .object({
    art: z.enum(entscheidungsarten),
    betragCent: z.number().int().min(1).nullable(),
    weitergeleitetAm: z.iso.date().nullable(),
  })
  .nullable();

export const dateiSchema = z.object({
  id: z.string().meta({ pattern: '^[A-Za-z0-9_-]{16}$' }),
  art: z.string(),
  bezeichnung: z.string(),
  dateiname: z.string(),
  mime: z.string().meta({ enum: ['application/pdf', 'image/jpeg', 'image/png'] }),
  groesse: z.number().int(),
  url: z.url(),
});

export const nachrichtSchema = z.object({
  nachrichtUUID: z.uuid(),
  art: z.enum(['antrag', 'nachreichung']),
  status: z.enum(zustellStatus),
  zugestelltAm: z.iso.datetime().nullable(),
  url: z.url(),
});

export const nachforderungSchema = z.object({
  id: z.string(),
  unterlagen: z.array(z.string()),
  frist: z.iso.date(),
  hinweis: z.string().nullable(),
  status: z.enum(['offen', 'beantwortet']),
  ueberfaellig: z.boolean(),
  erstelltAm: z.iso.datetime(),
  beantwortetAm: z.iso.datetime().nullable(),
  nachrichtUUID: z.uuid().nullable(),
  dateien: z.array(dateiSchema),
});

export const antragKurzSchema = z.object({
  vorgangsnummer: z.string().meta({ examples: [BEISPIEL_NUMMER] }),
  eingereichtAm: z.iso.datetime(),
  status: z.enum(fallstatus),
  antragsteller: z.string(),
  schonfrist: schonfristSchema,
  dringend: z.boolean(),
  offeneNachforderungen: z.number().int(),
  url: z.url().meta({ examples: [BEISPIEL_URL] }),
});

export const antragslisteSchema = z.object({ antraege: z.array(antragKurzSchema) });

export const antragSchema = z.object({
  vorgangsnummer: z.string().meta({ examples: [BEISPIEL_NUMMER] }),
  behoerdeAgs: z.string().meta({ examples: ['13003'] }),
  eingereichtAm: z.iso.datetime(),
  status: z.enum(fallstatus),
  entscheidung: entscheidungSchema,
  version: z.number().int().meta({ description: 'Für Änderungen ohne Überschreiben (optimistische Sperre)' }),
  schonfrist: schonfristSchema,
  termine: z.record(z.string(), z.iso.date()).meta({ examples: [{ verhandlung: '2027-01-15' }] }),
  dringend: z.boolean(),
  jobcenterHinweis: z.boolean(),
  antragsteller: z.string(),
  daten: z.record(z.string(), z.unknown()).meta({
    description: 'Die Angaben des Antrags je Schritt des Formulars, aus der zugestellten Nachricht gelesen',
  }),
  angaben: z.record(z.string(), z.unknown()).nullable().meta({
    description:
      'Alle Angaben typisiert, genau wie im Erweiterungselement antragsangaben der Nachricht; JSON Schema: /api/v1/schema/antrag.json (null bei Anträgen, deren Nachricht die Erweiterung noch nicht trug)',
  }),
  angabenQuelle: z.enum(['nachricht', 'intern']).meta({
    description: 'nachricht: aus der zugestellten Nachricht gelesen; intern: älterer Antrag ohne Erweiterung',
  }),
  zusammenfassung: z
    .array(z.looseObject({ id: z.string(), titel: z.string() }))
    .meta({ description: 'Alle Angaben je Abschnitt, für Menschen formatiert' }),
  fehlendeNachweise: z.array(z.string()),
  anlagen: z.array(dateiSchema),
  nachforderungen: z.array(nachforderungSchema),
  nachrichten: z.array(nachrichtSchema),
  statusverlauf: z.array(
    z.object({
      von: z.enum(fallstatus),
      nach: z.enum(fallstatus),
      zeitpunkt: z.iso.datetime(),
      durch: z.string(),
    }),
  ),
  links: z.object({ pdf: z.url().nullable(), nachricht: z.url().nullable() }),
});

export type AntragJson = z.infer<typeof antragSchema>;
export type NachforderungJson = z.infer<typeof nachforderungSchema>;

// Request bodies. The business rules (known documents, deadline, amount) are checked with German messages in
// faelle.ts and status.ts; the `meta` here documents them.

export const statusAenderungSchema = z
  .object({
    status: z.enum(fallstatus),
    entscheidung: z
      .object({
        art: z.enum(entscheidungsarten),
        betragCent: z.number().int().optional().meta({ minimum: 1 }),
        weitergeleitetAm: z.string().optional().meta({ format: 'date' }),
      })
      .strict()
      .optional(),
    version: z
      .number()
      .int()
      .optional()
      .meta({ description: 'Stand, auf den sich die Änderung bezieht; sonst wird nicht geprüft' }),
  })
  .strict()
  .meta({
    examples: [{ status: 'entschieden', entscheidung: { art: 'beihilfe', betragCent: 125000 }, version: 2 }],
  });

export const nachforderungEingabeSchema = z
  .object({
    unterlagen: z
      .array(z.string().meta({ enum: unterlagenArten.map((u) => u.id) }))
      .max(30)
      .meta({ minItems: 1 }),
    frist: z.string().meta({ format: 'date' }),
    hinweis: z.string().optional().meta({ maxLength: 1000 }),
  })
  .strict()
  .meta({
    examples: [{ unterlagen: ['kontoauszuege'], frist: '2026-12-10', hinweis: 'Bitte alle Konten.' }],
  });

/** The named schemas of the document (components/schemas), referenced with $ref wherever they are used. */
export const komponenten = {
  Problem: problemSchema,
  Schonfrist: schonfristSchema,
  Entscheidung: entscheidungSchema,
  AntragKurz: antragKurzSchema,
  Antrag: antragSchema,
  Datei: dateiSchema,
  Nachricht: nachrichtSchema,
  Nachforderung: nachforderungSchema,
  StatusAenderung: statusAenderungSchema,
  NachforderungEingabe: nachforderungEingabeSchema,
} as const;
