import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';

// The operator command as an operator runs it: `npm run import:gemeinden -- DATEI` in a fresh embedded
// installation (own DATA_DIR), from another directory with a relative path.

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '..');
let verzeichnis: string;

beforeAll(async () => {
  verzeichnis = await mkdtemp(path.join(tmpdir(), 'import-cli-'));
});
afterAll(async () => {
  await rm(verzeichnis, { recursive: true, force: true });
});

async function importiere(datei: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      'npm',
      ['--prefix', repo, 'run', '--silent', 'import:gemeinden', '--', datei],
      {
        cwd: verzeichnis,
        // only what an operator's shell has: Vitest puts Vite variables such as BASE_URL into process.env
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          TZ: 'Europe/Berlin',
          DATA_DIR: path.join(verzeichnis, 'data'),
          LOG_LEVEL: 'silent',
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('npm run import:gemeinden imports the M-V file and reports the counts (exit code 0)', async () => {
  const ergebnis = await importiere(path.resolve(repo, 'daten/gemeinden/mv_plz_gemeinde.csv'));
  expect(ergebnis.stderr).toBe('');
  expect(ergebnis.code).toBe(0);
  expect(ergebnis.stdout).toContain('Gemeindeverzeichnis eingelesen: mv_plz_gemeinde.csv');
  expect(ergebnis.stdout).toContain('gelesen:     774 Zeilen');
  expect(ergebnis.stdout).toContain('abgelehnt:   0 Zeilen');
});

test('a relative path from the caller’s directory; rejected lines give exit code 1', async () => {
  await writeFile(
    path.join(verzeichnis, 'teil.csv'),
    'osm_id,ags,ort,plz,landkreis,bundesland\n62685,13004000,Schwerin,19053,,Mecklenburg-Vorpommern\n1,1300400,X,19055,,Mecklenburg-Vorpommern\n',
  );
  const ergebnis = await importiere('teil.csv');
  expect(ergebnis.code).toBe(1);
  expect(ergebnis.stdout).toContain('Gemeindeverzeichnis eingelesen: teil.csv');
  expect(ergebnis.stdout).toContain('Zeile 3: ungültiger AGS „1300400“ (erwartet: 8 Ziffern)');
});
