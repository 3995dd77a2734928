import { describe, expect, test } from 'vitest';
import { eingabe, eingaben, kuerzesterWeg, type EingabeSchritt } from '../../test/antrag-eingaben.ts';
import {
  abschnittZustaende,
  auswerten,
  ersterOffener,
  istErreichbar,
  leererEntwurf,
  naechster,
  NEU,
  PRUEFEN,
  schrittMitId,
  vorheriger,
  wohnungsPlz,
  type EntwurfInhalt,
  type FlowKontext,
} from './flow.ts';
import type { Zustaendigkeit } from '../zustaendigkeit/regeln.ts';
import type { RohEingabe } from './schritte/felder.ts';
import { pruefeSchritt, schemaVon } from './schritte/schritt.ts';

// Journeys as data (a2j style), replayed by one runner: every step must be reachable, its input must pass
// the step's schema, and "Weiter" must lead to the expected step. Together they cover every branch.

const k: FlowKontext = { heute: '2026-11-29', onlineAemter: ['13003', '13004'] };

// Routing results as the routes look them up for the flat's postal code (18055 on the shortest path).
const PLZ = '18055';
const eindeutig: Zustaendigkeit = {
  art: 'eindeutig',
  plz: PLZ,
  gemeinde: { ags: '13003000', name: 'Rostock' },
  behoerdeAgs: '13003',
};
const mehrdeutig: Zustaendigkeit = {
  art: 'mehrdeutig',
  plz: PLZ,
  gemeinden: [
    { ags: '13072077', name: 'Papendorf', behoerdeAgs: '13072', behoerdeName: 'Landkreis Rostock' },
    { ags: '13003000', name: 'Rostock', behoerdeAgs: '13003', behoerdeName: 'Hansestadt Rostock' },
  ],
  ausserhalb: [{ ags: '12073384', name: 'Uckerland', kreis: 'Landkreis Uckermark', land: 'Brandenburg' }],
  auswahlUngueltig: false,
};
const ausserhalb: Zustaendigkeit = {
  art: 'ausserhalb_mv',
  plz: PLZ,
  land: 'Hamburg',
  kreis: 'Hamburg',
  orte: [{ ags: '02000000', name: 'Hamburg', kreis: 'Hamburg', land: 'Hamburg' }],
};
const mit = (zustaendigkeit: Zustaendigkeit, onlineAemter = ['13003', '13072']): FlowKontext => ({
  ...k,
  onlineAemter,
  zustaendigkeit,
});

type Schritt = {
  /** Step key; 'haushalt-person/neu' adds a household member (the runner gives it the next id p1, p2, …). */
  schritt: string;
  eingabe?: RohEingabe;
  weiter: string;
  zurueck?: string | null;
};
type Reise = {
  name: string;
  /** Steps of the shortest path before this one are answered with the defaults first. */
  ab?: string;
  schritte: Schritt[];
  kontext?: FlowKontext;
  /** Expect the whole application to be complete at the end. */
  vollstaendig?: boolean;
};

const basis = (key: string): EingabeSchritt => key.split('/')[0] as EingabeSchritt;

function speichern(inhalt: EntwurfInhalt, key: string, roh: RohEingabe): string {
  let ziel = key;
  if (key === `haushalt-person/${NEU}`) {
    const id = `p${inhalt.personen.length + 1}`;
    inhalt.personen.push(id);
    ziel = `haushalt-person/${id}`;
  }
  inhalt.eingaben[ziel] = roh;
  return ziel;
}

function vorbereiten(ab: string | undefined): EntwurfInhalt {
  const inhalt = leererEntwurf();
  if (ab === undefined) return inhalt;
  for (const key of kuerzesterWeg) {
    if (key === ab) break;
    inhalt.eingaben[key] = eingabe(basis(key));
  }
  return inhalt;
}

