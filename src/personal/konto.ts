import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import type { EreignisWeg, PersonalKonto } from './personal-tables.ts';
import { rollen as alleRollen, type Rolle } from './rollen.ts';

// Staff accounts as the rest of the app sees them, and reading them.

export type Konto = {
  id: string;
  login: string;
  anzeigename: string;
  email: string | null;
  rollen: Rolle[];
  /** AGS of the offices the account is bound to, sorted. */
  behoerden: string[];
  aktiv: boolean;
  fehlversuche: number;
  gesperrtBis: Date | null;
  passwortWechselNoetig: boolean;
  passwortGeaendertAm: Date | null;
  /** False for accounts that sign in only through OpenID Connect. */
  hatPasswort: boolean;
  demo: boolean;
  erstelltAm: Date;
  geaendertAm: Date;
};

/** Who changes something, and how (CLI, web, login). */
export type Aenderungskontext = {
  jetzt: Date;
  weg: EreignisWeg;
  ausgeloestVon?: string | null;
  ip?: string | null;
};

export function normalisiereLogin(login: string): string {
  return login.trim().toLowerCase();
}

async function behoerdenVon(db: Db, kontoIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (kontoIds.length === 0) return map;
  const rows = await db
    .selectFrom('personal_konto_behoerde')
    .select(['konto_id', 'behoerde_ags'])
    .where('konto_id', 'in', kontoIds)
    .orderBy('behoerde_ags')
    .execute();
  for (const r of rows) map.set(r.konto_id, [...(map.get(r.konto_id) ?? []), r.behoerde_ags]);
  return map;
}

function zuKonto(row: PersonalKonto, behoerden: string[]): Konto {
  return {
    id: row.id,
    login: row.login,
    anzeigename: row.anzeigename,
    email: row.email,
    rollen: alleRollen.filter((r) => row.rollen.includes(r)),
    behoerden,
    aktiv: row.aktiv,
    fehlversuche: row.fehlversuche,
    gesperrtBis: row.gesperrt_bis,
    passwortWechselNoetig: row.passwort_wechsel_noetig,
    passwortGeaendertAm: row.passwort_geaendert_am,
    hatPasswort: row.passwort_hash !== null,
    demo: row.demo,
    erstelltAm: row.erstellt_am,
    geaendertAm: row.geaendert_am,
  };
}

async function mitBehoerden(db: Db, row: PersonalKonto | undefined): Promise<Konto | undefined> {
  if (row === undefined) return undefined;
  return zuKonto(row, (await behoerdenVon(db, [row.id])).get(row.id) ?? []);
}

export async function kontoLaden(db: Db, id: string): Promise<Konto | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return mitBehoerden(
    db,
    await db.selectFrom('personal_konto').selectAll().where('id', '=', id).executeTakeFirst(),
  );
}

export async function kontoPerLogin(db: Db, login: string): Promise<Konto | undefined> {
  return mitBehoerden(
    db,
    await db
      .selectFrom('personal_konto')
      .selectAll()
      .where('login', '=', normalisiereLogin(login))
      .executeTakeFirst(),
  );
}

export async function kontoPerEmail(db: Db, email: string): Promise<Konto | undefined> {
  return mitBehoerden(
    db,
    await db
      .selectFrom('personal_konto')
      .selectAll()
      .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
      .executeTakeFirst(),
  );
}

export async function kontenListe(db: Db): Promise<Konto[]> {
  const rows = await db.selectFrom('personal_konto').selectAll().orderBy('login').execute();
  const behoerden = await behoerdenVon(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => zuKonto(r, behoerden.get(r.id) ?? []));
}

/** For right after a write: the account must be there. */
export async function kontoLadenOderFehler(db: Db, id: string): Promise<Konto> {
  const konto = await kontoLaden(db, id);
  if (konto === undefined) throw new Error(`Konto ${id} fehlt nach dem Speichern`);
  return konto;
}

export function leerZuNull(v: string | null | undefined): string | null {
  if (v === undefined || v === null) return null;
  const t = v.trim();
  return t === '' ? null : t;
}

/** What a login name may look like (after normalisiereLogin). */
export const LOGIN_MUSTER = /^[a-z0-9][a-z0-9._-]{1,62}$/;
