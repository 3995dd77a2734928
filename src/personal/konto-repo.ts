import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { FeldFehler } from '../web/komponenten/formular.tsx';
import { protokolliere } from './ereignis.ts';
import {
  attrappenHash,
  brauchtNeuenHash,
  passwortHashen,
  passwortPruefen,
  passwortRegelVerletzt,
} from './passwort.ts';
import type { EreignisWeg, PersonalKonto } from './personal-tables.ts';
import { rollen as alleRollen, type Rolle } from './rollen.ts';

// Staff accounts: creation and changes (each one in the security log), and the password check with lockout.

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

export type Ergebnis<T> = { ok: true; wert: T } | { ok: false; fehler: FeldFehler };

/** Who changes something, and how (CLI, web, login). */
export type Aenderungskontext = {
  jetzt: Date;
  weg: EreignisWeg;
  ausgeloestVon?: string | null;
  ip?: string | null;
};

// ---- lockout policy --------------------------------------------------------------------------------------

export const SPERRE_NACH_FEHLVERSUCHEN = 5;
export const SPERRE_MINUTEN = 15;
export const SPERRE_HOECHSTENS_MINUTEN = 24 * 60;

/**
 * After every 5th consecutive failure the account is locked: 15 minutes, then 30, 60 … up to 24 hours. Attempts
 * during a lock are refused without being counted, so an attacker cannot keep an account locked for longer
 * than the policy says by hammering it.
 */
export function sperrdauerMinuten(fehlversuche: number): number | null {
  if (fehlversuche < SPERRE_NACH_FEHLVERSUCHEN || fehlversuche % SPERRE_NACH_FEHLVERSUCHEN !== 0) return null;
  const stufe = fehlversuche / SPERRE_NACH_FEHLVERSUCHEN - 1;
  return Math.min(SPERRE_MINUTEN * 2 ** stufe, SPERRE_HOECHSTENS_MINUTEN);
}

// ---- reading ---------------------------------------------------------------------------------------------

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

// ---- validation ------------------------------------------------------------------------------------------

export type KontoEingabe = {
  login: string;
  anzeigename: string;
  email?: string | null | undefined;
  rollen: string[];
  behoerden: string[];
};

const LOGIN = /^[a-z0-9][a-z0-9._-]{1,62}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function istRolle(r: string): r is Rolle {
  return (alleRollen as readonly string[]).includes(r);
}

async function eingabePruefen(db: Db, e: Partial<KontoEingabe>, ausserKontoId?: string): Promise<FeldFehler> {
  const fehler: FeldFehler = {};
  if (e.login !== undefined) {
    const login = normalisiereLogin(e.login);
    if (!LOGIN.test(login)) {
      fehler.login =
        'Der Anmeldename muss 2 bis 63 Zeichen lang sein: Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich, vorne ein Buchstabe oder eine Ziffer.';
    } else {
      const vorhanden = await db
        .selectFrom('personal_konto')
        .select('id')
        .where('login', '=', login)
        .executeTakeFirst();
      if (vorhanden !== undefined && vorhanden.id !== ausserKontoId)
        fehler.login = `Den Anmeldenamen „${login}“ gibt es schon.`;
    }
  }
  if (e.anzeigename !== undefined) {
    const name = e.anzeigename.trim();
    if (name.length === 0) fehler.anzeigename = 'Geben Sie den Namen ein, der angezeigt werden soll.';
    else if (name.length > 200) fehler.anzeigename = 'Der Name darf höchstens 200 Zeichen lang sein.';
  }
  if (e.email !== undefined && e.email !== null && e.email.trim() !== '') {
    const email = e.email.trim();
    if (!EMAIL.test(email) || email.length > 254) {
      fehler.email = 'Geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.';
    } else {
      const vorhanden = await db
        .selectFrom('personal_konto')
        .select('id')
        .where(sql<string>`lower(email)`, '=', email.toLowerCase())
        .executeTakeFirst();
      if (vorhanden !== undefined && vorhanden.id !== ausserKontoId)
        fehler.email = 'Diese E-Mail-Adresse gehört schon zu einem anderen Konto.';
    }
  }
  if (e.rollen !== undefined) {
    const unbekannt = e.rollen.filter((r) => !istRolle(r));
    if (unbekannt.length > 0)
      fehler.rollen = `Unbekannte Rolle: ${unbekannt.join(', ')}. Möglich sind: ${alleRollen.join(', ')}.`;
    else if (e.rollen.length === 0) fehler.rollen = 'Wählen Sie mindestens eine Rolle.';
  }
  if (e.behoerden !== undefined) {
    const falsch = e.behoerden.filter((a) => !/^[0-9]{5}$/.test(a));
    if (falsch.length > 0) {
      fehler.behoerden = `Ein Sozialamt wird mit dem fünfstelligen Kreisschlüssel (AGS) angegeben, z. B. 13003; falsch: ${falsch.join(', ')}.`;
    } else if (e.behoerden.length > 0) {
      const bekannt = new Set(
        (await db.selectFrom('behoerde').select('ags').where('ags', 'in', e.behoerden).execute()).map(
          (r) => r.ags,
        ),
      );
      const fehlt = e.behoerden.filter((a) => !bekannt.has(a));
      if (fehlt.length > 0)
        fehler.behoerden = `Ein Sozialamt mit dem Kreisschlüssel ${fehlt.join(', ')} gibt es nicht.`;
    }
    if (
      fehler.behoerden === undefined &&
      e.rollen?.includes('sachbearbeitung') === true &&
      e.behoerden.length === 0
    )
      fehler.behoerden = 'Ein Konto der Sachbearbeitung braucht mindestens ein Sozialamt.';
  }
  return fehler;
}

