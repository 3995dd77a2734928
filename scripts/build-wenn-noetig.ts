import { execFileSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

// `npm start` and `npm run cli` run compiled code. On a fresh clone (or after editing sources) dist/ is missing
// or stale, so this builds first; otherwise it costs one directory walk (a few milliseconds).
const wurzel = path.resolve(import.meta.dirname, '..');
const gebaut = await stat(path.join(wurzel, 'dist', '.gebaut')).catch(() => undefined);

async function neuerAls(ordner: string, zeit: number): Promise<boolean> {
  for (const eintrag of await readdir(ordner, { recursive: true, withFileTypes: true })) {
    if (!eintrag.isFile()) continue;
    if ((await stat(path.join(eintrag.parentPath, eintrag.name))).mtimeMs > zeit) return true;
  }
  return false;
}

if (gebaut === undefined || (await neuerAls(path.join(wurzel, 'src'), gebaut.mtimeMs))) {
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: wurzel,
    stdio: ['ignore', process.stderr, 'inherit'],
  });
}
