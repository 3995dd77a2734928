import { expect, test } from 'vitest';
import { eingabe } from '../../../test/antrag-eingaben.ts';
import { erklaerungen } from './erklaerungen.ts';
import type { RohEingabe } from './felder.ts';
import { einkommen, schuldenAngaben, vermoegen, vermoegenAngaben } from './finanzen.ts';
import { leistungen, offenerAntrag } from './haushalt.ts';
import { klageZustellung, kuendigungAngaben, mahnung } from './kuendigung.ts';
import { kontakt, vertretung } from './person.ts';
import { energieAngaben, fruehereHilfe, rueckstand, rueckstandMonate } from './rueckstand.ts';
import { pruefeSchritt, type Schritt } from './schritt.ts';
import { ursachen } from './ursachen.ts';
import { vermieterBank } from './vermieter.ts';
import { miete } from './wohnung.ts';

// Cross-field rules and the German messages of the step schemas. "Today" is 2026-11-29.

const k = { heute: '2026-11-29' };
const d = (tag: number, monat: number, jahr: number) => ({
  tag: String(tag),
  monat: String(monat),
  jahr: String(jahr),
});

function fehler(schritt: Schritt, roh: RohEingabe): Record<string, string> {
  const p = pruefeSchritt(schritt, roh, k);
  return p.ok ? {} : p.fehler;
}

test('rent: the total must be the sum of its parts; other amounts only with what they are for', () => {
  expect(fehler(miete, eingabe('miete'))).toEqual({});
  expect(fehler(miete, eingabe('miete', { gesamtmiete: '660,00' }))).toEqual({
    gesamtmiete:
      'Die Gesamtmiete (660,00 €) muss die Summe der einzelnen Beträge sein. Die Summe ist 650,00 €',
  });
  expect(fehler(miete, eingabe('miete', { warmwasser: '10', sonstiges: '20', gesamtmiete: '680' }))).toEqual({
    sonstigesBezeichnung: 'Geben Sie an, wofür die sonstigen Beträge sind',
  });
  expect(fehler(miete, eingabe('miete', { grundmiete: '', gesamtmiete: '' }))).toEqual({
    grundmiete: 'Geben Sie die Grundmiete an',
    gesamtmiete: 'Geben Sie die Gesamtmiete an',
  });
});

test('termination: received not before the date of the letter; at least one kind', () => {
  expect(fehler(kuendigungAngaben, eingabe('kuendigung-angaben'))).toEqual({});
  expect(fehler(kuendigungAngaben, eingabe('kuendigung-angaben', { zugang: d(31, 10, 2026) }))).toEqual({
    zugang: 'Sie können die Kündigung nicht vor dem Datum des Kündigungsschreibens bekommen haben',
  });
  expect(fehler(kuendigungAngaben, eingabe('kuendigung-angaben', { arten: [] }))).toEqual({
    arten: 'Wählen Sie mindestens eine Art der Kündigung aus',
  });
  expect(
    fehler(kuendigungAngaben, eingabe('kuendigung-angaben', { arten: ['fristlos', 'erfunden'] })),
  ).toEqual({
    arten: 'Wählen Sie nur die angebotenen Antworten aus',
  });
});

test('eviction suit: served not in the future, filed not after it was served', () => {
  expect(fehler(klageZustellung, eingabe('klage-zustellung'))).toEqual({});
  expect(fehler(klageZustellung, eingabe('klage-zustellung', { zugestelltAm: d(30, 11, 2026) }))).toEqual({
    zugestelltAm: 'Das Datum der Zustellung darf nicht in der Zukunft liegen',
  });
  expect(fehler(klageZustellung, eingabe('klage-zustellung', { eingangAm: d(21, 11, 2026) }))).toEqual({
    eingangAm: 'Die Klage kann nicht nach der Zustellung an Sie eingereicht worden sein',
  });
  expect(fehler(mahnung, { erhalten: 'ja' })).toEqual({ datum: 'Geben Sie das Datum der Mahnung an' });
});

test('arrears: period in order, parts not above the total, per month adding up row by row', () => {
  expect(
    fehler(
      rueckstand,
      eingabe('rueckstand', { von: { monat: '11', jahr: '2026' }, bis: { monat: '10', jahr: '2026' } }),
    ),
  ).toEqual({
    bis: 'Der letzte Monat darf nicht vor dem ersten Monat liegen',
  });
  expect(fehler(rueckstand, eingabe('rueckstand', { nutzungsentschaedigung: '2.000' }))).toEqual({
    nutzungsentschaedigung: 'Die Nutzungsentschädigung darf nicht höher sein als die Mietschulden insgesamt',
  });
  expect(fehler(rueckstand, eingabe('rueckstand', { gesamt: '0' }))).toEqual({
    gesamt: 'Die Mietschulden müssen größer als 0 sein',
  });
  expect(fehler(rueckstandMonate, { 'offen-2026-10': 'viel' })).toEqual({
    'offen-2026-10':
      'Geben Sie den offenen Betrag für Oktober 2026 als Betrag in Euro an, zum Beispiel 1.234,56',
  });
  expect(fehler(rueckstandMonate, { 'soll-2026-10': '650' })).toEqual({
    'offen-2026-10': 'Geben Sie den offenen Betrag für Oktober 2026 an',
  });
  expect(fehler(rueckstandMonate, { 'soll-2026-10': '650', 'gezahlt-2026-10': '700' })).toEqual({
    'gezahlt-2026-10': 'Der gezahlte Betrag für Oktober 2026 ist höher als die Miete',
  });
  expect(pruefeSchritt(rueckstandMonate, {}, k)).toEqual({ ok: true, daten: { monate: [] } });
});

