/** camelCase element name of a step id: "persoenliche-daten" → "persoenlicheDaten". */
export const abschnittName = (id: string): string =>
  id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
