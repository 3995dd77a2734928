import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.ts';
import { registriereSeiten } from '../web/index.ts';
import { createOidc } from './oidc.ts';
import { OIDC_PFAD } from './oidc-cookie.ts';
import type { PersonalDeps } from './personal-deps.ts';
import { abmelden, sitzungVerlaengern } from './seiten/abmelden.ts';
import { anmeldenAbsenden, anmeldenSeite } from './seiten/anmelden.tsx';
import { oidcRueckruf, oidcStarten } from './seiten/oidc.tsx';
import { passwortAendern, passwortseite } from './seiten/passwort.tsx';
import { kontenseite, startseite } from './seiten/start.tsx';
import { installierePersonalZugang } from './zugang.tsx';

// Staff login (password and OpenID Connect), logout, session extension, start page and password change.

export { ANMELDUNGEN_PRO_MINUTE } from './personal-deps.ts';

export async function personalRouten(app: FastifyInstance, deps: Deps): Promise<void> {
  const { config } = deps;
  const oidc =
    config.personal.oidc === undefined
      ? undefined
      : createOidc(config.personal.oidc, `${config.baseUrl}${OIDC_PFAD}/rueckruf`);

  installierePersonalZugang(app, { db: deps.datenbank.db, production: config.production, jetzt: deps.jetzt });
  await app.register(fastifyStatic, {
    root: path.resolve(import.meta.dirname, 'static'),
    prefix: '/static/personal/',
    decorateReply: false,
    maxAge: '1h',
  });

  const personalDeps: PersonalDeps = { ...deps, oidc };
  registriereSeiten(app, personalDeps, [
    anmeldenSeite,
    anmeldenAbsenden,
    abmelden,
    sitzungVerlaengern,
    startseite,
    kontenseite,
    passwortseite,
    passwortAendern,
    oidcStarten,
    oidcRueckruf,
  ]);
}
