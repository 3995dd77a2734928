import { dringlichkeit, schonfristEnde, schonfristVorlaeufig, type Dringlichkeit } from '../fristen/index.ts';
import { fristInWorten } from '../shared/index.ts';
import type { AntragDaten } from './flow.ts';

// The Schonfrist of an application (§ 569 Abs. 3 Nr. 2 BGB): from the day the eviction suit was served, or,
// when only the filing date is known, a provisional one computed conservatively from that date.

export type Schonfrist = { ende: string; vorlaeufig: boolean };

export function schonfristAus(d: AntragDaten): Schonfrist | null {
  const zugestellt = d['klage-zustellung']?.zugestelltAm;
  if (d.raeumungsklage?.status === 'zugestellt' && zugestellt !== undefined) {
    return { ende: schonfristEnde(zugestellt), vorlaeufig: false };
  }
  const eingang = d['klage-eingang']?.eingangAm;
  if (d.raeumungsklage?.status === 'eingereicht' && eingang !== undefined) {
    return { ende: schonfristVorlaeufig(eingang), vorlaeufig: true };
  }
  return null;
}

export type FristAnzeige = Schonfrist & { dringlichkeit: Dringlichkeit; inWorten: string };

export function fristAnzeige(d: AntragDaten, heute: string): FristAnzeige | null {
  const frist = schonfristAus(d);
  if (frist === null) return null;
  return {
    ...frist,
    dringlichkeit: dringlichkeit(frist.ende, heute),
    inWorten: fristInWorten(frist.ende, heute),
  };
}
