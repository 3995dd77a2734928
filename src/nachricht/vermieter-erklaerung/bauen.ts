import type { create } from 'xmlbuilder2';
import type { VermieterErklaerung } from './modell.ts';

// The landlord's declaration as typed data in the follow-up message: the element ve:vermieterErklaerung
// (namespace urn:mietrueckstaende:vermieter-erklaerung:1, schema vermieter-erklaerung.xsd next to this file),
// placed in xsb:vorgang before the application extension (ADR 0023).

export const VERMIETER_ERKLAERUNG_NS = 'urn:mietrueckstaende:vermieter-erklaerung:1';

type Knoten = ReturnType<typeof create>;

// xmlbuilder2 takes "&…;" for entity references and leaves it; every "&" escaped by us arrives as typed.
const wert = (w: string | number | boolean) => String(w).replace(/&/g, '&amp;');

function feld(eltern: Knoten, name: string, w: string | number | boolean | undefined): void {
  if (w === undefined || w === '') return;
  eltern.ele(VERMIETER_ERKLAERUNG_NS, `ve:${name}`).txt(wert(w));
}

export const VERMIETER_ERKLAERUNG_XSD = 'vermieter-erklaerung.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export function schreibeVermieterErklaerung(eltern: Knoten, e: VermieterErklaerung): void {
  const w = eltern.ele(VERMIETER_ERKLAERUNG_NS, 've:vermieterErklaerung');
  w.att(XSI, 'xsi:schemaLocation', `${VERMIETER_ERKLAERUNG_NS} ${VERMIETER_ERKLAERUNG_XSD}`);
  feld(w, 'vorgangsnummer', e.vorgangsnummer);
  feld(w, 'referenzUUID', e.referenzUUID);
  feld(w, 'abgegebenAm', e.abgegebenAm.toISOString());
  const p = w.ele(VERMIETER_ERKLAERUNG_NS, 've:erklaerende');
  feld(p, 'art', e.erklaerende.art);
  feld(p, 'name', e.erklaerende.name);
  feld(p, 'ansprechperson', e.erklaerende.ansprechperson);
  feld(p, 'telefon', e.erklaerende.telefon);
  feld(p, 'email', e.erklaerende.email);
  const r = w.ele(VERMIETER_ERKLAERUNG_NS, 've:rueckstand');
  feld(r, 'stand', e.rueckstand.stand);
  for (const m of e.rueckstand.monate) {
    const el = r.ele(VERMIETER_ERKLAERUNG_NS, 've:monat');
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
  const mi = w.ele(VERMIETER_ERKLAERUNG_NS, 've:miete');
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
  const b = w.ele(VERMIETER_ERKLAERUNG_NS, 've:bankverbindung');
  feld(b, 'kontoinhaber', e.bank.kontoinhaber);
  feld(b, 'iban', e.bank.iban);
  feld(b, 'bic', e.bank.bic);
  feld(b, 'verwendungszweck', e.bank.verwendungszweck);
}