test('conditional requirements inside a step', () => {
  expect(fehler(vertretung, { art: 'beratungsstelle' })).toEqual({
    stelle: 'Geben Sie den Namen der Beratungsstelle an',
  });
  expect(fehler(kontakt, { kontaktweg: 'email' })).toEqual({
    email: 'Geben Sie die E-Mail-Adresse an, wenn Sie per E-Mail kontaktiert werden möchten',
  });
  expect(fehler(offenerAntrag, { gestellt: 'ja' })).toEqual({
    stelle: 'Geben Sie an, bei welcher Stelle der Antrag offen ist',
  });
  expect(fehler(fruehereHilfe, { fruehereUebernahme: 'ja', schonfristzahlung: 'nein' })).toEqual({
    jahr: 'Geben Sie an, in welchem Jahr die Mietschulden übernommen wurden',
  });
  expect(
    fehler(fruehereHilfe, { fruehereUebernahme: 'ja', jahr: '2027', schonfristzahlung: 'nein' }),
  ).toEqual({
    jahr: 'Das Jahr darf nicht in der Zukunft liegen',
  });
  expect(fehler(vermoegen, { vorhanden: 'nein', uebertragung: 'ja' })).toEqual({
    uebertragungText: 'Beschreiben Sie, was Sie verschenkt oder verkauft haben',
  });
  expect(fehler(energieAngaben, eingabe('energie-angaben', { sperrtermin: d(1, 11, 2026) }))).toEqual({
    sperrtermin: 'Der Termin der Sperre darf nicht vor der Sperrandrohung liegen',
  });
});

test('income: at least one amount or "no income", not both', () => {
  expect(fehler(einkommen, {})).toEqual({
    lohn: 'Geben Sie mindestens ein Einkommen an oder wählen Sie „Kein Einkommen“',
  });
  expect(fehler(einkommen, { keinEinkommen: 'ja' })).toEqual({});
  expect(fehler(einkommen, { keinEinkommen: 'ja', rente: '900' })).toEqual({
    keinEinkommen:
      'Sie haben Beträge eingetragen. Entfernen Sie das Häkchen bei „Kein Einkommen“ oder die Beträge',
  });
  expect(pruefeSchritt(einkommen, { rente: '1.050,00', kindergeld: '255' }, k)).toMatchObject({
    ok: true,
    daten: { rente: 105000, kindergeld: 25500, lohn: undefined, keinEinkommen: false },
  });
});

test('assets and debts: at least one entry when the citizen said yes; rows complete', () => {
  expect(fehler(vermoegenAngaben, {})).toEqual({
    konto:
      'Geben Sie mindestens einen Wert an. Wenn es kein Vermögen gibt, gehen Sie zurück und wählen „Nein“',
  });
  expect(fehler(schuldenAngaben, { hoehe2: '500' })).toEqual({
    glaeubiger2: 'Geben Sie den Gläubiger von Schuld 2 an',
  });
  expect(fehler(schuldenAngaben, { glaeubiger1: 'Bank' })).toEqual({
    hoehe1: 'Geben Sie die Höhe von Schuld 1 an',
  });
});

test('choices, free text and declarations', () => {
  expect(fehler(leistungen, { sgb12: 'erfunden', wohngeld: 'ja' })).toEqual({
    sgb12: 'Wählen Sie eine der angebotenen Antworten aus',
  });
  expect(fehler(ursachen, { gruende: [], beschreibung: '' })).toEqual({
    gruende: 'Wählen Sie mindestens einen Grund aus',
    beschreibung: 'Geben Sie eine kurze Beschreibung an',
  });
  expect(fehler(ursachen, { gruende: ['krankheit'], beschreibung: 'x'.repeat(2001) })).toEqual({
    beschreibung: 'Eine kurze Beschreibung darf höchstens 2000 Zeichen lang sein (Sie haben 2001 eingegeben)',
  });
  expect(fehler(vermieterBank, eingabe('vermieter-bank', { bic: 'KEINBIC' }))).toEqual({
    bic: 'Die BIC muss 8 oder 11 Zeichen haben, zum Beispiel BYLADEM1001',
  });
  expect(fehler(erklaerungen, { richtig: 'ja' })).toEqual({
    mitwirkung: 'Bestätigen Sie, dass Sie Änderungen sofort mitteilen',
    datenschutz: 'Bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben',
  });
  expect(pruefeSchritt(erklaerungen, eingabe('erklaerungen'), k)).toMatchObject({
    ok: true,
    daten: { richtig: true, vermieter: true, versorger: false },
  });
});
