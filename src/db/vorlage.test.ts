import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pgliteVorlageEinsetzen } from './vorlage.ts';

describe('PGlite-Vorlage beim ersten Start', () => {
  let ordner: string;
  let vorlage: string;
  beforeEach(async () => {
    ordner = await mkdtemp(path.join(os.tmpdir(), 'vorlage-'));
    vorlage = path.join(ordner, 'vorlage');
    await mkdir(path.join(vorlage, 'base'), { recursive: true });
    await writeFile(path.join(vorlage, 'PG_VERSION'), '17\n');
    await writeFile(path.join(vorlage, 'base', 'daten'), 'migriert');
  });
  afterEach(() => rm(ordner, { recursive: true, force: true }));

  it('kopiert die Vorlage in ein fehlendes Datenverzeichnis und lässt keine Zwischenordner zurück', async () => {
    const ziel = path.join(ordner, 'pgdata');
    expect(await pgliteVorlageEinsetzen(ziel, vorlage)).toBe(true);
    expect(await readFile(path.join(ziel, 'base', 'daten'), 'utf8')).toBe('migriert');
    expect((await readdir(ordner)).sort()).toEqual(['pgdata', 'vorlage']);
  });

  it('kopiert auch in ein leeres Datenverzeichnis', async () => {
    const ziel = path.join(ordner, 'pgdata');
    await mkdir(ziel);
    expect(await pgliteVorlageEinsetzen(ziel, vorlage)).toBe(true);
    expect(await readFile(path.join(ziel, 'PG_VERSION'), 'utf8')).toBe('17\n');
  });

  it('lässt ein vorhandenes Datenverzeichnis unberührt', async () => {
    const ziel = path.join(ordner, 'pgdata');
    await mkdir(ziel);
    await writeFile(path.join(ziel, 'PG_VERSION'), '17\n');
    expect(await pgliteVorlageEinsetzen(ziel, vorlage)).toBe(false);
    expect(await readdir(ziel)).toEqual(['PG_VERSION']);
  });

  it('tut ohne Vorlage (Entwicklung mit tsx) nichts', async () => {
    const ziel = path.join(ordner, 'pgdata');
    expect(await pgliteVorlageEinsetzen(ziel, path.join(ordner, 'gibt-es-nicht'))).toBe(false);
    expect(await readdir(ordner)).toEqual(['vorlage']);
  });
});
