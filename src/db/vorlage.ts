import { randomBytes } from 'node:crypto';
import { cp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

// A fresh PGlite data directory costs 3–5 s (initdb inside WASM) plus the migrations; copying an already
// migrated one and opening it costs under a second (docs/spikes.md). `npm run build` therefore leaves a migrated
// template next to the compiled code; the first start of the embedded mode copies it. Without a build (tsx in
// development) there is no template and PGlite creates the directory itself as before.

export const PGLITE_VORLAGE = path.resolve(import.meta.dirname, 'pglite-vorlage');

const istDatenverzeichnis = (dir: string) =>
  stat(path.join(dir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );

/** Copies the template into `dir` when `dir` is missing or empty and a template exists. True when it copied. */
export async function pgliteVorlageEinsetzen(dir: string, vorlage = PGLITE_VORLAGE): Promise<boolean> {
  if (!(await istDatenverzeichnis(vorlage))) return false;
  const inhalt = await readdir(dir).catch(() => []);
  if (inhalt.length > 0) return false;
  // Copy beside the target and rename, so a crash mid-copy never leaves a half data directory behind.
  const temp = `${dir}.${randomBytes(4).toString('hex')}.tmp`;
  await cp(vorlage, temp, { recursive: true });
  await rm(dir, { recursive: true, force: true });
  await rename(temp, dir);
  return true;
}
