import { expect, test } from 'vitest';
import { baueNachricht } from './bauen.ts';
import { beispielVorgang } from './beispiel.ts';
import { leseNachricht } from './lesen.ts';
import { xsozial240 } from './profile/index.ts';
import { elemente, geschwisterfolgen, leseShared, SAMPLE_DATEI, wurzel } from './testhilfe.ts';
import { validiereNachricht } from './validierung.ts';

// Our message compared with the real Sozialplattform message (xSozial-basis 2.4.0, BuT), read from ../shared.

const NS = xsozial240.namespace;
const SAMPLE = leseShared(SAMPLE_DATEI);

function unsere(): string {
  const v = beispielVorgang({
    test: true,
    referenzUUID: '039178b8-d6f2-4095-8051-0ee1dfe37d2e',
  });
  const e = baueNachricht({
    ...v,
    dritte: [
      ...v.dritte,
      {
        dritteID: 'Vertretung',
        art: 'vertretung',
        ansprechpartner: {
          titel: 'Dr.',
          vorname: 'Berta',
          familienname: 'Betreuerin',
          geburtsdatum: '1970-01-01',
          staatsangehoerigkeit: '000',
        },
        anschrift: { strasse: 'Am Markt', hausnummer: '1', plz: '18055', ort: 'Rostock', zusatz: 'Büro' },
        kommunikation: [{ kanal: 'email', kennung: 'b@example.org' }],
        schriftgutempfaenger: true,
      },
    ],
  });
  if (!e.ok) throw new Error(JSON.stringify(e.fehler));
  return e.xml;
}

// Paths we write that the BuT sample does not show: our extensions (profile.erweiterungen, marked as
// placeholders), XInneres fields the sample leaves empty, and parts of person the sample has on ansprechpartner.
const ERWEITERUNGEN = [
  /\/xsb:organisationsname$/,
  /\/xsb:geburtsname(\/xsb:name)?$/,
  /\/xsb:bankverbindung(\/.*)?$/,
  /^xsb:xsozial\/xsb:vorgang\/xsb:zusatzangabe(\/.*)?$/,
  /^xsb:xsozial\/xsb:vorgang\/xsb:person\/xsb:(anschrift|kommunikation|postfach)(\/.*)?$/,
  /^xsb:xsozial\/xsb:vorgang\/xsb:person\/xsb:allgemein\/xsb:staatsangehoerigkeit(\/.*)?$/,
  /\/gebaeude\/(hausnummer|hausnummerBuchstabeZusatzziffer)$/,
  /\/xsb:ansprechpartner\/xsb:geschlecht(\/.*)?$/,
  /^nachrichtenkopf\.g2g\/referenzUUID$/,
];

test('our root carries the same attributes as the sample (plus test), in the same namespace', () => {
  const ihre = wurzel(SAMPLE);
  const unsereWurzel = wurzel(unsere());
  expect(unsereWurzel.namespace).toBe(ihre.namespace);
  expect(unsereWurzel.name).toBe(ihre.name);
  expect(Object.keys(unsereWurzel.attribute).sort()).toEqual([...Object.keys(ihre.attribute), 'test'].sort());
  expect(unsereWurzel.attribute.standard).toBe(ihre.attribute.standard);
  expect(unsereWurzel.attribute.version).toBe(ihre.attribute.version);
});

test('every element path we write exists in the sample, unless it is a declared extension', () => {
  const ihre = new Set(elemente(SAMPLE, NS).map((e) => e.pfad));
  const fremd = [...new Set(elemente(unsere(), NS).map((e) => e.pfad))].filter(
    (p) => !ihre.has(p) && !ERWEITERUNGEN.some((r) => r.test(p)),
  );
  expect(fremd).toEqual([]);
});

