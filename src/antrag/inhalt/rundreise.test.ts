import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BEISPIEL_PDF } from '../../nachricht/beispiel.ts';
import { leseNachricht, validiereNachricht, baueNachricht } from '../../nachricht/index.ts';
import { einzelSchritte, jobcenterZustaendig, type AntragDaten } from '../flow.ts';
import { erklaerungen } from '../schritte/erklaerungen.ts';
import type { Feld } from '../schritte/felder.ts';
import { JA_NEIN } from '../schritte/felder.ts';
import { einkommen } from '../schritte/finanzen.ts';
import { haushaltPerson } from '../schritte/haushalt.ts';
import type { Felder } from '../schritte/schritt.ts';
import { xsozialVorgang, type NachrichtKopf } from '../xsozial.ts';
import { schonfristAus, schonfristVorbehalte } from '../frist.ts';
import { antragAus } from './abbilden.ts';
import { INHALT } from './definition.ts';
import { einschaetzungGelesen } from './einschaetzung.ts';
import { EINREICHUNG_ABSCHNITT, einreichungGelesen } from './einreichung.ts';

const codesVon = (name: string) =>
  (EINREICHUNG_ABSCHNITT.felder.find((f) => f.name === name)?.codes ?? []).map((c) => c.code);
const einreichung = fc.record({
  bestaetigtAm: fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2040-01-01T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  vertrauensniveau: fc.constantFrom(...codesVon('vertrauensniveau')),
  uebernommen: fc.uniqueArray(fc.constantFrom(...codesVon('bundIdUebernommen'))),
});

// Round trip as a property: random complete applications, generated from the step definitions (every field by
// its kind, options and optionality; every section present or absent; 0, 1 or many household members, months
// and income rows) → message → our XSDs → read back → the same answers. Cross-field rules of the steps are not
// applied: the message must carry any combination of valid field values.

const LAEUFE = Number(process.env.LAEUFE ?? 1000);

const kopf: NachrichtKopf = {
  nachrichtUUID: '0b4c5a51-8f6e-4d8a-9a44-2a1f0c7d9e11',
  erstellt: new Date('2026-11-29T23:30:00Z'),
  leser: { kennung: 'sozialamt:130030000000', name: 'Hansestadt Rostock, Amt für Soziales' },
  autor: { kennung: 'efa-mv:130000000000', name: 'EfA-Dienst M-V' },
  dvdvDienstkennung: 'urn:test:dienst',
  vorgangsID: 'abcdefghijklmnop',
};

// DIN 91379 text with the characters that break naive XML: umlauts, ß, Ł, ç, &, <, >, quotes, line breaks.
const ZEICHEN = Array.from('aAzZ09 äöüÄÖÜßŁçé&<>"\'-./,');
const wort = fc
  .array(fc.constantFrom(...ZEICHEN), { minLength: 1, maxLength: 12 })
  .map((z) => z.join('').trim())
  .filter((t) => t !== '');
const text = (mehrzeilig: boolean) =>
  fc.array(wort, { minLength: 1, maxLength: 4 }).map((w) => w.join(mehrzeilig ? '\n' : ' '));
const IBANS = ['DE89370400440532013000', 'DE02120300000000202051', 'AT611904300234573201'];
const datum = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const monat = datum.map((d) => d.slice(0, 7));
// Money as the wizard stores it: whole cents.
const betrag = fc.integer({ min: 0, max: 99_999_999 });

function wertVon(name: string, f: Feld<unknown>): fc.Arbitrary<unknown> {
  const optionen = (f.optionen ?? []).map((o) => o.wert);
  switch (f.art) {
    case 'geld':
      return betrag;
    case 'dezimal':
      return fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10);
    case 'ganzzahl':
      return fc.integer({ min: 1900, max: 2100 });
    case 'datum':
      return datum;
    case 'monat':
      return monat;
    case 'bestaetigung':
      return fc.boolean();
    case 'mehrfach':
      return fc.subarray(optionen);
    case 'auswahl':
    case 'liste':
      return f.optionen === JA_NEIN ? fc.boolean() : fc.constantFrom(...optionen);
    case 'iban':
      return fc.constantFrom(...IBANS);
    case 'plz':
      return fc.stringMatching(/^\d{5}$/);
    case 'email':
      return fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.de$/);
    case 'telefon':
      return fc.stringMatching(/^0\d{3,10}$/);
    case 'textbereich':
      return text(true);
    default:
      // names, street, house number, BIC: BIC must be valid for the xSozial part
      return name === 'bic' ? fc.constant('COBADEFFXXX') : text(false);
  }
}

function datenVon(felder: Felder): fc.Arbitrary<Record<string, unknown>> {
  const eintraege = Object.entries(felder).map(([name, f]) => {
    const w = wertVon(name, f);
    return [
      name,
      f.optional && f.art !== 'mehrfach' && f.art !== 'bestaetigung' ? fc.option(w, { nil: undefined }) : w,
    ] as const;
  });
  return fc
    .record(Object.fromEntries(eintraege))
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, w]) => w !== undefined)));
}

