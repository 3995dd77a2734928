import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/index.ts';
import { type Navigation, seitenFuer } from '../web/index.ts';
import type { Rechtliches } from '../config.ts';

export type OeffentlicheDeps = {
  db: Db;
  /** Impressum and accessibility statement, from the configuration. */
  rechtliches: Rechtliches;
  datenquellen: () => Promise<string[]>;
  /** The signed-in citizen for the header (public pages need no login but show one). */
  navigation: (request: FastifyRequest, reply: FastifyReply) => Promise<Navigation>;
};

/** Declares a public page controller. */
export const oeffentlicheSeite = seitenFuer<OeffentlicheDeps>();
