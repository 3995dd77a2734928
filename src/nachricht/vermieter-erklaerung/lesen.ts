import { kind, kinder, text, type XmlElement } from '../../shared/index.ts';
import { VERMIETER_ERKLAERUNG_NS as NS } from './bauen.ts';
import type { KlageAbsicht, KuendigungAbsicht, VermieterArt, VermieterErklaerung } from './modell.ts';

// Reads the landlord's declaration back from a delivered follow-up message: the office's view is what the
// message says. The schema has already fixed the shape (codes, patterns, digits), so a missing required value
// here is a message that was never validated: it reads as no declaration.

const opt = (e: XmlElement | undefined, name: string) => text(e, NS, name);
const cent = (e: XmlElement | undefined, name: string) => {
  const t = opt(e, name);
  return t === undefined ? undefined : Number(t);
};

export function leseVermieterErklaerung(vorgang: XmlElement): VermieterErklaerung | undefined {
  const w = kind(vorgang, NS, 'vermieterErklaerung');
  if (w === undefined) return undefined;
  const p = kind(w, NS, 'erklaerende');
  const r = kind(w, NS, 'rueckstand');
  const m = kind(w, NS, 'miete');
  const b = kind(w, NS, 'bankverbindung');
  const pflicht = [
    opt(w, 'vorgangsnummer'),
    opt(w, 'abgegebenAm'),
    opt(p, 'art'),
    opt(p, 'name'),
    opt(r, 'stand'),
    opt(w, 'fortsetzung'),
    opt(w, 'kuendigung'),
    opt(w, 'raeumungsklage'),
    opt(b, 'kontoinhaber'),
    opt(b, 'iban'),
    opt(b, 'verwendungszweck'),
  ];
  if (pflicht.some((x) => x === undefined)) return undefined;
  return {
    vorgangsnummer: opt(w, 'vorgangsnummer') ?? '',
    referenzUUID: opt(w, 'referenzUUID'),
    abgegebenAm: new Date(opt(w, 'abgegebenAm') ?? ''),
    erklaerende: {
      art: opt(p, 'art') as VermieterArt,
      name: opt(p, 'name') ?? '',
      ansprechperson: opt(p, 'ansprechperson'),
      telefon: opt(p, 'telefon'),
      email: opt(p, 'email'),
    },
    rueckstand: {
      stand: opt(r, 'stand') ?? '',
      monate: kinder(r, NS, 'monat').map((x) => ({
        monat: opt(x, 'zeitraum') ?? '',
        offenCent: cent(x, 'offenCent') ?? 0,
      })),
      nutzungsentschaedigungCent: cent(r, 'nutzungsentschaedigungCent'),
      kostenCent: cent(r, 'kostenCent'),
    },
    miete: {
      grundmieteCent: cent(m, 'grundmieteCent') ?? 0,
      betriebskostenCent: cent(m, 'betriebskostenCent') ?? 0,
      heizkostenCent: cent(m, 'heizkostenCent') ?? 0,
      sonstigesCent: cent(m, 'sonstigesCent'),
    },
    fortsetzung: opt(w, 'fortsetzung') === 'true',
    kuendigung: opt(w, 'kuendigung') as KuendigungAbsicht,
    raeumungsklage: opt(w, 'raeumungsklage') as KlageAbsicht,
    zahlungBis: opt(w, 'zahlungBis'),
    raeumungstermin: opt(w, 'raeumungstermin'),
    bank: {
      kontoinhaber: opt(b, 'kontoinhaber') ?? '',
      iban: opt(b, 'iban') ?? '',
      bic: opt(b, 'bic'),
      verwendungszweck: opt(b, 'verwendungszweck') ?? '',
    },
  };
}
