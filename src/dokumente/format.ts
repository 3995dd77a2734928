import { formatDatum, tagInBerlin } from '../shared/format.ts';

// What only the PDFs say. Dates, times and money are formatted by shared/format.ts.

/**
 * Do not use in new code: import `formatZeitpunkt` from shared/format.ts. Re-exported only for zustellung/seiten/betrieb-anzeige.ts,
 * which is being changed elsewhere; remove once that file imports shared/format.ts.
 */
export { formatZeitpunkt } from '../shared/format.ts';

/** The sentence for the urgent marker, e.g. "EILT: Schonfrist endet am 04.01.2027 (vorläufig)". */
export function schonfristSatz(schonfrist: { ende: string; vorlaeufig: boolean }, stichtag: Date): string {
  const vorbei = schonfrist.ende < tagInBerlin(stichtag);
  return `EILT: Schonfrist ${vorbei ? 'endete' : 'endet'} am ${formatDatum(schonfrist.ende)}${
    schonfrist.vorlaeufig ? ' (vorläufig)' : ''
  }`;
}