function abspielen(reise: Reise) {
  const kontext = reise.kontext ?? k;
  const inhalt = vorbereiten(reise.ab);
  for (const s of reise.schritte) {
    const vorher = auswerten(inhalt, kontext);
    expect(istErreichbar(vorher, s.schritt), `${s.schritt} erreichbar`).toBe(true);
    if (s.zurueck !== undefined)
      expect(vorheriger(vorher, s.schritt), `zurück von ${s.schritt}`).toBe(s.zurueck);
    const roh = s.eingabe ?? eingabe(basis(s.schritt));
    const schritt = schrittMitId(basis(s.schritt) === 'einkommen' ? 'einkommen' : s.schritt.split('/')[0]!);
    expect(schritt, s.schritt).toBeDefined();
    const pruefung = pruefeSchritt(schritt!, roh, kontext);
    expect(pruefung, `Eingabe für ${s.schritt} gültig`).toMatchObject({ ok: true });
    const key = speichern(inhalt, s.schritt, roh);
    expect(naechster(auswerten(inhalt, kontext), key), `weiter nach ${s.schritt}`).toBe(s.weiter);
  }
  const ende = auswerten(inhalt, kontext);
  if (reise.vollstaendig !== undefined) expect(ende.vollstaendig).toBe(reise.vollstaendig);
  return ende;
}

const kette = (keys: readonly string[], ende: string): Schritt[] =>
  keys.map((schritt, i) => ({ schritt, weiter: keys[i + 1] ?? ende }));

