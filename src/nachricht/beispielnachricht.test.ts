import { expect, test } from 'vitest';
import { baueNachricht } from './bauen.ts';
import { beispielVorgang } from './beispiel.ts';
import { xsozial240 } from './profile/index.ts';
import { elemente, geschwisterfolgen, wurzel } from '../../test/nachricht.ts';
import {
  SOZIALPLATTFORM_CODELISTEN,
  SOZIALPLATTFORM_GESCHWISTER,
  SOZIALPLATTFORM_PFADE,
  SOZIALPLATTFORM_WURZEL,
} from './testdaten/sozialplattform-struktur.ts';

// Our message compared with the structure of a real Sozialplattform message (xSozial-basis 2.4.0, BuT), written
// down in testdaten/sozialplattform-struktur.ts: the message itself has no licence and is not in the repository.

const NS = xsozial240.namespace;

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
  return e.wert;
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

test('our root carries the same attributes as the Sozialplattform message (plus test), in the same namespace', () => {
  const ihre = SOZIALPLATTFORM_WURZEL;
  const unsereWurzel = wurzel(unsere());
  expect(ihre.namespace).toBe(NS);
  expect(unsereWurzel.namespace).toBe(ihre.namespace);
  expect(unsereWurzel.name).toBe(ihre.name);
  expect(Object.keys(unsereWurzel.attribute).sort()).toEqual([...ihre.attribute, 'test'].sort());
  expect(unsereWurzel.attribute.standard).toBe(ihre.standard);
  expect(unsereWurzel.attribute.version).toBe(ihre.version);
});

test('every element path we write exists in the Sozialplattform message, unless it is a declared extension', () => {
  const ihre = new Set(SOZIALPLATTFORM_PFADE);
  const fremd = [...new Set(elemente(unsere(), NS).map((e) => e.pfad))].filter(
    (p) => !ihre.has(p) && !ERWEITERUNGEN.some((r) => r.test(p)),
  );
  expect(fremd).toEqual([]);
});

test('the parts we share are complete: no element of the Sozialplattform message is missing except BuT-only ones', () => {
  const unserePfade = new Set(elemente(unsere(), NS).map((e) => e.pfad));
  const fehlend = SOZIALPLATTFORM_PFADE.filter((p) => !unserePfade.has(p));
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
  const unsereF = geschwisterfolgen(unsere(), NS);
  let verglichen = 0;
  for (const [eltern, ihreFolgen] of Object.entries(SOZIALPLATTFORM_GESCHWISTER)) {
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

test('codes with list attributes in the Sozialplattform message carry the same list attributes in ours', () => {
  const unsereL = new Map(
    elemente(unsere(), NS)
      .filter((e) => e.attribute.listURI)
      .map((e) => [e.pfad, `${e.attribute.listURI} ${e.attribute.listVersionID ?? ''}`]),
  );
  let verglichen = 0;
  for (const [pfad, liste] of Object.entries(SOZIALPLATTFORM_CODELISTEN)) {
    if (unsereL.has(pfad)) {
      expect(unsereL.get(pfad), pfad).toBe(liste);
      verglichen++;
    }
  }
  expect(verglichen).toBeGreaterThan(3);
});
