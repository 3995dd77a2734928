import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { GEMEINDEN_DE } from '../../test/pfade.ts';
import { behoerdenSeed } from '../katalog/behoerden.ts';
import type { Behoerde } from '../katalog/katalog-tables.ts';
import { nachnutzungZustaende } from '../nachnutzung/nachnutzung-tables.ts';
import {
  bestimmeZustaendigkeit,
  bewerteVerfuegbarkeit,
  jobcenterHinweis,
  kreisAgs,
  normalisierePlz,
  plzKannInMvLiegen,
  type VerzeichnisEintrag,
} from './regeln.ts';

const behoerden: Behoerde[] = behoerdenSeed().map((b) => ({ ...b, aktualisiert_am: new Date(0) }));
const rostock = behoerden.find((b) => b.ags === '13003')!;

function eintrag(
  plz: string,
  ags: string,
  name: string,
  land = 'Mecklenburg-Vorpommern',
  kreis: string | null = null,
) {
  return { plz, ags, name, kreis_name: kreis, land } satisfies VerzeichnisEintrag;
}

const verzeichnis = [
  eintrag('19053', '13004000', 'Schwerin'),
  eintrag('18059', '13003000', 'Rostock'),
  eintrag('18059', '13072077', 'Papendorf', undefined, 'Landkreis Rostock'),
  eintrag('18059', '13072080', 'Pölchow', undefined, 'Landkreis Rostock'),
  eintrag('19273', '13076016', 'Brahlstorf', undefined, 'Landkreis Ludwigslust-Parchim'),
  eintrag('19273', '03355009', 'Bleckede', 'Niedersachsen', 'Landkreis Lüneburg'),
  eintrag('20095', '02000000', 'Hamburg', 'Hamburg'),
  eintrag('17268', '12073572', 'Templin', 'Brandenburg', 'Landkreis Uckermark'),
  eintrag('17268', '12073201', 'Gerswalde', 'Brandenburg', 'Landkreis Uckermark'),
  eintrag('18000', '13000999', 'Küstengewässer'),
];

const bestimme = (plz: string, gemeindeAgs?: string, vorhanden = true) =>
  bestimmeZustaendigkeit(
    { plz, gemeindeAgs },
    { verzeichnisVorhanden: vorhanden, eintraege: verzeichnis.filter((e) => e.plz === plz), behoerden },
  );

test('one municipality in M-V: unique, the Kreis is the first five digits of the AGS', () => {
  expect(bestimme('19053')).toEqual({
    art: 'eindeutig',
    plz: '19053',
    gemeinde: { ags: '13004000', name: 'Schwerin' },
    behoerdeAgs: '13004',
  });
  expect(kreisAgs('13072077')).toBe('13072');
});

test('several municipalities: the citizen picks one; a valid pick makes it unique', () => {
  const r = bestimme('18059');
  expect(r).toEqual({
    art: 'mehrdeutig',
    plz: '18059',
    gemeinden: [
      { ags: '13072077', name: 'Papendorf', behoerdeAgs: '13072', behoerdeName: 'Landkreis Rostock' },
      { ags: '13072080', name: 'Pölchow', behoerdeAgs: '13072', behoerdeName: 'Landkreis Rostock' },
      {
        ags: '13003000',
        name: 'Rostock',
        behoerdeAgs: '13003',
        behoerdeName: 'Hanse- und Universitätsstadt Rostock',
      },
    ],
    ausserhalb: [],
    auswahlUngueltig: false,
  });
  expect(bestimme('18059', '13072080')).toMatchObject({ art: 'eindeutig', behoerdeAgs: '13072' });
  expect(bestimme('18059', '13003000')).toMatchObject({ art: 'eindeutig', behoerdeAgs: '13003' });
  expect(bestimme('18059', '13004000')).toMatchObject({ art: 'mehrdeutig', auswahlUngueltig: true });
  expect(bestimme('18059', '')).toMatchObject({ art: 'mehrdeutig', auswahlUngueltig: false });
});

