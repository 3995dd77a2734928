// Search in the inbox (pure): by transaction number or by name. Names are encrypted at rest, so the search runs
// in memory over the decrypted short info of one office's cases (ADR 0010). Both sides are normalised: case,
// umlauts written either way (Müller = Mueller = Muller), other diacritics (Łukasiewicz = Lukasiewicz).

const ERSETZUNGEN: [RegExp, string][] = [
  [/ß/g, 'ss'],
  [/æ/g, 'ae'],
  [/œ/g, 'oe'],
  [/ø/g, 'o'],
  [/ł/g, 'l'],
  [/đ/g, 'd'],
  [/ı/g, 'i'],
];

function grundform(s: string, umlauteAlsE: boolean): string {
  let t = s.toLocaleLowerCase('de-DE');
  if (umlauteAlsE) t = t.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  for (const [muster, ersatz] of ERSETZUNGEN) t = t.replace(muster, ersatz);
  return t
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The two normal forms of a text (umlauts as "ae" and as "a"). */
export function normalformen(s: string): [string, string] {
  return [grundform(s, true), grundform(s, false)];
}

const NUMMER = /^MR-?\d{0,4}-?[0-9A-Z]{0,6}$/;

/** Normalised transaction number (upper case, no blanks) when the query looks like one. */
export function alsVorgangsnummer(anfrage: string): string | undefined {
  const t = anfrage.replace(/\s+/g, '').toUpperCase();
  return t.length >= 4 && NUMMER.test(t) ? t : undefined;
}

export type Durchsuchbar = { vorgangsnummer: string; namen: string[] };

/** Every word of the query must occur in one of the names; or the query is (a part of) the number. */
export function passt(f: Durchsuchbar, anfrage: string): boolean {
  const nummer = alsVorgangsnummer(anfrage);
  if (nummer !== undefined) return f.vorgangsnummer.replace(/-/g, '').includes(nummer.replace(/-/g, ''));
  const [ae, a] = normalformen(anfrage);
  if (ae === '') return true;
  const heuhaufen = f.namen.flatMap((n) => normalformen(n)).join(' | ');
  const passtAlle = (w: string) => w.split(' ').every((wort) => heuhaufen.includes(wort));
  return passtAlle(ae) || passtAlle(a);
}
