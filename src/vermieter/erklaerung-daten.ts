import type {
  KlageAbsicht,
  KuendigungAbsicht,
  VermieterArt,
  VermieterErklaerung,
} from '../nachricht/index.ts';
import { MONATSZEILEN } from './formular.ts';

// The checked form (the step's typed data) → the declaration as data, and back to what the pages show.

/** The typed values of the form; the month rows are read by name. */
export type Formulardaten = {
  art: string;
  name: string;
  ansprechperson?: string | undefined;
  telefon?: string | undefined;
  email?: string | undefined;
  stand: string;
  nutzungsentschaedigung?: number | undefined;
  kosten?: number | undefined;
  grundmiete: number;
  betriebskosten: number;
  heizkosten: number;
  sonstiges?: number | undefined;
  fortsetzung: boolean;
  kuendigung: string;
  raeumungsklage: string;
  zahlungBis?: string | undefined;
  raeumungstermin?: string | undefined;
  kontoinhaber: string;
  iban: string;
  bic?: string | undefined;
  verwendungszweck: string;
};

/** The declaration without the header (transaction number, reference, time), as stored encrypted. */
export type Erklaerung = Omit<VermieterErklaerung, 'vorgangsnummer' | 'referenzUUID' | 'abgegebenAm'>;

export function erklaerungAus(d: Formulardaten): Erklaerung {
  const roh = d as unknown as Record<string, string | number | undefined>;
  const monate: { monat: string; offenCent: number }[] = [];
  for (let i = 1; i <= MONATSZEILEN; i++) {
    const m = roh[`monat${i}`];
    const b = roh[`betrag${i}`];
    if (typeof m === 'string' && typeof b === 'number') monate.push({ monat: m, offenCent: b });
  }
  monate.sort((a, b) => a.monat.localeCompare(b.monat));
  return {
    erklaerende: {
      art: d.art as VermieterArt,
      name: d.name,
      ansprechperson: d.ansprechperson,
      telefon: d.telefon,
      email: d.email,
    },
    rueckstand: {
      stand: d.stand,
      monate,
      nutzungsentschaedigungCent: d.nutzungsentschaedigung,
      kostenCent: d.kosten,
    },
    miete: {
      grundmieteCent: d.grundmiete,
      betriebskostenCent: d.betriebskosten,
      heizkostenCent: d.heizkosten,
      sonstigesCent: d.sonstiges,
    },
    fortsetzung: d.fortsetzung,
    kuendigung: d.kuendigung as KuendigungAbsicht,
    raeumungsklage: d.raeumungsklage as KlageAbsicht,
    zahlungBis: d.zahlungBis,
    raeumungstermin: d.raeumungstermin,
    bank: {
      kontoinhaber: d.kontoinhaber,
      iban: d.iban,
      bic: d.bic?.toUpperCase(),
      verwendungszweck: d.verwendungszweck,
    },
  };
}

/** The landlord's earliest deadline (payment or eviction), for the urgency of the case. */
export function fruehesteFrist(e: Erklaerung): string | null {
  const daten = [e.zahlungBis, e.raeumungstermin].filter((x): x is string => x !== undefined).sort();
  return daten[0] ?? null;
}

export const ART_TEXT: Record<VermieterArt, string> = {
  privat: 'Privatperson',
  unternehmen: 'Wohnungsunternehmen',
  genossenschaft: 'Wohnungsgenossenschaft',
  verwaltung: 'Hausverwaltung im Auftrag des Eigentümers',
};
export const KUENDIGUNG_TEXT: Record<KuendigungAbsicht, string> = {
  keine: 'Es gibt keine Kündigung',
  wirdZurueckgenommen: 'Die Kündigung wird zurückgenommen',
  bleibtBestehen: 'Die Kündigung bleibt bestehen',
};
export const KLAGE_TEXT: Record<KlageAbsicht, string> = {
  keine: 'Es gibt keine Räumungsklage',
  wirdZurueckgenommen: 'Die Klage wird zurückgenommen',
  ruhendGestellt: 'Das Verfahren wird ruhend gestellt',
  erledigtErklaert: 'Der Rechtsstreit wird für erledigt erklärt',
  bleibtBestehen: 'Die Klage bleibt bestehen',
};