test('a postal code shared with another Land offers the M-V municipality and names the other one', () => {
  expect(bestimme('19273')).toEqual({
    art: 'mehrdeutig',
    plz: '19273',
    gemeinden: [
      {
        ags: '13076016',
        name: 'Brahlstorf',
        behoerdeAgs: '13076',
        behoerdeName: 'Landkreis Ludwigslust-Parchim',
      },
    ],
    ausserhalb: [{ ags: '03355009', name: 'Bleckede', kreis: 'Landkreis Lüneburg', land: 'Niedersachsen' }],
    auswahlUngueltig: false,
  });
  expect(bestimme('19273', '03355009')).toEqual({
    art: 'ausserhalb_mv',
    plz: '19273',
    land: 'Niedersachsen',
    kreis: 'Landkreis Lüneburg',
    orte: [{ ags: '03355009', name: 'Bleckede', kreis: 'Landkreis Lüneburg', land: 'Niedersachsen' }],
  });
  expect(bestimme('19273', '13076016')).toMatchObject({ art: 'eindeutig', behoerdeAgs: '13076' });
});

test('outside M-V: the Land and the Kreis from the data; a kreisfreie Stadt is its own Kreis', () => {
  expect(bestimme('17268')).toMatchObject({
    art: 'ausserhalb_mv',
    land: 'Brandenburg',
    kreis: 'Landkreis Uckermark',
  });
  expect(bestimme('20095')).toMatchObject({ art: 'ausserhalb_mv', land: 'Hamburg', kreis: 'Hamburg' });
});

test('a code the gazetteer does not know is outside M-V unless it lies in a postal range of M-V', () => {
  expect(bestimme('22089')).toEqual({ art: 'ausserhalb_mv', plz: '22089', orte: [] });
  expect(bestimme('99999')).toEqual({ art: 'ausserhalb_mv', plz: '99999', orte: [] });
  expect(bestimme('16999')).toMatchObject({ art: 'ausserhalb_mv' });
  expect(bestimme('23899')).toMatchObject({ art: 'ausserhalb_mv' });
  for (const plz of ['17000', '18999', '19999', '23900', '23999']) {
    expect(bestimme(plz)).toEqual({ art: 'unbekannt', plz });
  }
  for (const [plz, erwartet] of [
    ['16999', false],
    ['17000', true],
    ['19999', true],
    ['20000', false],
    ['23899', false],
    ['23900', true],
    ['23999', true],
    ['24000', false],
  ] as const) {
    expect(plzKannInMvLiegen(plz), plz).toBe(erwartet);
  }
});

test('every M-V postal code of the shipped gazetteer lies in the M-V postal ranges', async () => {
  const text = await readFile(GEMEINDEN_DE, 'utf8');
  const mv = new Set(
    text
      .split('\n')
      .slice(1)
      .map((z) => z.split(','))
      .filter((f) => f[1]?.startsWith('13'))
      .map((f) => f[3] ?? ''),
  );
  expect(mv.size).toBe(192);
  expect([...mv].filter((plz) => !plzKannInMvLiegen(plz))).toEqual([]);
});

test('unknown postal code, invalid input, an M-V key without an office, and no gazetteer', () => {
  expect(bestimme('abc')).toEqual({ art: 'unbekannt', plz: 'abc' });
  expect(bestimme('18000')).toEqual({ art: 'unbekannt', plz: '18000' });
  expect(bestimme('19053', undefined, false)).toEqual({ art: 'ohne_verzeichnis' });
  // Without a gazetteer, Hamburg (22089) is still outside: no Kreis list that would let it pick Rostock.
  expect(bestimme('22089', undefined, false)).toEqual({ art: 'ausserhalb_mv', plz: '22089', orte: [] });
  expect(normalisierePlz(' 18 059 ')).toBe('18059');
  expect(normalisierePlz('1805')).toBeNull();
  expect(normalisierePlz('180591')).toBeNull();
});