const hatFehler = (f: FeldFehler) => Object.values(f).some((v) => v !== undefined);

// ---- changes ---------------------------------------------------------------------------------------------

export async function kontoAnlegen(
  db: Db,
  eingabe: KontoEingabe & {
    /** Omitted or null: the account signs in only through OpenID Connect. */
    passwort?: string | null;
    /** True for a password the holder did not choose (generated, handed over). */
    passwortWechselNoetig?: boolean;
    demo?: boolean;
  },
  k: Aenderungskontext,
): Promise<Ergebnis<Konto>> {
  const fehler = await eingabePruefen(db, eingabe);
  const login = normalisiereLogin(eingabe.login);
  if (eingabe.passwort !== undefined && eingabe.passwort !== null) {
    const regel = passwortRegelVerletzt(eingabe.passwort, { login, anzeigename: eingabe.anzeigename });
    if (regel !== undefined) fehler.passwort = regel;
  }
  if (hatFehler(fehler)) return { ok: false, fehler };

  const passwortHash =
    eingabe.passwort === undefined || eingabe.passwort === null
      ? null
      : await passwortHashen(eingabe.passwort);
  const rollen = alleRollen.filter((r) => eingabe.rollen.includes(r));
  const behoerden = [...new Set(eingabe.behoerden)].sort();
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('personal_konto')
      .values({
        login,
        anzeigename: eingabe.anzeigename.trim(),
        email: leerZuNull(eingabe.email),
        passwort_hash: passwortHash,
        rollen,
        passwort_wechsel_noetig: passwortHash !== null && eingabe.passwortWechselNoetig === true,
        passwort_geaendert_am: passwortHash === null ? null : k.jetzt,
        demo: eingabe.demo ?? false,
        erstellt_am: k.jetzt,
        geaendert_am: k.jetzt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (behoerden.length > 0)
      await trx
        .insertInto('personal_konto_behoerde')
        .values(behoerden.map((ags) => ({ konto_id: row.id, behoerde_ags: ags })))
        .execute();
    await protokolliere(trx, {
      art: 'konto_angelegt',
      zeitpunkt: k.jetzt,
      weg: k.weg,
      kontoId: row.id,
      ausgeloestVon: k.ausgeloestVon ?? null,
      ip: k.ip ?? null,
      details: { login, rollen, behoerden, mitPasswort: passwortHash !== null, demo: eingabe.demo ?? false },
    });
    return row.id;
  });
  return { ok: true, wert: await kontoLadenOderFehler(db, id) };
}

