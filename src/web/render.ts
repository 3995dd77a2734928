import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderSeite(seite: VNode): string {
  return `<!DOCTYPE html>${renderToString(seite)}`;
}

export function sendeSeite(reply: FastifyReply, seite: VNode, status = 200): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').send(renderSeite(seite));
}
