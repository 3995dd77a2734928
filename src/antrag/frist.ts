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

/**
 * What limits the Schonfrist in this case (§ 569 Abs. 3 Nr. 2 BGB): paying cures only the fristlose Kündigung,
 * not an ordentliche or hilfsweise ordentliche one given with it; and it does not cure at all when a Kündigung
 * was already cured by such a payment within the last two years (Satz 2).
 */
export type SchonfristVorbehalte = { ordentlich: boolean; wiederholung: boolean };

export function schonfristVorbehalte(d: AntragDaten): SchonfristVorbehalte {
  const arten = d['kuendigung-angaben']?.arten ?? [];
  return {
    ordentlich: arten.includes('ordentlich') || arten.includes('hilfsweise-ordentlich'),
    wiederholung: d['fruehere-hilfe']?.schonfristzahlung === 'ja',
  };
}

/** The notes for the office (Antrag.pdf, inbox) that follow from the caveats. */
export function schonfristHinweiseFuerAmt(d: AntragDaten): string[] {
  return vorbehaltHinweise(schonfristVorbehalte(d));
}

/** The same notes from the caveats alone (as read back from the message). */
export function vorbehaltHinweise(v: SchonfristVorbehalte): string[] {
  return [
    ...(v.wiederholung
      ? [
          'Schonfrist: Nach Angabe wurde in den letzten 2 Jahren schon eine Kündigung durch Zahlung unwirksam. Eine erneute Heilung ist dann ausgeschlossen (§ 569 Abs. 3 Nr. 2 Satz 2 BGB). Bitte prüfen.',
        ]
      : []),
    ...(v.ordentlich
      ? [
          'Kündigung: Es wurde (auch) ordentlich bzw. hilfsweise ordentlich gekündigt. Die Schonfristzahlung heilt nur die fristlose Kündigung.',
        ]
      : []),
  ];
}