test('the parts we share are complete: no element of the sample is missing except BuT-only ones', () => {
  const unserePfade = new Set(elemente(unsere(), NS).map((e) => e.pfad));
  const fehlend = [...new Set(elemente(SAMPLE, NS).map((e) => e.pfad))].filter((p) => !unserePfade.has(p));
  expect(fehlend).toEqual([
    'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung',
    'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung/xsb:ausbildungID',
    'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung/xsb:ausbildungsart',
    'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung/xsb:ausbildungsart/code',
    'xsb:xsozial/xsb:vorgang/xsb:person/xsb:ausbildung/xsb:einrichtung',
    'xsb:xsozial/xsb:vorgang/xsb:dritte/xsb:drittePerson/xsb:nichtNatuerlichePerson/xsb:anschrift/xsb:anschriftInland/gebaeude/teilnummerDerHausnummer',
  ]);
});

test('siblings that both messages have come in the same order', () => {
  const ihre = geschwisterfolgen(SAMPLE, NS);
  const unsereF = geschwisterfolgen(unsere(), NS);
  let verglichen = 0;
  for (const [eltern, ihreFolgen] of ihre) {
    for (const ihreFolge of ihreFolgen) {
      for (const unsereFolge of unsereF.get(eltern) ?? []) {
        const gemeinsam = new Set(ihreFolge.filter((n) => unsereFolge.includes(n)));
        const ohneWiederholung = (f: string[]) => f.filter((n, i) => gemeinsam.has(n) && f[i - 1] !== n);
        expect(ohneWiederholung(unsereFolge), eltern).toEqual(ohneWiederholung(ihreFolge));
        verglichen++;
      }
    }
  }
  expect(verglichen).toBeGreaterThan(20);
});

test('codes with list attributes in the sample carry the same list attributes in ours', () => {
  const listen = (xml: string) =>
    new Map(
      elemente(xml, NS)
        .filter((e) => e.attribute.listURI)
        .map((e) => [e.pfad, `${e.attribute.listURI} ${e.attribute.listVersionID ?? ''}`]),
    );
  const unsereL = listen(unsere());
  for (const [pfad, liste] of listen(SAMPLE)) {
    if (unsereL.has(pfad)) expect(unsereL.get(pfad), pfad).toBe(liste);
  }
});

test('the sample itself (minus its BuT-only education block) is valid against our XSD', async () => {
  const ohneBut = SAMPLE.replace(/<xsb:ausbildung>[\s\S]*?<\/xsb:ausbildung>/g, '')
    // the researcher truncated the PDF inside; put a valid base64 text in its place
    .replace(/<xsb:inhalt>[^<]*<\/xsb:inhalt>/, '<xsb:inhalt>JVBERi0xLjQK</xsb:inhalt>');
  expect(await validiereNachricht(ohneBut, xsozial240)).toEqual({ ok: true, fehler: [] });
});

test('the reader reads the sample', () => {
  const g = leseNachricht(
    SAMPLE.replace(/<xsb:inhalt>[^<]*<\/xsb:inhalt>/, '<xsb:inhalt>JVBERi0xLjQK</xsb:inhalt>'),
  );
  if (!g.ok) throw new Error(g.fehler);
  expect(g.nachricht).toMatchObject({
    version: '2.4.0',
    test: false,
    nachrichtenUUID: '039178b8-d6f2-4095-8051-0ee1dfe37d2e',
    nachrichtentyp: '1000001',
    leser: { kennung: 'bth:020000000000', name: 'Sozialhilfebehörde Hamburg' },
    autor: { kennung: 'sop:050000100099', name: 'Sozialplattform' },
    dvdvDienstkennung:
      'https://portalverbund.d-nrw.de/efa/XSozial-basis/Version_2_4_0/XSoz240-BTH-BEA-SOP2BTH.wsdl',
    vorgangsID: '2ec9b669-87ec-446d-b365-26bc73bfac3f',
    vorgangsTyp: '003000',
    antragsDatum: '2025-11-20+01:00',
  });
  expect(
    g.nachricht.dokumente.map((d) => [d.name, d.mimeType, d.dokumentTyp, d.inhalt.toString('latin1')]),
  ).toEqual([['Antrag.pdf', 'application/pdf', '1010', '%PDF-1.4\n']]);
});