const reisen: Reise[] = [
  {
    name: 'shortest valid path: for oneself, alone, no Bürgergeld, no energy debts, no suit, no assets',
    schritte: kette(kuerzesterWeg, PRUEFEN).map((s, i) => (i === 0 ? { ...s, zurueck: null } : s)),
    vollstaendig: true,
  },
  {
    name: 'representative: filed for another person → representation and the representative’s contact',
    schritte: [
      { schritt: 'fuer-wen', eingabe: { antragFuer: 'andere' }, weiter: 'vertretung' },
      { schritt: 'vertretung', weiter: 'vertretung-kontakt', zurueck: 'fuer-wen' },
      { schritt: 'vertretung-kontakt', weiter: 'persoenliche-daten' },
      { schritt: 'persoenliche-daten', weiter: 'staatsangehoerigkeit', zurueck: 'vertretung-kontakt' },
    ],
  },
  {
    name: 'no representative: straight to the personal data',
    schritte: [
      { schritt: 'fuer-wen', weiter: 'persoenliche-daten' },
      { schritt: 'persoenliche-daten', weiter: 'staatsangehoerigkeit', zurueck: 'fuer-wen' },
    ],
  },
  {
    name: 'nationality outside the EU/EEA/Switzerland → residence title',
    ab: 'staatsangehoerigkeit',
    schritte: [
      { schritt: 'staatsangehoerigkeit', eingabe: { staat: '163' }, weiter: 'aufenthaltstitel' },
      { schritt: 'aufenthaltstitel', weiter: 'anschrift' },
      { schritt: 'anschrift', weiter: 'kontakt', zurueck: 'aufenthaltstitel' },
    ],
  },
  {
    name: 'EU nationality → no residence title',
    ab: 'staatsangehoerigkeit',
    schritte: [{ schritt: 'staatsangehoerigkeit', eingabe: { staat: '152' }, weiter: 'anschrift' }],
  },
  {
    name: 'household: add two members (one with income), then each income page',
    ab: 'haushalt',
    schritte: [
      { schritt: 'haushalt', eingabe: { weiterePersonen: 'ja' }, weiter: 'haushalt-person/neu' },
      { schritt: 'haushalt-person/neu', weiter: 'haushalt-uebersicht', zurueck: 'haushalt' },
      {
        schritt: 'haushalt-person/neu',
        eingabe: eingabe('haushalt-person', {
          vorname: 'Mia',
          beziehung: 'kind',
          hatEinkommen: 'nein',
          geburtsdatum: { tag: '1', monat: '2', jahr: '2015' },
        }),
        weiter: 'haushalt-uebersicht',
        zurueck: 'haushalt-uebersicht',
      },
      { schritt: 'haushalt-uebersicht', eingabe: {}, weiter: 'buergergeld', zurueck: 'haushalt-person/p2' },
      { schritt: 'buergergeld', weiter: 'erwerbsfaehigkeit' },
    ],
  },
  {
    name: 'household member with income gets an income page after the applicant’s',
    ab: 'haushalt',
    schritte: [
      { schritt: 'haushalt', eingabe: { weiterePersonen: 'ja' }, weiter: 'haushalt-person/neu' },
      { schritt: 'haushalt-person/neu', weiter: 'haushalt-uebersicht' },
      { schritt: 'haushalt-uebersicht', eingabe: {}, weiter: 'buergergeld' },
      ...kette(
        kuerzesterWeg.slice(
          kuerzesterWeg.indexOf('buergergeld'),
          kuerzesterWeg.indexOf('einkommen/antragsteller'),
        ),
        'einkommen/antragsteller',
      ),
      { schritt: 'einkommen/antragsteller', weiter: 'einkommen/p1' },
      {
        schritt: 'einkommen/p1',
        eingabe: { lohn: '1.800,00' },
        weiter: 'vermoegen',
        zurueck: 'einkommen/antragsteller',
      },
    ],
  },
  {
    name: 'Bürgergeld (SGB II) → Jobcenter hint, not blocking',
    ab: 'buergergeld',
    schritte: [
      { schritt: 'buergergeld', eingabe: { bezieht: 'ja' }, weiter: 'erwerbsfaehigkeit' },
      {
        schritt: 'erwerbsfaehigkeit',
        eingabe: { person: 'nein', partner: 'keine' },
        weiter: 'jobcenter-hinweis',
      },
      { schritt: 'jobcenter-hinweis', weiter: 'leistungen' },
      { schritt: 'leistungen', weiter: 'offener-antrag', zurueck: 'jobcenter-hinweis' },
    ],
  },
  {
    name: 'erwerbsfähige partner without Bürgergeld → Jobcenter hint (§ 22 Abs. 8 SGB II)',
    ab: 'buergergeld',
    schritte: [
      { schritt: 'buergergeld', eingabe: { bezieht: 'nein' }, weiter: 'erwerbsfaehigkeit' },
      {
        schritt: 'erwerbsfaehigkeit',
        eingabe: { person: 'nein', partner: 'ja' },
        weiter: 'jobcenter-hinweis',
      },
      { schritt: 'jobcenter-hinweis', weiter: 'leistungen' },
    ],
  },
  {
    name: 'nobody erwerbsfähig, no Bürgergeld → Sozialamt, no hint',
    ab: 'buergergeld',
    schritte: [
      { schritt: 'buergergeld', eingabe: { bezieht: 'nein' }, weiter: 'erwerbsfaehigkeit' },
      { schritt: 'erwerbsfaehigkeit', eingabe: { person: 'nein', partner: 'nein' }, weiter: 'leistungen' },
      { schritt: 'leistungen', weiter: 'offener-antrag', zurueck: 'erwerbsfaehigkeit' },
    ],
  },
  {
    name: 'the flat is not at the registered address → address of the flat',
    ab: 'wohnung',
    schritte: [
      { schritt: 'wohnung', eingabe: { gleicheAnschrift: 'nein' }, weiter: 'wohnung-anschrift' },
      { schritt: 'wohnung-anschrift', weiter: 'wohnung-sozialamt' },
    ],
  },
  {
    name: 'office not online → dead end with the written way',
    ab: 'wohnung-sozialamt',
    kontext: { ...k, onlineAemter: ['13003'] },
    schritte: [{ schritt: 'wohnung-sozialamt', eingabe: { ags: '13075' }, weiter: 'nicht-online' }],
    vollstaendig: false,
  },
  {
    name: 'routing, one municipality for the postal code → the citizen only confirms the office',
    ab: 'wohnung-sozialamt',
    kontext: mit(eindeutig),
    schritte: [
      {
        schritt: 'wohnung-sozialamt',
        eingabe: { gemeinde: '13003000', plz: PLZ },
        weiter: 'wohnung-angaben',
        zurueck: 'wohnung',
      },
    ],
  },
  {
    name: 'routing, several municipalities → the citizen picks one in Landkreis Rostock',
    ab: 'wohnung-sozialamt',
    kontext: mit(mehrdeutig),
    schritte: [
      {
        schritt: 'wohnung-sozialamt',
        eingabe: { gemeinde: '13072077', plz: PLZ },
        weiter: 'wohnung-angaben',
      },
    ],
  },
  {
    name: 'routing, the picked municipality’s office is not online → dead end with the written way',
    ab: 'wohnung-sozialamt',
    kontext: mit(mehrdeutig, ['13003']),
    schritte: [
      { schritt: 'wohnung-sozialamt', eingabe: { gemeinde: '13072077', plz: PLZ }, weiter: 'nicht-online' },
    ],
    vollstaendig: false,
  },
  {
    name: 'routing, a place outside M-V picked for a shared postal code → dead end outside M-V',
    ab: 'wohnung-sozialamt',
    kontext: mit(mehrdeutig),
    schritte: [
      { schritt: 'wohnung-sozialamt', eingabe: { gemeinde: '12073384', plz: PLZ }, weiter: 'ausserhalb-mv' },
    ],
    vollstaendig: false,
  },
  {
    name: 'routing, the postal code lies outside M-V → no choice, dead end outside M-V',
    ab: 'wohnung',
    kontext: mit(ausserhalb),
    schritte: [{ schritt: 'wohnung', weiter: 'ausserhalb-mv' }],
    vollstaendig: false,
  },
  {
    name: 'routing, unknown postal code → the Kreis as fallback',
    ab: 'wohnung-sozialamt',
    kontext: mit({ art: 'unbekannt', plz: PLZ }),
    schritte: [
      { schritt: 'wohnung-sozialamt', eingabe: { ags: '13003', plz: PLZ }, weiter: 'wohnung-angaben' },
    ],
  },
  {
    name: 'routing without a gazetteer → the Kreis, as before',
    ab: 'wohnung-sozialamt',
    kontext: mit({ art: 'ohne_verzeichnis' }),
    schritte: [{ schritt: 'wohnung-sozialamt', eingabe: { ags: '13072' }, weiter: 'wohnung-angaben' }],
  },
  {
    name: 'energy debts → the energy block',
    ab: 'energie',
    schritte: [
      { schritt: 'energie', eingabe: { vorhanden: 'ja' }, weiter: 'energie-angaben' },
      { schritt: 'energie-angaben', weiter: 'mahnung' },
      { schritt: 'mahnung', weiter: 'kuendigung', zurueck: 'energie-angaben' },
    ],
  },
  {
    name: 'termination received → its dates and kind',
    ab: 'kuendigung',
    schritte: [
      { schritt: 'kuendigung', eingabe: { status: 'erhalten' }, weiter: 'kuendigung-angaben' },
      { schritt: 'kuendigung-angaben', weiter: 'raeumungsklage' },
    ],
  },
  {
    name: 'termination threatened → straight to the eviction suit',
    ab: 'kuendigung',
    schritte: [{ schritt: 'kuendigung', eingabe: { status: 'angedroht' }, weiter: 'raeumungsklage' }],
  },
  {
    name: 'eviction suit served → service date, Schonfrist, court dates',
    ab: 'raeumungsklage',
    schritte: [
      { schritt: 'raeumungsklage', eingabe: { status: 'zugestellt' }, weiter: 'klage-zustellung' },
      { schritt: 'klage-zustellung', weiter: 'schonfrist' },
      { schritt: 'schonfrist', weiter: 'raeumung-termine' },
      { schritt: 'raeumung-termine', weiter: 'fortsetzung' },
      { schritt: 'fortsetzung', weiter: 'ursachen', zurueck: 'raeumung-termine' },
    ],
  },
  {
    name: 'eviction suit filed, not yet served → filing date, provisional Schonfrist',
    ab: 'raeumungsklage',
    schritte: [
      { schritt: 'raeumungsklage', eingabe: { status: 'eingereicht' }, weiter: 'klage-eingang' },
      { schritt: 'klage-eingang', weiter: 'schonfrist' },
      { schritt: 'schonfrist', weiter: 'raeumung-termine', zurueck: 'klage-eingang' },
      { schritt: 'raeumung-termine', eingabe: {}, weiter: 'fortsetzung' },
    ],
  },
  {
    name: 'eviction suit unknown → no deadline pages',
    ab: 'raeumungsklage',
    schritte: [{ schritt: 'raeumungsklage', eingabe: { status: 'unbekannt' }, weiter: 'fortsetzung' }],
  },
  {
    name: 'assets → the list of assets',
    ab: 'vermoegen',
    schritte: [
      { schritt: 'vermoegen', eingabe: { vorhanden: 'ja' }, weiter: 'vermoegen-angaben' },
      { schritt: 'vermoegen-angaben', weiter: 'ausgaben' },
    ],
  },
  {
    name: 'other debts → the list of debts',
    ab: 'schulden',
    schritte: [
      {
        schritt: 'schulden',
        eingabe: { vorhanden: 'ja', massnahmen: ['pkonto'] },
        weiter: 'schulden-angaben',
      },
      { schritt: 'schulden-angaben', weiter: 'leistungswunsch' },
      { schritt: 'leistungswunsch', weiter: 'unterlagen', zurueck: 'schulden-angaben' },
      { schritt: 'unterlagen', eingabe: {}, weiter: PRUEFEN },
    ],
    vollstaendig: true,
  },
];

