import QRCode from 'qrcode';
import type { Satz } from './satz.ts';

// A QR code drawn as vector squares into the PDF (no raster image: sharp at any print size, tiny file). The
// module matrix comes from the `qrcode` package; error correction M survives a crease or a coffee stain.

const RUHEZONE = 4;

export function qrModule(text: string): boolean[][] {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  return Array.from({ length: n }, (_, zeile) =>
    Array.from({ length: n }, (_, spalte) => qr.modules.get(zeile, spalte) === 1),
  );
}

/** Draws the QR code of `text` with its quiet zone, `kante` points wide, as a tagged figure with `alt`. */
export function zeichneQrCode(satz: Satz, text: string, kante: number, alt: string): void {
  const module = qrModule(text);
  const n = module.length + 2 * RUHEZONE;
  const m = kante / n;
  satz.figur(alt, kante, kante, (x, y) => {
    const doc = satz.doc;
    doc.rect(x, y, kante, kante).fill('#ffffff');
    module.forEach((zeile, i) => {
      zeile.forEach((dunkel, j) => {
        if (dunkel) doc.rect(x + (j + RUHEZONE) * m, y + (i + RUHEZONE) * m, m, m);
      });
    });
    doc.fill('#000000');
  });
}
