import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { metriken } from '../metriken.ts';
import { protokolliere } from './ereignis.ts';
import { kontoLadenOderFehler, LOGIN_MUSTER, normalisiereLogin, type Konto } from './konto.ts';
import { attrappenHash, brauchtNeuenHash, passwortHashen, passwortPruefen } from './passwort.ts';
import type { EreignisWeg } from './personal-tables.ts';

// The password check at login and at a password change, with the lockout after failed attempts.

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
  const row = LOGIN_MUSTER.test(login)
    ? await db.selectFrom('personal_konto').selectAll().where('login', '=', login).executeTakeFirst()
    : undefined;
  const passt = await passwortPruefen(row?.passwort_hash ?? (await attrappenHash()), eingabe.passwort);
  const log = { zeitpunkt: k.jetzt, weg: 'passwort' as const, ip: k.ip };

  const ablehnen = async (grund: AnmeldeGrund): Promise<AnmeldeErgebnis> => {
    metriken.anmeldungenAbgelehnt.inc({ weg: 'passwort', grund });
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
    metriken.anmeldungenAbgelehnt.inc({ weg: 'passwort', grund: 'falsch' });
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