describe('journeys', () => {
  test.each(reisen.map((r) => [r.name, r] as const))('%s', (_name, reise) => {
    abspielen(reise);
  });
});

test('a step after the first incomplete one is not reachable', () => {
  const inhalt = vorbereiten('miete');
  const a = auswerten(inhalt, k);
  expect(ersterOffener(a)).toBe('miete');
  expect(istErreichbar(a, 'miete')).toBe(true);
  expect(istErreichbar(a, 'vermieter')).toBe(false);
  expect(istErreichbar(a, 'gibt-es-nicht')).toBe(false);
  // A step of a branch not taken is not on the path at all.
  expect(istErreichbar(a, 'vertretung')).toBe(false);
});

test('adding a household member is reachable only from the list of members', () => {
  const inhalt = vorbereiten('haushalt');
  expect(istErreichbar(auswerten(inhalt, k), 'haushalt-person/neu')).toBe(false);
  inhalt.eingaben.haushalt = { weiterePersonen: 'ja' };
  expect(istErreichbar(auswerten(inhalt, k), 'haushalt-person/neu')).toBe(true);
});

test('removing a household member removes their income page and their data', () => {
  const inhalt = vorbereiten(undefined);
  for (const key of kuerzesterWeg) inhalt.eingaben[key] = eingabe(basis(key));
  inhalt.eingaben.haushalt = { weiterePersonen: 'ja' };
  inhalt.personen = ['p1'];
  inhalt.eingaben['haushalt-person/p1'] = eingabe('haushalt-person');
  inhalt.eingaben['haushalt-uebersicht'] = {};
  inhalt.eingaben['einkommen/p1'] = { lohn: '900' };
  const mit = auswerten(inhalt, k);
  expect(mit.vollstaendig).toBe(true);
  expect(mit.daten.einkommen.map((e) => e.person)).toEqual(['antragsteller', 'p1']);

  inhalt.personen = [];
  delete inhalt.eingaben['haushalt-person/p1'];
  const ohne = auswerten(inhalt, k);
  expect(ohne.pfad.map((s) => s.schluessel)).not.toContain('einkommen/p1');
  expect(ohne.daten.personen).toEqual([]);
  // "Yes, other people live here" with nobody listed: the next step is adding one.
  expect(ersterOffener(ohne)).toBe('haushalt-person/neu');
});

