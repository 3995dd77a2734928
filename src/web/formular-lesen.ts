import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { fehler, ok, type Ergebnis } from '../shared/index.ts';
import type { FeldFehler } from './komponenten/formular.tsx';

// The one way to read a posted form: the fields as strings (the first of repeated fields, bounded in length,
// exactly as typed so a page with errors shows them again), checked with a zod schema whose messages are the
// German texts shown at the fields.

// Far above every field's own limit, so an over-long value still reaches its schema and is refused there with
// the limit stated; it only bounds the work per field (the body limit bounds the request).
const HOECHSTLAENGE = 100_000;

export type Formularwerte = Record<string, string>;

/** Form fields as strings, whatever the body parser produced; anything that is not text is left out. */
export function formularwerte(body: unknown): Formularwerte {
  if (body === null || typeof body !== 'object') return {};
  const werte: Formularwerte = {};
  for (const [name, roh] of Object.entries(body as Record<string, unknown>)) {
    const wert: unknown = Array.isArray(roh) ? roh[0] : roh;
    if (typeof wert === 'string') werte[name] = wert.slice(0, HOECHSTLAENGE);
  }
  return werte;
}

/** The zod refusal as one message per field (the first one), keyed by the field name. */
export function feldFehlerAus(fehlerliste: z.core.$ZodIssue[]): FeldFehler {
  const proFeld: FeldFehler = {};
  for (const f of fehlerliste) {
    const feld = String(f.path[0] ?? '_formular');
    proFeld[feld] ??= f.message;
  }
  return proFeld;
}

export type GelesenesFormular<T> = { werte: Formularwerte; ergebnis: Ergebnis<T, FeldFehler> };

/** Reads the form and checks it; the raw values come back in both cases, to show the form again. */
export function leseFormular<T>(body: unknown, schema: z.ZodType<T>): GelesenesFormular<T> {
  const werte = formularwerte(body);
  const geprueft = schema.safeParse(werte);
  return {
    werte,
    ergebnis: geprueft.success ? ok(geprueft.data) : fehler(feldFehlerAus(geprueft.error.issues)),
  };
}

export type Datei = { inhalt: Buffer; name: string; typ: string };
const dateien = new WeakMap<FastifyRequest, Datei>();

/**
 * For forms with one file: reads all parts before the global CSRF check (which runs in preHandler and needs
 * the `_csrf` field in the body); the file stays in memory (bounded by the multipart limit). Use as the
 * route's `preValidation`, then `hochgeladeneDatei(request)`.
 */
export async function leseMultipart(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  const felder: Formularwerte = {};
  try {
    for await (const teil of request.parts()) {
      if (teil.type === 'file') {
        const inhalt = await teil.toBuffer();
        if (inhalt.length > 0 && teil.filename !== '')
          dateien.set(request, { inhalt, name: teil.filename, typ: teil.mimetype });
      } else if (typeof teil.value === 'string') {
        felder[teil.fieldname] = teil.value;
      }
    }
  } catch (error) {
    throw alsAnfragefehler(error);
  }
  request.body = felder;
}

/** busboy's errors (no boundary, body ends early) carry no status: they are the client's mistake (400). */
export function alsAnfragefehler(error: unknown): unknown {
  return error instanceof Error && !('statusCode' in error) ? new UngueltigeAnfrage(error.message) : error;
}

/** A request the client got wrong; the error page answers it with 400. */
class UngueltigeAnfrage extends Error {
  readonly statusCode = 400;
  readonly code = 'MR_UNGUELTIGE_ANFRAGE';
}

export function hochgeladeneDatei(request: FastifyRequest): Datei | undefined {
  return dateien.get(request);
}
