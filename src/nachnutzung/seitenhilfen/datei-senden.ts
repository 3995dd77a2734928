import type { FastifyReply } from 'fastify';

/** A stored file as a download; only real PDFs and plain text keep their type, so nothing runs in the browser. */
export function sendeDatei(reply: FastifyReply, inhalt: Buffer, name: string, typ: string | null) {
  const istPdf = inhalt.subarray(0, 5).equals(Buffer.from('%PDF-'));
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header(
      'content-type',
      istPdf
        ? 'application/pdf'
        : typ === 'text/plain'
          ? 'text/plain; charset=utf-8'
          : 'application/octet-stream',
    )
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('cache-control', 'private, no-store')
    .send(inhalt);
}
