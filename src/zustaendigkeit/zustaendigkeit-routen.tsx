import type { FastifyInstance } from 'fastify';
import { registriereSeiten } from '../web/index.ts';
import { zustaendigkeitSeite, type ZustaendigkeitDeps } from './zustaendigkeit-seite.tsx';

/** The public page "Welches Sozialamt ist zuständig?" (zustaendigkeit-seite.tsx). */
export function zustaendigkeitRouten(app: FastifyInstance, deps: ZustaendigkeitDeps) {
  registriereSeiten(app, deps, [zustaendigkeitSeite]);
}