export type KontoAenderung = {
  anzeigename?: string;
  email?: string | null;
  rollen?: string[];
  behoerden?: string[];
};

export async function kontoAendern(
  db: Db,
  id: string,
  aenderung: KontoAenderung,
  k: Aenderungskontext,
): Promise<Ergebnis<Konto>> {
  const vorher = await kontoLaden(db, id);
  if (vorher === undefined) return { ok: false, fehler: { login: 'Dieses Konto gibt es nicht.' } };
  const rollenNeu = aenderung.rollen ?? vorher.rollen;
  const behoerdenNeu = [...new Set(aenderung.behoerden ?? vorher.behoerden)].sort();
  const fehler = await eingabePruefen(
    db,
    {
      ...(aenderung.anzeigename !== undefined ? { anzeigename: aenderung.anzeigename } : {}),
      ...(aenderung.email !== undefined ? { email: aenderung.email } : {}),
      rollen: rollenNeu,
      behoerden: behoerdenNeu,
    },
    id,
  );
  if (hatFehler(fehler)) return { ok: false, fehler };

  const rollen = alleRollen.filter((r) => rollenNeu.includes(r));
  const rollenGeaendert =
    rollen.join(',') !== vorher.rollen.join(',') || behoerdenNeu.join(',') !== vorher.behoerden.join(',');
  const felder = [
    aenderung.anzeigename !== undefined && aenderung.anzeigename.trim() !== vorher.anzeigename
      ? 'anzeigename'
      : null,
    aenderung.email !== undefined && leerZuNull(aenderung.email) !== vorher.email ? 'email' : null,
  ].filter((f) => f !== null);

  if (!rollenGeaendert && felder.length === 0) return { ok: true, wert: vorher };
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('personal_konto')
      .set({
        anzeigename: aenderung.anzeigename?.trim() ?? vorher.anzeigename,
        email: aenderung.email === undefined ? vorher.email : leerZuNull(aenderung.email),
        rollen,
        geaendert_am: k.jetzt,
      })
      .where('id', '=', id)
      .execute();
    if (rollenGeaendert) {
      await trx.deleteFrom('personal_konto_behoerde').where('konto_id', '=', id).execute();
      if (behoerdenNeu.length > 0)
        await trx
          .insertInto('personal_konto_behoerde')
          .values(behoerdenNeu.map((ags) => ({ konto_id: id, behoerde_ags: ags })))
          .execute();
      await protokolliere(trx, {
        art: 'rollen_geaendert',
        zeitpunkt: k.jetzt,
        weg: k.weg,
        kontoId: id,
        ausgeloestVon: k.ausgeloestVon ?? null,
        ip: k.ip ?? null,
        details: {
          vorher: { rollen: vorher.rollen, behoerden: vorher.behoerden },
          nachher: { rollen, behoerden: behoerdenNeu },
        },
      });
    }
    if (felder.length > 0)
      await protokolliere(trx, {
        art: 'konto_geaendert',
        zeitpunkt: k.jetzt,
        weg: k.weg,
        kontoId: id,
        ausgeloestVon: k.ausgeloestVon ?? null,
        ip: k.ip ?? null,
        details: { felder },
      });
  });
  return { ok: true, wert: await kontoLadenOderFehler(db, id) };
}

/** Deactivates (false) or reactivates (true) an account. A deactivated account's sessions stop working. */
export async function kontoAktivSetzen(
  db: Db,
  id: string,
  aktiv: boolean,
  k: Aenderungskontext,
): Promise<Konto | undefined> {
  const vorher = await kontoLaden(db, id);
  if (vorher === undefined) return undefined;
  if (vorher.aktiv === aktiv) return vorher;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('personal_konto')
      .set({
        aktiv,
        geaendert_am: k.jetzt,
        ...(aktiv ? { fehlversuche: 0, gesperrt_bis: null } : {}),
      })
      .where('id', '=', id)
      .execute();
    await protokolliere(trx, {
      art: aktiv ? 'konto_aktiviert' : 'konto_deaktiviert',
      zeitpunkt: k.jetzt,
      weg: k.weg,
      kontoId: id,
      ausgeloestVon: k.ausgeloestVon ?? null,
      ip: k.ip ?? null,
    });
  });
  return kontoLaden(db, id);
}

