import { create } from 'xmlbuilder2';
import type { VermieterErklaerung } from './modell.ts';

// The extension document of the landlord's declaration (namespace urn:mietrueckstaende:vermieter-erklaerung:1,
// schema vermieter-erklaerung.xsd next to this file). One line, no declaration: it travels as a text value.

export const VERMIETER_ERKLAERUNG_NS = 'urn:mietrueckstaende:vermieter-erklaerung:1';

type Knoten = ReturnType<typeof create>;

// xmlbuilder2 takes "&…;" for entity references and leaves it; every "&" escaped by us arrives as typed.
const wert = (w: string | number | boolean) => String(w).replace(/&/g, '&amp;');

function feld(eltern: Knoten, name: string, w: string | number | boolean | undefined): void {
  if (w === undefined || w === '') return;
  eltern.ele(VERMIETER_ERKLAERUNG_NS, name).txt(wert(w));
}

export function baueVermieterErklaerung(e: VermieterErklaerung): string {
  const doc = create();
  const w = doc.ele(VERMIETER_ERKLAERUNG_NS, 'vermieterErklaerung');
  feld(w, 'vorgangsnummer', e.vorgangsnummer);
  feld(w, 'referenzUUID', e.referenzUUID);
  feld(w, 'abgegebenAm', e.abgegebenAm.toISOString());
  const p = w.ele(VERMIETER_ERKLAERUNG_NS, 'erklaerende');
  feld(p, 'art', e.erklaerende.art);
  feld(p, 'name', e.erklaerende.name);
  feld(p, 'ansprechperson', e.erklaerende.ansprechperson);
  feld(p, 'telefon', e.erklaerende.telefon);
  feld(p, 'email', e.erklaerende.email);
  const r = w.ele(VERMIETER_ERKLAERUNG_NS, 'rueckstand');
  feld(r, 'stand', e.rueckstand.stand);
  for (const m of e.rueckstand.monate) {
    const el = r.ele(VERMIETER_ERKLAERUNG_NS, 'monat');
    feld(el, 'zeitraum', m.monat);
    feld(el, 'offenCent', m.offenCent);
  }
  feld(
    r,
    'summeCent',
    e.rueckstand.monate.reduce((s, m) => s + m.offenCent, 0),
  );
  feld(r, 'nutzungsentschaedigungCent', e.rueckstand.nutzungsentschaedigungCent);
  feld(r, 'kostenCent', e.rueckstand.kostenCent);
  const mi = w.ele(VERMIETER_ERKLAERUNG_NS, 'miete');
  const { grundmieteCent, betriebskostenCent, heizkostenCent, sonstigesCent } = e.miete;
  feld(mi, 'grundmieteCent', grundmieteCent);
  feld(mi, 'betriebskostenCent', betriebskostenCent);
  feld(mi, 'heizkostenCent', heizkostenCent);
  feld(mi, 'sonstigesCent', sonstigesCent);
  feld(mi, 'gesamtCent', grundmieteCent + betriebskostenCent + heizkostenCent + (sonstigesCent ?? 0));
  feld(w, 'fortsetzung', e.fortsetzung);
  feld(w, 'kuendigung', e.kuendigung);
  feld(w, 'raeumungsklage', e.raeumungsklage);
  feld(w, 'zahlungBis', e.zahlungBis);
  feld(w, 'raeumungstermin', e.raeumungstermin);
  const b = w.ele(VERMIETER_ERKLAERUNG_NS, 'bankverbindung');
  feld(b, 'kontoinhaber', e.bank.kontoinhaber);
  feld(b, 'iban', e.bank.iban);
  feld(b, 'bic', e.bank.bic);
  feld(b, 'verwendungszweck', e.bank.verwendungszweck);
  return doc.end({ headless: true, prettyPrint: false });
}
