import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set to false only where a foreign system posts (SAML ACS, SOAP, API with its own authentication). */
    csrf?: boolean;
  }
}

const UNSICHER = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function registerSicherheit(
  app: FastifyInstance,
  opts: { cookieSecret: string; sicher: boolean; formActionOrigins: string[]; anfragenProMinute?: number },
) {
  await app.register(cookie, { secret: opts.cookieSecret });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'", ...opts.formActionOrigins],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(opts.sicher ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: opts.sicher ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(csrf, {
    cookieKey: 'mr_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.sicher, signed: true },
    getToken: csrfToken,
  });
  await app.register(rateLimit, { max: opts.anfragenProMinute ?? 600, timeWindow: '1 minute' });

  // CSRF on every state-changing request unless a route opts out explicitly.
  app.addHook('preHandler', (request, reply, done) => {
    if (!UNSICHER.has(request.method) || request.routeOptions.config.csrf === false) {
      done();
      return;
    }
    app.csrfProtection(request, reply, done);
  });
}

/**
 * The CSRF token from the form body, or – only for multipart uploads, whose body the CSRF hook cannot read
 * before the handler – from the form action's query string (`?_csrf=…`), or from a header.
 */
function csrfToken(request: FastifyRequest): string | undefined {
  const aus = (quelle: unknown) => {
    const wert = (quelle as Record<string, unknown> | undefined)?._csrf;
    return typeof wert === 'string' ? wert : undefined;
  };
  const header = request.headers['csrf-token'] ?? request.headers['x-csrf-token'];
  return (
    aus(request.body) ??
    (request.isMultipart() ? aus(request.query) : undefined) ??
    (typeof header === 'string' ? header : undefined)
  );
}
