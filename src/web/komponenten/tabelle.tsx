import type { ComponentChildren } from 'preact';

// A data table in KERN markup. Pages describe columns (heading plus how a row fills the cell) instead of
// repeating the thead/tbody boilerplate, so every table gets the same caption, scopes and classes.

export type Spalte<T> = { titel: ComponentChildren; zelle: (zeile: T) => ComponentChildren };

export function Tabelle<T>({
  titel,
  spalten,
  zeilen,
  zeilenkopf = false,
  klein = true,
  klasse,
  leer,
}: {
  /** The caption: tables need a name for screen readers. */
  titel: ComponentChildren;
  spalten: Spalte<T>[];
  zeilen: readonly T[];
  /** The first column names its row (th scope="row"), e.g. the case number. */
  zeilenkopf?: boolean;
  /** Staff pages show many columns and use the compact variant; the default. */
  klein?: boolean;
  /** An extra class on the table, for page-specific column widths. */
  klasse?: string;
  /** Cells of a single row shown instead of an empty body, one per column. */
  leer?: ComponentChildren[];
}) {
  const zelle = (inhalt: ComponentChildren, spalte: number) =>
    zeilenkopf && spalte === 0 ? (
      <th scope="row" class="kern-table__cell">
        {inhalt}
      </th>
    ) : (
      <td class="kern-table__cell">{inhalt}</td>
    );
  const tabellenKlasse = ['kern-table', klein ? 'kern-table--small' : null, klasse ?? null]
    .filter((k) => k !== null)
    .join(' ');
  return (
    <div class="kern-table-responsive">
      <table class={tabellenKlasse}>
        <caption class="kern-title">{titel}</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">
            {spalten.map((s) => (
              <th scope="col" class="kern-table__header">
                {s.titel}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {zeilen.length === 0 && leer !== undefined ? (
            <tr class="kern-table__row">{leer.map(zelle)}</tr>
          ) : (
            zeilen.map((z) => <tr class="kern-table__row">{spalten.map((s, i) => zelle(s.zelle(z), i))}</tr>)
          )}
        </tbody>
      </table>
    </div>
  );
}