test('answers of a branch no longer taken are kept in the draft but left out of the application', () => {
  const inhalt = vorbereiten(undefined);
  for (const key of kuerzesterWeg) inhalt.eingaben[key] = eingabe(basis(key));
  inhalt.eingaben.energie = { vorhanden: 'ja' };
  inhalt.eingaben['energie-angaben'] = eingabe('energie-angaben');
  expect(auswerten(inhalt, k).daten['energie-angaben']?.betrag).toBe(31050);
  inhalt.eingaben.energie = { vorhanden: 'nein' };
  const a = auswerten(inhalt, k);
  expect(a.daten['energie-angaben']).toBeUndefined();
  expect(inhalt.eingaben['energie-angaben']).toBeDefined();
  expect(a.vollstaendig).toBe(true);
});

test('monthly arrears outside the period are left out', () => {
  const inhalt = vorbereiten(undefined);
  for (const key of kuerzesterWeg) inhalt.eingaben[key] = eingabe(basis(key));
  inhalt.eingaben['rueckstand-monate'] = {
    'offen-2026-09': '10',
    'offen-2026-10': '650',
    'soll-2026-11': '650',
    'gezahlt-2026-11': '0',
  };
  expect(auswerten(inhalt, k).daten['rueckstand-monate']?.monate).toEqual([
    { monat: '2026-10', offen: 65000 },
    { monat: '2026-11', soll: 65000, gezahlt: 0, offen: 65000 },
  ]);
});

