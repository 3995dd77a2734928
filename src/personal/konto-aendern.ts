import type { Db } from '../db/index.ts';
import { fehler, ok, type Ergebnis } from '../shared/index.ts';
import type { FeldFehler } from '../web/index.ts';
import { protokolliere } from './ereignis.ts';
import {
  kontoLaden,
  kontoLadenOderFehler,
  leerZuNull,
  normalisiereLogin,
  type Aenderungskontext,
  type Konto,
} from './konto.ts';
import { eingabePruefen, hatFehler, type KontoEingabe } from './konto-pruefung.ts';
import { passwortHashen, passwortRegelVerletzt } from './passwort.ts';
import { rollen as alleRollen } from './rollen.ts';

// Creating and changing accounts; each change is written to the security log in the same transaction.

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
): Promise<Ergebnis<Konto, FeldFehler>> {
  const feldFehler = await eingabePruefen(db, eingabe);
  const login = normalisiereLogin(eingabe.login);
  if (eingabe.passwort !== undefined && eingabe.passwort !== null) {
    const regel = passwortRegelVerletzt(eingabe.passwort, { login, anzeigename: eingabe.anzeigename });
    if (regel !== undefined) feldFehler.passwort = regel;
  }
  if (hatFehler(feldFehler)) return fehler(feldFehler);

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
  return ok(await kontoLadenOderFehler(db, id));
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
): Promise<Ergebnis<Konto, FeldFehler>> {
  const vorher = await kontoLaden(db, id);
  if (vorher === undefined) return fehler({ login: 'Dieses Konto gibt es nicht.' });
  const rollenNeu = aenderung.rollen ?? vorher.rollen;
  const behoerdenNeu = [...new Set(aenderung.behoerden ?? vorher.behoerden)].sort();
  const feldFehler = await eingabePruefen(
    db,
    {
      ...(aenderung.anzeigename !== undefined ? { anzeigename: aenderung.anzeigename } : {}),
      ...(aenderung.email !== undefined ? { email: aenderung.email } : {}),
      rollen: rollenNeu,
      behoerden: behoerdenNeu,
    },
    id,
  );
  if (hatFehler(feldFehler)) return fehler(feldFehler);

  const rollen = alleRollen.filter((r) => rollenNeu.includes(r));
  const rollenGeaendert =
    rollen.join(',') !== vorher.rollen.join(',') || behoerdenNeu.join(',') !== vorher.behoerden.join(',');
  const felder = [
    aenderung.anzeigename !== undefined && aenderung.anzeigename.trim() !== vorher.anzeigename
      ? 'anzeigename'
      : null,
    aenderung.email !== undefined && leerZuNull(aenderung.email) !== vorher.email ? 'email' : null,
  ].filter((f) => f !== null);

  if (!rollenGeaendert && felder.length === 0) return ok(vorher);
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
  return ok(await kontoLadenOderFehler(db, id));
}
