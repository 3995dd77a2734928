import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQRModul from 'jsqr';
import { PNG } from 'pngjs';

/** Renders the first page of a PDF with pdftoppm (150 dpi) and decodes the QR code on it with jsQR. */
export function qrAusPdf(pdf: Buffer): string | undefined {
  const ordner = mkdtempSync(path.join(tmpdir(), 'mr-qr-'));
  try {
    const datei = path.join(ordner, 'brief.pdf');
    writeFileSync(datei, pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '150',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      datei,
      path.join(ordner, 'seite'),
    ]);
    const bild = PNG.sync.read(readFileSync(path.join(ordner, 'seite.png')));
    // jsqr is CommonJS: depending on the loader, the default import is the function or the module object.
    const modul = jsQRModul as unknown as typeof jsQRModul.default | { default: typeof jsQRModul.default };
    const jsQR = typeof modul === 'function' ? modul : modul.default;
    return jsQR(new Uint8ClampedArray(bild.data), bild.width, bild.height)?.data;
  } finally {
    rmSync(ordner, { recursive: true, force: true });
  }
}
