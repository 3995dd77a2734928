import type { FastifyInstance } from 'fastify';
import { barrierefreiheit, datenschutz, impressum } from './rechtliches.tsx';
import type { OeffentlicheDeps } from './oeffentliche-deps.ts';
import { behoerdenInfo, leichteSprache, startseite } from './start.tsx';
import { registriereSeiten } from '../web/index.ts';

// The public pages without login: start page, information for offices, legal pages.

export function oeffentlicheRouten(app: FastifyInstance, deps: OeffentlicheDeps) {
  registriereSeiten(app, deps, [
    startseite,
    leichteSprache,
    behoerdenInfo,
    impressum,
    datenschutz,
    barrierefreiheit,
  ]);
}
