// Reading the .eml files nodemailer writes in the embedded mode: a header line and the text body.

/** Header of an .eml file (unfolded), decoded where it is RFC 2047 UTF-8 (as nodemailer writes it). */
export function kopfzeile(eml: string, name: string): string {
  const kopf = eml.split(/\r?\n\r?\n/)[0] ?? '';
  const zeilen = kopf.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  const zeile = zeilen.find((z) => z.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (zeile === undefined) return '';
  return zeile
    .slice(name.length + 1)
    .trim()
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, art: string, text: string) =>
      art.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** The text body of a single-part .eml file, decoded (quoted-printable or base64). */
export function mailText(eml: string): string {
  const trenner = /\r?\n\r?\n/.exec(eml);
  if (trenner === null) return '';
  const koerper = eml.slice(trenner.index + trenner[0].length);
  const kodierung = kopfzeile(eml, 'Content-Transfer-Encoding').toLowerCase();
  if (kodierung === 'base64') return Buffer.from(koerper.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (kodierung === 'quoted-printable') {
    const bytes = koerper
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return koerper;
}