test('availability for every re-use state', () => {
  const erwartet: Record<string, string> = {
    nicht_angebunden: 'schriftlich',
    interesse_bekundet: 'schriftlich',
    bedingungen_akzeptiert: 'schriftlich',
    unterlagen_bereitgestellt: 'schriftlich',
    technisch_angebunden: 'schriftlich',
    test_erfolgreich: 'schriftlich',
    produktiv: 'online',
    voruebergehend_abgemeldet: 'voruebergehend_nicht_verfuegbar',
    kuendigung_angekuendigt: 'online',
    abgemeldet: 'schriftlich',
  };
  for (const zustand of nachnutzungZustaende) {
    const v = bewerteVerfuegbarkeit(
      { zustand, hinweis_text: null, wirksam_zum: null },
      rostock,
      '2026-11-29',
    );
    expect(v.art, zustand).toBe(erwartet[zustand]);
    expect(v.kontakt).toEqual({
      ags: '13003',
      name: 'Hanse- und Universitätsstadt Rostock',
      amt: 'Amt für Soziales und Teilhabe, Abteilung Sozialhilfe, Sachgebiet Grundsicherung I und II',
      strasse: 'St.-Georg-Straße 109',
      plz: '18055',
      ort: 'Rostock',
      telefon: '+49 381 381-2547',
      email: null,
      webseite: 'https://rathaus.rostock.de',
      sprechzeiten: 'Dienstag 9 bis 12 Uhr und 13:30 bis 18 Uhr',
    });
  }
  expect(bewerteVerfuegbarkeit(undefined, rostock, '2026-11-29')).toMatchObject({
    art: 'schriftlich',
    grund: 'nicht_angebunden',
  });
});

test('an announced deregistration: online until the day before the effective date, then written', () => {
  const stand = {
    zustand: 'kuendigung_angekuendigt' as const,
    hinweis_text: null,
    wirksam_zum: '2027-02-28',
  };
  expect(bewerteVerfuegbarkeit(stand, rostock, '2027-02-27')).toMatchObject({
    art: 'online',
    endetAm: '2027-02-28',
  });
  expect(bewerteVerfuegbarkeit(stand, rostock, '2027-02-28')).toMatchObject({
    art: 'schriftlich',
    grund: 'abgemeldet',
  });
  expect(bewerteVerfuegbarkeit(stand, rostock, '2027-03-01').art).toBe('schriftlich');
});

test('a temporary deregistration carries the office notice', () => {
  const v = bewerteVerfuegbarkeit(
    {
      zustand: 'voruebergehend_abgemeldet',
      hinweis_text: 'Umstellung des Fachverfahrens',
      wirksam_zum: null,
    },
    rostock,
    '2026-11-29',
  );
  expect(v).toMatchObject({
    art: 'voruebergehend_nicht_verfuegbar',
    hinweis: 'Umstellung des Fachverfahrens',
  });
});

test('a temporary deregistration counts from its first day to its announced end, before the job switches', () => {
  const geplant = {
    zustand: 'produktiv' as const,
    hinweis_text: 'Umstellung des Fachverfahrens',
    wirksam_zum: null,
    voruebergehend_ab: '2026-12-01',
    voruebergehend_bis: '2026-12-15',
  };
  expect(bewerteVerfuegbarkeit(geplant, rostock, '2026-11-30').art).toBe('online');
  expect(bewerteVerfuegbarkeit(geplant, rostock, '2026-12-01')).toMatchObject({
    art: 'voruebergehend_nicht_verfuegbar',
    hinweis: 'Umstellung des Fachverfahrens',
  });
  expect(bewerteVerfuegbarkeit(geplant, rostock, '2026-12-15').art).toBe('online');
  const begonnen = { ...geplant, zustand: 'voruebergehend_abgemeldet' as const };
  expect(bewerteVerfuegbarkeit(begonnen, rostock, '2026-12-14').art).toBe('voruebergehend_nicht_verfuegbar');
  expect(bewerteVerfuegbarkeit(begonnen, rostock, '2026-12-15').art).toBe('online');
  expect(bewerteVerfuegbarkeit({ ...begonnen, voruebergehend_bis: null }, rostock, '2030-01-01').art).toBe(
    'voruebergehend_nicht_verfuegbar',
  );
});

test('the Jobcenter hint for Bürgergeld recipients names § 22 Abs. 8 SGB II and does not block', () => {
  expect(jobcenterHinweis(false)).toBeNull();
  const text = jobcenterHinweis(true);
  expect(text).toContain('Jobcenter zuständig (§ 22 Abs. 8 SGB II)');
  expect(text).toContain('Sie können den Antrag aber auch hier stellen');
});
