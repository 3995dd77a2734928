import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Which part owns which table (from each part's `<Teil>Tables` type), and where code of one part names a table of
// another part in a query. A part reads another part's tables only through that part's API (docs/architektur.md).

const SRC = path.resolve(import.meta.dirname, '../src');

export type Zugriff = { datei: string; tabelle: string; besitzer: string };

function dateienUnter(ordner: string): string[] {
  return readdirSync(ordner, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Table name → owning part, read from the `export type XTables = { name: …; }` blocks. */
export function tabellenBesitzer(): Map<string, string> {
  const besitzer = new Map<string, string>();
  for (const datei of dateienUnter(SRC).filter((d) => d.endsWith('-tables.ts'))) {
    const teil = path.relative(SRC, datei).split(path.sep)[0] ?? '';
    const block = /export (?:type|interface) \w+Tables(?: =)? \{([^}]*)\}/.exec(readFileSync(datei, 'utf8'));
    for (const m of (block?.[1] ?? '').matchAll(/^\s*([a-z_]+):/gm)) if (m[1]) besitzer.set(m[1], teil);
  }
  return besitzer;
}

const ABFRAGE = /\.(?:selectFrom|insertInto|updateTable|deleteFrom|(?:inner|left|right|full)Join|with)\(\s*'([a-z_]+)/g;
const ROH = /\b(?:from|join|into|update)\s+([a-z_]+)\b/gi;

/** Every place where production code of one part names a table owned by another part. */
export function fremdeTabellenzugriffe(): Zugriff[] {
  const besitzer = tabellenBesitzer();
  const zugriffe: Zugriff[] = [];
  for (const datei of dateienUnter(SRC)) {
    const relativ = path.relative(SRC, datei);
    const teile = relativ.split(path.sep);
    if (teile.length < 2 || teile[0] === 'db') continue;
    const text = readFileSync(datei, 'utf8');
    const roheSql = [...text.matchAll(/sql`([^`]*)`/g)].map((m) => m[1] ?? '').join('\n');
    const namen = [
      ...[...text.matchAll(ABFRAGE)].map((m) => m[1] ?? ''),
      ...[...roheSql.matchAll(ROH)].map((m) => (m[1] ?? '').toLowerCase()),
    ];
    for (const tabelle of new Set(namen)) {
      const teil = besitzer.get(tabelle);
      if (teil !== undefined && teil !== teile[0]) zugriffe.push({ datei: relativ, tabelle, besitzer: teil });
    }
  }
  return zugriffe;
}
