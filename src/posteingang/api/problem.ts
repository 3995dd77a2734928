import type { FastifyReply } from 'fastify';
import { z } from 'zod';

// Errors of the API are RFC 9457 problem documents in German, never Fastify's default JSON.

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    fehler: z.record(z.string(), z.string()).optional().meta({ description: 'Meldung je Feld' }),
  })
  .meta({
    description: 'Fehler nach RFC 9457 (application/problem+json)',
    examples: [
      {
        type: 'about:blank',
        title: 'Ungültige Angaben',
        status: 400,
        fehler: { frist: 'Die Frist muss in der Zukunft liegen' },
      },
    ],
  });

export type Problem = z.infer<typeof problemSchema>;

export function problem(
  reply: FastifyReply,
  status: number,
  title: string,
  detail?: string,
  fehler?: Record<string, string>,
): FastifyReply {
  const inhalt: Problem = {
    type: 'about:blank',
    title,
    status,
    ...(detail !== undefined ? { detail } : {}),
    ...(fehler !== undefined ? { fehler } : {}),
  };
  return reply
    .status(status)
    .type('application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(inhalt);
}

/** The first message per field ('body' for the whole body), as the problem document's `fehler`. */
export function zodFehler(e: z.ZodError): Record<string, string> {
  const fehler: Record<string, string> = {};
  for (const i of e.issues) fehler[i.path.join('.') || 'body'] ??= i.message;
  return fehler;
}
