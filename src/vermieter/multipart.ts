import type { FastifyRequest } from 'fastify';
import type { Formularwerte } from '../web/index.ts';

// The declaration is one multipart form with many fields (twelve month rows) and one file, so it is read
// here with limits of its own (the app's default allows 20 fields). Runs as preValidation, before the CSRF
// check, which then finds `_csrf` in the body.

export type Hochgeladen = { dateiname: string; inhalt: Buffer } | 'zu-gross' | undefined;
const dateien = new WeakMap<FastifyRequest, Exclude<Hochgeladen, undefined>>();

export function leseErklaerungsformular(maxDatei: number) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!request.isMultipart()) return;
    const felder: Formularwerte = {};
    try {
      for await (const teil of request.parts({
        limits: { fields: 120, files: 1, parts: 121, fileSize: maxDatei },
      })) {
        if (teil.type === 'file') {
          let inhalt: Buffer;
          try {
            inhalt = await teil.toBuffer();
          } catch {
            dateien.set(request, 'zu-gross');
            continue;
          }
          if (inhalt.length > 0 && teil.filename !== '')
            dateien.set(request, { dateiname: teil.filename, inhalt });
        } else if (typeof teil.value === 'string') {
          felder[teil.fieldname] = teil.value;
        }
      }
    } catch (error) {
      // busboy's errors (no boundary, body ends early) carry no status: the client's mistake, answered 400.
      if (error instanceof Error && !('statusCode' in error)) throw Object.assign(error, { statusCode: 400 });
      throw error;
    }
    request.body = felder;
  };
}

export const hochgeladen = (request: FastifyRequest): Hochgeladen => dateien.get(request);