test('task list: states per section follow the path', () => {
  const leer = abschnittZustaende(auswerten(leererEntwurf(), k));
  expect(leer[0]).toMatchObject({ id: 'person', status: 'nicht-begonnen', ziel: 'fuer-wen' });
  expect(leer.slice(1).every((a) => a.status === 'gesperrt')).toBe(true);

  const inhalt = vorbereiten('miete');
  const z = abschnittZustaende(auswerten(inhalt, k));
  expect(z.find((a) => a.id === 'person')?.status).toBe('fertig');
  expect(z.find((a) => a.id === 'wohnung')).toMatchObject({ status: 'in-bearbeitung', ziel: 'miete' });
  expect(z.find((a) => a.id === 'vermieter')?.status).toBe('gesperrt');

  for (const key of kuerzesterWeg) inhalt.eingaben[key] = eingabe(basis(key));
  expect(abschnittZustaende(auswerten(inhalt, k)).every((a) => a.status === 'fertig')).toBe(true);
});

test('every step of the default inputs is valid on its own', () => {
  for (const [id, roh] of Object.entries(eingaben)) {
    const schritt = schrittMitId(id) ?? (id === 'erklaerungen' ? undefined : null);
    if (schritt === undefined) continue;
    expect(schritt, id).not.toBeNull();
    expect(pruefeSchritt(schritt!, roh, k), id).toMatchObject({ ok: true });
  }
});

describe('routing in the flow', () => {
  const mitWahl = (roh: RohEingabe) => {
    const inhalt = vorbereiten('wohnung-sozialamt');
    inhalt.eingaben['wohnung-sozialamt'] = roh;
    return inhalt;
  };
  const sozialamt = schrittMitId('wohnung-sozialamt')!;

  test('the office and municipality from routing are part of the application data', () => {
    expect(
      auswerten(mitWahl({ gemeinde: '13003000', plz: PLZ }), mit(eindeutig)).daten['wohnung-sozialamt'],
    ).toEqual({
      ags: '13003',
      gemeinde: { ags: '13003000', name: 'Rostock' },
      plz: PLZ,
    });
    expect(
      auswerten(mitWahl({ gemeinde: '13072077', plz: PLZ }), mit(mehrdeutig)).daten['wohnung-sozialamt'],
    ).toEqual({
      ags: '13072',
      gemeinde: { ags: '13072077', name: 'Papendorf' },
      plz: PLZ,
    });
  });

  test('a municipality not among the postal code’s gets an error at the field; none chosen too', () => {
    expect(pruefeSchritt(sozialamt, { gemeinde: '13004000', plz: PLZ }, mit(mehrdeutig))).toEqual({
      ok: false,
      fehler: {
        gemeinde:
          'Der gewählte Ort gehört nicht zur Postleitzahl 18055. Wählen Sie einen der angezeigten Orte aus',
      },
    });
    expect(pruefeSchritt(sozialamt, { gemeinde: '', plz: PLZ }, mit(mehrdeutig))).toEqual({
      ok: false,
      fehler: { gemeinde: 'Wählen Sie den Ort aus, in dem die Wohnung liegt' },
    });
    expect(
      pruefeSchritt(sozialamt, { ags: '99999', plz: PLZ }, mit({ art: 'unbekannt', plz: PLZ })),
    ).toMatchObject({
      ok: false,
      fehler: { ags: expect.any(String) as string },
    });
  });

  test('a choice made for another postal code does not survive a changed postal code', () => {
    const inhalt = mitWahl({ gemeinde: '13072077', plz: '18059' });
    const a = auswerten(inhalt, mit(mehrdeutig));
    expect(a.daten['wohnung-sozialamt']).toBeUndefined();
    expect(ersterOffener(a)).toBe('wohnung-sozialamt');
    // The Kreis given for an unknown postal code, too.
    const kreis = auswerten(mitWahl({ ags: '13003', plz: '18059' }), mit({ art: 'unbekannt', plz: PLZ }));
    expect(ersterOffener(kreis)).toBe('wohnung-sozialamt');
    // Without a gazetteer only the Kreis counts.
    expect(
      ersterOffener(auswerten(mitWahl({ gemeinde: '13072077', plz: PLZ }), mit({ art: 'ohne_verzeichnis' }))),
    ).toBe('wohnung-sozialamt');
  });

  test('the dead end outside M-V keeps the section open and the later sections locked', () => {
    const inhalt = vorbereiten('wohnung');
    inhalt.eingaben.wohnung = { gleicheAnschrift: 'ja' };
    const a = auswerten(inhalt, mit(ausserhalb));
    expect(a.pfad.map((s) => s.schluessel)).not.toContain('wohnung-sozialamt');
    expect(ersterOffener(a)).toBe('ausserhalb-mv');
    const z = abschnittZustaende(a);
    expect(z.find((x) => x.id === 'wohnung')?.status).toBe('in-bearbeitung');
    expect(z.find((x) => x.id === 'vermieter')?.status).toBe('gesperrt');
  });

  test('the postal code of the flat: the applicant’s address or the flat’s own', () => {
    const inhalt = vorbereiten('wohnung-sozialamt');
    expect(wohnungsPlz(auswerten(inhalt, k).daten)).toBe('18055');
    inhalt.eingaben.wohnung = { gleicheAnschrift: 'nein' };
    expect(wohnungsPlz(auswerten(inhalt, k).daten)).toBeUndefined();
    inhalt.eingaben['wohnung-anschrift'] = eingabe('wohnung-anschrift');
    expect(wohnungsPlz(auswerten(inhalt, k).daten)).toBe('18057');
    expect(wohnungsPlz(auswerten(leererEntwurf(), k).daten)).toBeUndefined();
  });
});

