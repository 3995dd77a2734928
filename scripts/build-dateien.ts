import { cp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fromPglite } from '../src/db/client.ts';
import { findMigrations, migrate } from '../src/db/migrate.ts';
import {
  gemeindeverzeichnisBeimStart,
  MITGELIEFERTES_VERZEICHNIS,
} from '../src/zustaendigkeit/mitgeliefert.ts';

// `npm run build`, second half (after tsc, which emits only JavaScript):
// 1. the runtime files that live next to the sources (SQL migrations, static assets, XSDs) are copied into dist/
//    at the same relative place; code finds them with import.meta.dirname, which then points into dist/;
// 2. a migrated PGlite data directory with the shipped gazetteer is left in dist/db/pglite-vorlage for the first
//    embedded start (src/db/vorlage.ts; ADR 0019). It is rebuilt only when the migrations or the gazetteer changed.
const wurzel = path.resolve(import.meta.dirname, '..');
const quelle = path.join(wurzel, 'src');
const ziel = path.join(wurzel, 'dist');

const istQuelltext = (name: string) => /\.(ts|tsx)$/.test(name);

let anzahl = 0;
for (const eintrag of await readdir(quelle, { recursive: true, withFileTypes: true })) {
  if (!eintrag.isFile() || istQuelltext(eintrag.name)) continue;
  const relativ = path.relative(quelle, path.join(eintrag.parentPath, eintrag.name));
  await cp(path.join(quelle, relativ), path.join(ziel, relativ));
  anzahl++;
}
process.stdout.write(`dist/: ${anzahl} Laufzeitdateien kopiert\n`);

const vorlage = path.join(ziel, 'db', 'pglite-vorlage');
const stempelDatei = `${vorlage}.migrationen.json`;
const verzeichnis = await stat(MITGELIEFERTES_VERZEICHNIS);
const stempel = JSON.stringify({
  migrationen: (await findMigrations()).map((m) => m.name),
  gemeinden: [verzeichnis.size, verzeichnis.mtimeMs],
});
const bisher = await readFile(stempelDatei, 'utf8').catch(() => '');
if (bisher === stempel) {
  process.stdout.write('dist/db/pglite-vorlage: aktuell\n');
} else {
  const temp = `${vorlage}.tmp`;
  await rm(temp, { recursive: true, force: true });
  const datenbank = fromPglite(await PGlite.create(temp));
  const angewendet = await migrate(datenbank.db);
  await gemeindeverzeichnisBeimStart(datenbank.db, { jetzt: () => new Date() });
  await datenbank.close();
  await rm(vorlage, { recursive: true, force: true });
  await rename(temp, vorlage);
  await writeFile(stempelDatei, stempel);
  process.stdout.write(`dist/db/pglite-vorlage: ${angewendet.length} Migrationen, Gemeindeverzeichnis\n`);
}

// The marker scripts/build-wenn-noetig.ts compares source times against.
await writeFile(path.join(ziel, '.gebaut'), new Date().toISOString());
