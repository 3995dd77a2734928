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
    for (const m of (block?.[1] ?? '').matchAll(/(?:^|[{;])\s*([a-z_]+):/gm))
      if (m[1]) besitzer.set(m[1], teil);
  }
  return besitzer;
}

const ABFRAGE =
  /\.(?:selectFrom|insertInto|updateTable|deleteFrom|(?:inner|left|right|full)Join|with)\(\s*'([a-z_]+)/g;
const ROH = /\b(?:from|join|into|update)\s+([a-z_]+)\b/gi;

/** The tables of other parts that one source file names in a query; `relativ` is its path under src/. */
export function fremdeTabellenIn(relativ: string, text: string, besitzer: Map<string, string>): Zugriff[] {
  const teile = relativ.split(/[\\/]/);
  if (teile.length < 2 || teile[0] === 'db') return [];
  const roheSql = [...text.matchAll(/sql`([^`]*)`/g)].map((m) => m[1] ?? '').join('\n');
  const namen = [
    ...[...text.matchAll(ABFRAGE)].map((m) => m[1] ?? ''),
    ...[...roheSql.matchAll(ROH)].map((m) => (m[1] ?? '').toLowerCase()),
  ];
  const zugriffe: Zugriff[] = [];
  for (const tabelle of new Set(namen)) {
    const teil = besitzer.get(tabelle);
    if (teil !== undefined && teil !== teile[0]) zugriffe.push({ datei: relativ, tabelle, besitzer: teil });
  }
  return zugriffe;
}

/** Every place where production code of one part names a table owned by another part. */
export function fremdeTabellenzugriffe(): Zugriff[] {
  const besitzer = tabellenBesitzer();
  return dateienUnter(SRC).flatMap((datei) =>
    fremdeTabellenIn(path.relative(SRC, datei), readFileSync(datei, 'utf8'), besitzer),
  );
}