/** Ends a lockout after failed logins early and resets the counter. */
export async function sperreAufheben(db: Db, id: string, k: Aenderungskontext): Promise<Konto | undefined> {
  const vorher = await kontoLaden(db, id);
  if (vorher === undefined) return undefined;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('personal_konto')
      .set({ fehlversuche: 0, gesperrt_bis: null, geaendert_am: k.jetzt })
      .where('id', '=', id)
      .execute();
    await protokolliere(trx, {
      art: 'sperre_aufgehoben',
      zeitpunkt: k.jetzt,
      weg: k.weg,
      kontoId: id,
      ausgeloestVon: k.ausgeloestVon ?? null,
      ip: k.ip ?? null,
      details: { fehlversucheVorher: vorher.fehlversuche },
    });
  });
  return kontoLaden(db, id);
}

/**
 * Sets a new password after checking the rules (also: not the current one). `wechselNoetig` marks a password
 * the holder did not choose; they must replace it at the next login.
 */
export async function passwortSetzen(
  db: Db,
  id: string,
  passwort: string,
  optionen: { wechselNoetig: boolean },
  k: Aenderungskontext,
): Promise<Ergebnis<Konto>> {
  const row = await db.selectFrom('personal_konto').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return { ok: false, fehler: { login: 'Dieses Konto gibt es nicht.' } };
  const regel = passwortRegelVerletzt(passwort, {
    login: row.login,
    anzeigename: row.anzeigename,
    bisherigerHashPasst: row.passwort_hash !== null && (await passwortPruefen(row.passwort_hash, passwort)),
  });
  if (regel !== undefined) return { ok: false, fehler: { passwort: regel } };
  const neu = await passwortHashen(passwort);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('personal_konto')
      .set({
        passwort_hash: neu,
        passwort_wechsel_noetig: optionen.wechselNoetig,
        passwort_geaendert_am: k.jetzt,
        fehlversuche: 0,
        gesperrt_bis: null,
        geaendert_am: k.jetzt,
      })
      .where('id', '=', id)
      .execute();
    await protokolliere(trx, {
      art: 'passwort_geaendert',
      zeitpunkt: k.jetzt,
      weg: k.weg,
      kontoId: id,
      ausgeloestVon: k.ausgeloestVon ?? null,
      ip: k.ip ?? null,
      details: { wechselNoetig: optionen.wechselNoetig },
    });
  });
  return { ok: true, wert: await kontoLadenOderFehler(db, id) };
}

// ---- login -----------------------------------------------------------------------------------------------

export type AnmeldeGrund =
  'unbekannt' | 'falsch' | 'gesperrt' | 'inaktiv' | 'ohne_passwort' | 'demo_im_betrieb';

export type AnmeldeErgebnis = { ok: true; konto: Konto } | { ok: false; grund: AnmeldeGrund };

/**
 * Checks login name and password. Runs exactly one argon2id verification on every path, also for unknown
 * names (against a dummy hash) and locked accounts, so the answer time tells nothing about the account.
 */
