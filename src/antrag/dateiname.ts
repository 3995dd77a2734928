import path from 'node:path';

/** A file name for display: no path, no control characters, at most 120 characters. */
export function dateinameBereinigen(name: string): string {
  const basis = path.basename(name.replace(/\\/g, '/'));

  const sauber = basis.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (sauber === '' ? 'Datei' : sauber).slice(0, 120);
}