describe('evaluation is cheap without changing its answer (ADR 0024)', () => {
  test('a step schema is built once per context; another day or routing builds another', () => {
    const schritt = schrittMitId('miete');
    if (schritt === undefined) throw new Error('miete fehlt');
    expect(schemaVon(schritt, k)).toBe(schemaVon(schritt, { heute: k.heute }));
    expect(schemaVon(schritt, k)).not.toBe(schemaVon(schritt, { ...k, heute: '2026-11-30' }));
    expect(schemaVon(schritt, mit(eindeutig))).not.toBe(schemaVon(schritt, mit(mehrdeutig)));
  });

  test('whether a date lies in the past is judged against the day of the context, not of the cached schema', () => {
    const schritt = schrittMitId('kuendigung-angaben');
    if (schritt === undefined) throw new Error('kuendigung-angaben fehlt');
    const roh = eingabe('kuendigung-angaben');
    expect(pruefeSchritt(schritt, roh, k).ok).toBe(true);
    expect(pruefeSchritt(schritt, roh, { ...k, heute: '1990-01-01' }).ok).toBe(false);
  });

  test('evaluating up to a step gives the same data as the whole draft, and stops there', () => {
    const inhalt = vorbereiten(undefined);
    for (const key of kuerzesterWeg) inhalt.eingaben[key] = eingabe(basis(key));
    const ganz = auswerten(inhalt, mit(eindeutig));
    const teil = auswerten(inhalt, mit(eindeutig), 'wohnung-sozialamt');
    expect(teil.pfad.at(-1)?.schluessel).toBe('wohnung-sozialamt');
    expect(teil.pfad).toEqual(ganz.pfad.slice(0, teil.pfad.length));
    expect(wohnungsPlz(teil.daten)).toBe(PLZ);
    expect(teil.daten['wohnung-sozialamt']).toEqual(ganz.daten['wohnung-sozialamt']);
  });

  test('a replaced answer is validated anew', () => {
    const inhalt = vorbereiten(undefined);
    for (const key of kuerzesterWeg) inhalt.eingaben[key] = eingabe(basis(key));
    const miete = () => auswerten(inhalt, mit(eindeutig)).pfad.find((s) => s.schluessel === 'miete');
    expect(miete()?.fertig).toBe(true);
    inhalt.eingaben.miete = { ...eingabe('miete'), grundmiete: 'viel' };
    expect(miete()?.fertig).toBe(false);
  });
});
