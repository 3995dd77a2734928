import { formatDatum, tagInBerlin } from '../shared/index.ts';

// What only the PDFs say. Dates, times and money are formatted by shared/format.ts.

/** The sentence for the urgent marker, e.g. "EILT: Schonfrist endet am 04.01.2027 (vorläufig)". */
export function schonfristSatz(schonfrist: { ende: string; vorlaeufig: boolean }, stichtag: Date): string {
  const vorbei = schonfrist.ende < tagInBerlin(stichtag);
  return `EILT: Schonfrist ${vorbei ? 'endete' : 'endet'} am ${formatDatum(schonfrist.ende)}${
    schonfrist.vorlaeufig ? ' (vorläufig)' : ''
  }`;
}
