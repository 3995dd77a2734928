import { randomUUID } from 'node:crypto';

// MTOM/XOP (W3C SOAP MTOM 1.2 and XOP 1.0) as XTA servers and clients use it for payloads: a multipart/related
// package whose root part is the SOAP envelope (application/xop+xml) and whose xop:Include elements point to
// binary parts by cid: URL. Reading resolves every xop:Include to the base64 text it stands for (the XOP
// infoset), so the envelope reader and schema checks see exactly what an inline message would carry.

export const XOP_NS = 'http://www.w3.org/2004/08/xop/include';

export class MtomFehler extends Error {
  constructor(meldung: string) {
    super(meldung);
    this.name = 'MtomFehler';
  }
}

/** Parameter of a MIME content type (RFC 2045), quoted or not. */
function parameter(contentType: string, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(contentType);
  return m?.[1] ?? m?.[2];
}

/** A multipart/related package of type application/xop+xml (MTOM 1.2, 3.2). */
export function istMtom(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  return (
    /^\s*multipart\/related\s*;/i.test(contentType) &&
    (parameter(contentType, 'type') ?? '').toLowerCase() === 'application/xop+xml'
  );
}

type Teil = { kopf: Map<string, string>; inhalt: Buffer };

const CRLF2 = Buffer.from('\r\n\r\n');

function zerlege(body: Buffer, grenze: string): Teil[] {
  const trenner = Buffer.from(`--${grenze}`);
  let pos = body.indexOf(trenner);
  if (pos < 0) throw new MtomFehler('MTOM: die Grenze (boundary) steht nicht im Inhalt.');
  const teile: Teil[] = [];
  for (;;) {
    pos += trenner.length;
    if (body.subarray(pos, pos + 2).toString('latin1') === '--') return teile;
    const kopfEnde = body.indexOf(CRLF2, pos);
    if (kopfEnde < 0) throw new MtomFehler('MTOM: ein Teil hat keine Kopfzeilen.');
    const naechste = body.indexOf(Buffer.from(`\r\n--${grenze}`), kopfEnde + 4);
    if (naechste < 0) throw new MtomFehler('MTOM: das Paket endet ohne abschließende Grenze.');
    const kopf = new Map<string, string>();
    for (const zeile of body.subarray(pos, kopfEnde).toString('latin1').split(/\r\n/)) {
      const i = zeile.indexOf(':');
      if (i > 0) kopf.set(zeile.slice(0, i).trim().toLowerCase(), zeile.slice(i + 1).trim());
    }
    teile.push({ kopf, inhalt: body.subarray(kopfEnde + 4, naechste) });
    pos = naechste + 2;
  }
}

const ohneKlammern = (id: string) => id.trim().replace(/^<(.*)>$/, '$1');

const INCLUDE = /<([A-Za-z_][\w.-]*:)?Include\b([^>]*?)(?:\/>|>\s*<\/\1?Include\s*>)/g;

/**
 * Reads an MTOM package and returns the root part's XML with each xop:Include replaced by the base64 of the part
 * it references. Refuses a missing boundary or root part, a root that is not application/xop+xml and an
 * xop:Include whose cid: names no part.
 */
export function leseMtom(body: Buffer, contentType: string): string {
  const grenze = parameter(contentType, 'boundary');
  if (grenze === undefined || grenze === '') throw new MtomFehler('MTOM: der Parameter boundary fehlt.');
  const teile = zerlege(body, grenze);
  const start = parameter(contentType, 'start');
  const wurzel =
    start === undefined
      ? teile[0]
      : teile.find((t) => ohneKlammern(t.kopf.get('content-id') ?? '') === ohneKlammern(start));
  if (wurzel === undefined) throw new MtomFehler('MTOM: der Wurzelteil mit dem SOAP-Umschlag fehlt.');
  if (!(wurzel.kopf.get('content-type') ?? '').toLowerCase().startsWith('application/xop+xml'))
    throw new MtomFehler('MTOM: der Wurzelteil ist nicht application/xop+xml.');
  const anhaenge = new Map<string, Buffer>();
  for (const t of teile) {
    const id = t.kopf.get('content-id');
    if (t !== wurzel && id !== undefined) anhaenge.set(ohneKlammern(id), t.inhalt);
  }
  const xml = wurzel.inhalt.toString('utf8');
  if (!xml.includes(XOP_NS)) return xml;
  return xml.replace(INCLUDE, (ganz, _praefix, attrs: string) => {
    const href = /\bhref\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
    if (href === undefined) return ganz;
    if (!href.toLowerCase().startsWith('cid:'))
      throw new MtomFehler(`MTOM: xop:Include verweist nicht auf einen Teil (${href}).`);
    let cid: string;
    try {
      cid = decodeURIComponent(href.slice(4));
    } catch {
      throw new MtomFehler(`MTOM: ungültige cid-Adresse ${href}.`);
    }
    const teil = anhaenge.get(cid);
    if (teil === undefined) throw new MtomFehler(`MTOM: der Teil ${href} fehlt im Paket.`);
    return teil.toString('base64');
  });
}

export type MtomPaket = { body: Buffer; contentType: string };

/**
 * Moves the base64 content of the named XTA elements (xta:Message, xta:Attachment) into binary parts and
 * packs the envelope as MTOM. `xml` must be one the product built: those elements carry the prefix xta.
 */
export function alsMtom(xml: string, elemente = ['Message', 'Attachment']): MtomPaket {
  const grenze = `MIMEBoundary_${randomUUID()}`;
  const wurzelId = `root.${randomUUID()}@xta`;
  const teile: { id: string; daten: Buffer; typ: string }[] = [];
  const muster = new RegExp(`(<xta:(${elemente.join('|')})\\b([^>]*)>)([A-Za-z0-9+/=\\s]+)(</xta:\\2>)`, 'g');
  const umschlag = xml.replace(muster, (_g, auf: string, _name, attrs: string, b64: string, zu: string) => {
    const id = `${randomUUID()}@xta`;
    const typ = /\bcontentType="([^"]*)"/.exec(attrs)?.[1] ?? 'application/octet-stream';
    teile.push({ id, daten: Buffer.from(b64, 'base64'), typ });
    return `${auf}<xop:Include xmlns:xop="${XOP_NS}" href="cid:${encodeURIComponent(id)}"/>${zu}`;
  });
  const kopf = (zeilen: string[]) => Buffer.from(`--${grenze}\r\n${zeilen.join('\r\n')}\r\n\r\n`, 'latin1');
  const stuecke: Buffer[] = [
    kopf([
      'Content-Type: application/xop+xml; charset=UTF-8; type="application/soap+xml"',
      'Content-Transfer-Encoding: binary',
      `Content-ID: <${wurzelId}>`,
    ]),
    Buffer.from(umschlag, 'utf8'),
  ];
  for (const t of teile) {
    stuecke.push(
      Buffer.from('\r\n'),
      kopf([
        `Content-Type: ${t.typ.replace(/[\r\n]/g, '')}`,
        'Content-Transfer-Encoding: binary',
        `Content-ID: <${t.id}>`,
      ]),
      t.daten,
    );
  }
  stuecke.push(Buffer.from(`\r\n--${grenze}--\r\n`, 'latin1'));
  return {
    body: Buffer.concat(stuecke),
    contentType: `multipart/related; type="application/xop+xml"; boundary="${grenze}"; start="<${wurzelId}>"; start-info="application/soap+xml"`,
  };
}