const sozialamt = fc.record(
  {
    ags: fc.stringMatching(/^\d{5}$/),
    gemeinde: fc.record({ ags: fc.stringMatching(/^\d{8}$/), name: text(false) }, { noNullPrototype: true }),
    plz: fc.stringMatching(/^\d{5}$/),
    ausserhalbMv: fc.constant(true as const),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const monate = fc
  .uniqueArray(
    fc.record(
      { monat, soll: betrag, gezahlt: betrag, offen: betrag },
      { requiredKeys: ['monat', 'offen'], noNullPrototype: true },
    ),
    { selector: (m) => m.monat, maxLength: 14 },
  )
  .map((liste) => ({ monate: [...liste].sort((a, b) => a.monat.localeCompare(b.monat)) }));

const antrag: fc.Arbitrary<AntragDaten> = fc
  .record({
    schritte: fc.tuple(
      ...einzelSchritte.map((s) => {
        if (s.id === 'wohnung-sozialamt') return fc.option(sozialamt, { nil: undefined });
        if (s.id === 'rueckstand-monate') return fc.option(monate, { nil: undefined });
        if (Object.keys(s.felder).length === 0 || s.ansicht !== 'formular') return fc.constant(undefined);
        // the applicant's personal data are always there (the message needs an applicant)
        const d = datenVon(s.felder);
        return s.id === 'persoenliche-daten' ? d : fc.option(d, { nil: undefined });
      }),
    ),
    personen: fc.array(datenVon(haushaltPerson.felder), { maxLength: 5 }),
    einkommen: fc.array(fc.tuple(fc.constantFrom('antragsteller', 'p1', 'p2'), datenVon(einkommen.felder)), {
      maxLength: 5,
    }),
    erklaerungen: fc.option(datenVon(erklaerungen.felder), { nil: undefined }),
  })
  .map((r) => {
    const d: Record<string, unknown> = {
      personen: r.personen.map((p, i) => ({ ...p, id: `p${i + 1}` })),
      einkommen: r.einkommen.map(([person, e]) => ({ ...e, person })),
    };
    einzelSchritte.forEach((s, i) => {
      const w = r.schritte[i];
      if (w !== undefined) d[s.id] = w;
    });
    if (r.erklaerungen !== undefined) d.erklaerungen = r.erklaerungen;
    return d as AntragDaten;
  });

test(
  `round trip: ${LAEUFE} random complete applications survive message, XSD and reader unchanged`,
  { timeout: 120_000 },
  async () => {
    let mitMitgliedern = 0;
    await fc.assert(
      fc.asyncProperty(antrag, einreichung, async (d, e) => {
        if (d.personen.length > 1) mitMitgliedern++;
        const gebaut = baueNachricht(xsozialVorgang(kopf, d, { einreichung: e }, BEISPIEL_PDF, []));
        if (!gebaut.ok) throw new Error(JSON.stringify(gebaut.fehler));
        const geprueft = await validiereNachricht(gebaut.wert);
        if (!geprueft.ok) throw new Error(geprueft.fehler.join('\n'));
        const gelesen = leseNachricht(gebaut.wert, INHALT);
        if (!gelesen.ok) throw new Error(gelesen.fehler);
        expect(gelesen.nachricht.antragsangaben).toBeDefined();
        expect(antragAus(gelesen.nachricht.antragsangaben ?? {})).toStrictEqual(d);
        // The derived triage facts arrive as the wizard and Antrag.pdf compute them.
        const t = einschaetzungGelesen(gelesen.nachricht.antragsangaben ?? {});
        expect(t?.schonfrist).toStrictEqual(schonfristAus(d));
        expect(t?.vorbehalte).toStrictEqual(schonfristVorbehalte(d));
        expect(t?.beantragterBetragCent).toBe(d.leistungswunsch?.betrag);
        expect(t?.hilfeform).toBe(d.leistungswunsch?.form);
        expect(t?.jobcenter.hinweis).toBe(jobcenterZustaendig(d));
        expect(t?.jobcenter.grund !== undefined).toBe(jobcenterZustaendig(d));
        // Consent time, trust level and the answers taken over from the BundID arrive unchanged.
        expect(einreichungGelesen(gelesen.nachricht.antragsangaben ?? {})).toStrictEqual({ ...e });
      }),
      { numRuns: LAEUFE },
    );
    expect(mitMitgliedern).toBeGreaterThan(0);
  },
);

test('the property can fail: a changed value after reading is found', () => {
  const d = fc.sample(antrag, { numRuns: 1, seed: 7 })[0]!;
  const gebaut = baueNachricht(xsozialVorgang(kopf, d, {}, BEISPIEL_PDF, []));
  if (!gebaut.ok) throw new Error(JSON.stringify(gebaut.fehler));
  const verfaelscht = gebaut.wert.replace(
    /<ma:vorname>[^<]*<\/ma:vorname>/,
    '<ma:vorname>Anders</ma:vorname>',
  );
  const gelesen = leseNachricht(verfaelscht, INHALT);
  if (!gelesen.ok) throw new Error(gelesen.fehler);
  expect(antragAus(gelesen.nachricht.antragsangaben ?? {})).not.toStrictEqual(d);
});

test('amounts travel as euro with two places and come back as the same cents', () => {
  const d = fc.sample(antrag, { numRuns: 1, seed: 3 })[0]!;
  const mit = { ...d, leistungswunsch: { betrag: 123405 } } as AntragDaten;
  const gebaut = baueNachricht(xsozialVorgang(kopf, mit, {}, BEISPIEL_PDF, []));
  if (!gebaut.ok) throw new Error(JSON.stringify(gebaut.fehler));
  expect(gebaut.wert).toContain('<ma:beantragterBetrag>1234.05</ma:beantragterBetrag>');
  const gelesen = leseNachricht(gebaut.wert, INHALT);
  if (!gelesen.ok) throw new Error(gelesen.fehler);
  expect(einschaetzungGelesen(gelesen.nachricht.antragsangaben ?? {})?.beantragterBetragCent).toBe(123405);
});
