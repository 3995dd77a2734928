import type { FastifyReply, FastifyRequest } from 'fastify';
import { DatumsFormular, type DatumsTexte, type FormularZustand } from '../ansichten/datums-formular.tsx';
import type { Kopf } from './paar.ts';
import { kontextVon } from './zugriff.tsx';

/** The date form of one action (go-live, termination), shown empty, with field errors or with the refusal. */
export function datumsFormular(texte: (kopf: Kopf) => DatumsTexte) {
  return (request: FastifyRequest, reply: FastifyReply, kopf: Kopf, zustand: FormularZustand) => (
    <DatumsFormular kontext={kontextVon(request, reply)} kopf={kopf} texte={texte(kopf)} zustand={zustand} />
  );
}
