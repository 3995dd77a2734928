import type { AbschnittDefinition, AbschnittWerte, InhaltWerte } from '../../nachricht/index.ts';
import { UNTERLAGEN_ARTEN } from '../schritte/unterlagen.ts';

// A follow-up message (documents sent in later for a request of the office) says what it is and what it answers
// in its own typed element of the extension, validated by the XSD, instead of free-text key/value notes. The
// reference to the original message itself is the header's referenzUUID.

export const NACHREICHUNG = 'nachreichung';

const ARTEN = [{ code: 'unterlagen', label: 'Nachreichung von Unterlagen auf eine Nachforderung' }] as const;

export const NACHREICHUNG_ABSCHNITT: AbschnittDefinition = {
  name: NACHREICHUNG,
  titel: 'Folgenachricht: Nachreichung (nur in Folgenachrichten)',
  wiederholt: false,
  felder: [
    { name: 'art', typ: 'code', titel: 'Art der Folgenachricht', optional: false, codes: ARTEN },
    { name: 'nachforderung', typ: 'text', titel: 'Kennung der Nachforderung des Amts', optional: false },
    { name: 'nachgereichtAm', typ: 'zeitpunkt', titel: 'Zeitpunkt des Absendens', optional: false },
    {
      name: 'unterlagen',
      typ: 'codes',
      titel: 'Nachgereichte Unterlagenarten',
      optional: true,
      codes: UNTERLAGEN_ARTEN.map((u) => ({ code: u.id, label: u.titel })),
    },
  ],
};

export type Nachreichung = {
  art: (typeof ARTEN)[number]['code'];
  nachforderung: string;
  /** ISO date-time. */
  nachgereichtAm: string;
  unterlagen: string[];
};

export function nachreichungInhalt(n: Nachreichung): InhaltWerte {
  const w: AbschnittWerte = {
    art: n.art,
    nachforderung: n.nachforderung,
    nachgereichtAm: n.nachgereichtAm,
    ...(n.unterlagen.length > 0 ? { unterlagen: n.unterlagen } : {}),
  };
  return { [NACHREICHUNG]: w };
}

export function nachreichungGelesen(w: InhaltWerte): Nachreichung | null {
  const e = w[NACHREICHUNG];
  if (e === undefined || Array.isArray(e)) return null;
  const { art, nachforderung, nachgereichtAm, unterlagen } = e;
  const bekannt = ARTEN.find((a) => a.code === art);
  if (bekannt === undefined || typeof nachforderung !== 'string' || typeof nachgereichtAm !== 'string')
    return null;
  const liste: string[] = typeof unterlagen === 'object' ? [...unterlagen] : [];
  return { art: bekannt.code, nachforderung, nachgereichtAm, unterlagen: liste };
}
