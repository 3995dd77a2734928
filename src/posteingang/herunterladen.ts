import type { FastifyReply } from 'fastify';

// Downloads of personal documents: correct content type, never shown inline, never cached, the file name both
// as an ASCII fallback and as RFC 5987/6266 UTF-8 (filename*=UTF-8''…).

/** The value of Content-Disposition for a download named `dateiname`. */
export function anhangKopf(dateiname: string): string {
  const sauber = dateiname.replace(/[\u0000-\u001f\u007f/\\]/g, '_').trim() || 'Datei';
  const ascii = sauber
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["%;]/g, '_');
  const utf8 = encodeURIComponent(sauber).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

export function sendeDatei(
  reply: FastifyReply,
  inhalt: Buffer | string,
  mime: string,
  dateiname: string,
): FastifyReply {
  return reply
    .type(mime)
    .header('content-disposition', anhangKopf(dateiname))
    .header('cache-control', 'no-store')
    .send(inhalt);
}
