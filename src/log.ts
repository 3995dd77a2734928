import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import type { LoggerOptions } from 'pino';

// Sozialdaten (§ 35 SGB I) never reach a log: request bodies are not logged at all, and every field that
// could carry personal data or credentials is redacted wherever it appears.
export const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwort',
  '*.token',
  '*.iban',
  '*.vorname',
  '*.familienname',
  '*.name',
  '*.email',
  '*.SAMLResponse',
  '*.body',
];

/** The ID of the request being handled (set in app.tsx), so lines logged through any logger carry it. */
export const anfrageKontext = new AsyncLocalStorage<string>();
/** Marks Fastify's per-request child loggers, which carry `reqId` in their bindings already. */
export const mitAnfrageId = Symbol('mitAnfrageId');

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    mixin(_objekt, _stufe, logger) {
      if ((logger as unknown as Record<symbol, unknown>)[mitAnfrageId] === true) return {};
      const reqId = anfrageKontext.getStore();
      return reqId === undefined ? {} : { reqId };
    },
    redact: { paths: redactPaths, censor: '[entfernt]' },
    serializers: {
      req(req: { method: string; url: string; id: string }) {
        // The query string may carry tokens or search terms (names): log the path only.
        return { method: req.method, url: req.url.split('?')[0], id: req.id };
      },
    },
  };
}

export type Logger = FastifyBaseLogger;

export function createLogger(level: string): Logger {
  return pino(loggerOptions(level));
}