export async function anmeldungPruefen(
  db: Db,
  eingabe: { login: string; passwort: string },
  k: { jetzt: Date; ip: string | null; production: boolean },
): Promise<AnmeldeErgebnis> {
  const login = normalisiereLogin(eingabe.login);
  const row = LOGIN.test(login)
    ? await db.selectFrom('personal_konto').selectAll().where('login', '=', login).executeTakeFirst()
    : undefined;
  const passt = await passwortPruefen(row?.passwort_hash ?? (await attrappenHash()), eingabe.passwort);
  const log = { zeitpunkt: k.jetzt, weg: 'passwort' as const, ip: k.ip };

  const ablehnen = async (grund: AnmeldeGrund): Promise<AnmeldeErgebnis> => {
    await protokolliere(db, {
      ...log,
      art: grund === 'gesperrt' ? 'anmeldung_waehrend_sperre' : 'anmeldung_fehlgeschlagen',
      kontoId: row?.id ?? null,
      details: { grund },
    });
    return { ok: false, grund };
  };

  if (row === undefined) return ablehnen('unbekannt');
  if (!row.aktiv) return ablehnen('inaktiv');
  if (row.demo && k.production) return ablehnen('demo_im_betrieb');
  if (row.passwort_hash === null) return ablehnen('ohne_passwort');
  if (row.gesperrt_bis !== null && row.gesperrt_bis > k.jetzt) return ablehnen('gesperrt');

  if (!passt) {
    await fehlversuchBuchen(db, row.id, { ...log, grund: 'falsch' });
    return { ok: false, grund: 'falsch' };
  }

  const neuerHash = brauchtNeuenHash(row.passwort_hash) ? await passwortHashen(eingabe.passwort) : undefined;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('personal_konto')
      .set({
        fehlversuche: 0,
        gesperrt_bis: null,
        ...(neuerHash !== undefined ? { passwort_hash: neuerHash } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    await protokolliere(trx, {
      ...log,
      art: 'anmeldung_erfolgreich',
      kontoId: row.id,
      details: neuerHash !== undefined ? { hashErneuert: true } : {},
    });
  });
  return { ok: true, konto: await kontoLadenOderFehler(db, row.id) };
}

/** Counts a failed password (login or password change) and locks the account when the policy says so. */
export async function fehlversuchBuchen(
  db: Db,
  id: string,
  e: { zeitpunkt: Date; weg: EreignisWeg; ip: string | null; grund: string },
): Promise<{ fehlversuche: number; gesperrtBis: Date | null }> {
  return db.transaction().execute(async (trx) => {
    const { fehlversuche } = await trx
      .updateTable('personal_konto')
      .set({ fehlversuche: sql<number>`fehlversuche + 1` })
      .where('id', '=', id)
      .returning('fehlversuche')
      .executeTakeFirstOrThrow();
    await protokolliere(trx, {
      art: 'anmeldung_fehlgeschlagen',
      zeitpunkt: e.zeitpunkt,
      weg: e.weg,
      kontoId: id,
      ip: e.ip,
      details: { grund: e.grund, fehlversuche },
    });
    const minuten = sperrdauerMinuten(fehlversuche);
    if (minuten === null) return { fehlversuche, gesperrtBis: null };
    const gesperrtBis = new Date(e.zeitpunkt.getTime() + minuten * 60_000);
    await trx.updateTable('personal_konto').set({ gesperrt_bis: gesperrtBis }).where('id', '=', id).execute();
    await protokolliere(trx, {
      art: 'konto_gesperrt',
      zeitpunkt: e.zeitpunkt,
      weg: e.weg,
      kontoId: id,
      ip: e.ip,
      details: { fehlversuche, minuten, bis: gesperrtBis.toISOString() },
    });
    return { fehlversuche, gesperrtBis };
  });
}

/** Checks the current password of a signed-in person (password change); a wrong one counts as a failure. */
export async function aktuellesPasswortPruefen(
  db: Db,
  id: string,
  passwort: string,
  k: { jetzt: Date; ip: string | null },
): Promise<boolean> {
  const row = await db
    .selectFrom('personal_konto')
    .select(['passwort_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
  const passt = await passwortPruefen(row?.passwort_hash ?? (await attrappenHash()), passwort);
  if (row === undefined || row.passwort_hash === null) return false;
  if (!passt)
    await fehlversuchBuchen(db, id, { zeitpunkt: k.jetzt, weg: 'web', ip: k.ip, grund: 'passwortwechsel' });
  return passt;
}

// ---- helpers ---------------------------------------------------------------------------------------------

function leerZuNull(v: string | null | undefined): string | null {
  if (v === undefined || v === null) return null;
  const t = v.trim();
  return t === '' ? null : t;
}

async function kontoLadenOderFehler(db: Db, id: string): Promise<Konto> {
  const konto = await kontoLaden(db, id);
  if (konto === undefined) throw new Error(`Konto ${id} fehlt nach dem Speichern`);
  return konto;
}
