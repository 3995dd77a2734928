import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import { kontoAnlegen, type Konto } from './konto-repo.ts';
import type { Rolle } from './rollen.ts';

// Demo accounts of the embedded mode: one per role, so that a first `npm start` shows every staff area. They
// are created only when there is no account at all, never in production, never with an external database,
// and production refuses their login even if such a row ever got there (konto-repo.ts, zugang.tsx).

/** Documented in the README; the same for every demo account. */
export const DEMO_PASSWORT = 'Demo-Zugang-MV-2026';

export const demoKonten: readonly {
  login: string;
  anzeigename: string;
  rollen: Rolle[];
  behoerden: string[];
  beschreibung: string;
}[] = [
  {
    login: 'sb.rostock',
    anzeigename: 'Demo Sachbearbeitung Rostock',
    rollen: ['sachbearbeitung'],
    behoerden: ['13003'],
    beschreibung: 'Sachbearbeitung, Hansestadt Rostock (13003)',
  },
  {
    login: 'sb.schwerin',
    anzeigename: 'Demo Sachbearbeitung Schwerin',
    rollen: ['sachbearbeitung'],
    behoerden: ['13004'],
    beschreibung: 'Sachbearbeitung, Landeshauptstadt Schwerin (13004)',
  },
  {
    login: 'koordination',
    anzeigename: 'Demo Land-Koordination',
    rollen: ['land_koordination'],
    behoerden: [],
    beschreibung: 'Land-Koordination (eGo MV / MiK)',
  },
  {
    login: 'betrieb',
    anzeigename: 'Demo Betrieb',
    rollen: ['betrieb'],
    behoerden: [],
    beschreibung: 'Betrieb',
  },
];

export function demoKontenErlaubt(config: Pick<Config, 'production' | 'databaseUrl'>): boolean {
  return !config.production && config.databaseUrl === undefined;
}

/** Creates the demo accounts on the first start of an embedded installation. Returns what it created. */
export async function demoKontenAnlegen(
  db: Db,
  config: Pick<Config, 'production' | 'databaseUrl'>,
  jetzt: Date,
): Promise<Konto[]> {
  if (!demoKontenErlaubt(config)) return [];
  const vorhanden = await db
    .selectFrom('personal_konto')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(vorhanden.n) > 0) return [];
  const angelegt: Konto[] = [];
  for (const d of demoKonten) {
    const e = await kontoAnlegen(
      db,
      {
        login: d.login,
        anzeigename: d.anzeigename,
        rollen: d.rollen,
        behoerden: d.behoerden,
        passwort: DEMO_PASSWORT,
        demo: true,
      },
      { jetzt, weg: 'system' },
    );
    if (!e.ok) throw new Error(`Demo-Konto ${d.login}: ${JSON.stringify(e.fehler)}`);
    angelegt.push(e.wert);
  }
  return angelegt;
}

/** The active demo accounts, for the start message. Empty in production. */
export async function demoKontenListe(
  db: Db,
  config: Pick<Config, 'production' | 'databaseUrl'>,
): Promise<{ login: string; beschreibung: string }[]> {
  if (config.production) return [];
  const rows = await db
    .selectFrom('personal_konto')
    .select('login')
    .where('demo', '=', true)
    .where('aktiv', '=', true)
    .orderBy('login')
    .execute();
  const logins = new Set(rows.map((r) => r.login));
  return demoKonten
    .filter((d) => logins.has(d.login))
    .map((d) => ({ login: d.login, beschreibung: d.beschreibung }));
}
