import { isoDatum, parseDatum, plusTage, wochentag } from './kalender.ts';

// Public holidays in Mecklenburg-Vorpommern (Feiertagsgesetz M-V, § 2). The Internationaler Frauentag
// (8 March) is a holiday since 2023. Ostersonntag and Pfingstsonntag are Sundays anyway and are not listed.

export interface Feiertag {
  datum: string;
  name: string;
}

/** Easter Sunday of the Gregorian calendar (Meeus/Jones/Butcher algorithm, i.e. Gauss's rule). */
export function ostersonntag(jahr: number): string {
  const a = jahr % 19;
  const b = Math.floor(jahr / 100);
  const c = jahr % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monat = Math.floor((h + l - 7 * m + 114) / 31);
  const tag = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDatum({ jahr, monat, tag });
}

const FRAUENTAG_SEIT = 2023;

export function feiertageMV(jahr: number): Feiertag[] {
  if (!Number.isInteger(jahr) || jahr < 1583 || jahr > 9999) throw new RangeError(`Ungültiges Jahr: ${jahr}`);
  const fest = (monat: number, tag: number, name: string): Feiertag => ({
    datum: isoDatum({ jahr, monat, tag }),
    name,
  });
  const ostern = ostersonntag(jahr);
  const beweglich = (abstand: number, name: string): Feiertag => ({ datum: plusTage(ostern, abstand), name });
  const liste: Feiertag[] = [
    fest(1, 1, 'Neujahr'),
    ...(jahr >= FRAUENTAG_SEIT ? [fest(3, 8, 'Internationaler Frauentag')] : []),
    beweglich(-2, 'Karfreitag'),
    beweglich(1, 'Ostermontag'),
    fest(5, 1, 'Tag der Arbeit'),
    beweglich(39, 'Christi Himmelfahrt'),
    beweglich(50, 'Pfingstmontag'),
    fest(10, 3, 'Tag der Deutschen Einheit'),
    fest(10, 31, 'Reformationstag'),
    fest(12, 25, '1. Weihnachtstag'),
    fest(12, 26, '2. Weihnachtstag'),
  ];
  return liste.sort((x, y) => x.datum.localeCompare(y.datum));
}

const cache = new Map<number, Map<string, string>>();

function feiertagsname(iso: string): string | undefined {
  const jahr = parseDatum(iso).jahr;
  let tage = cache.get(jahr);
  if (!tage) {
    tage = new Map(feiertageMV(jahr).map((f) => [f.datum, f.name]));
    cache.set(jahr, tage);
  }
  return tage.get(iso);
}

export function istFeiertagMV(iso: string): boolean {
  return feiertagsname(iso) !== undefined;
}

/** The holiday's name, or undefined on an ordinary day. */
export function feiertagMV(iso: string): string | undefined {
  return feiertagsname(iso);
}

/** Neither Saturday, Sunday nor a public holiday in Mecklenburg-Vorpommern (§ 193 BGB). */
export function istArbeitstag(iso: string): boolean {
  const w = wochentag(iso);
  return w !== 0 && w !== 6 && !istFeiertagMV(iso);
}

/** The day itself when it is a working day, otherwise the next working day. */
export function naechsterArbeitstag(iso: string): string {
  let tag = iso;
  while (!istArbeitstag(tag)) tag = plusTage(tag, 1);
  return tag;
}
