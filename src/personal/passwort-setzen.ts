import type { Db } from '../db/index.ts';
import { fehler, ok, type Ergebnis } from '../shared/index.ts';
import type { FeldFehler } from '../web/index.ts';
import { protokolliere } from './ereignis.ts';
import { kontoLadenOderFehler, type Aenderungskontext, type Konto } from './konto.ts';
import { passwortHashen, passwortPruefen, passwortRegelVerletzt } from './passwort.ts';

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
): Promise<Ergebnis<Konto, FeldFehler>> {
  const row = await db.selectFrom('personal_konto').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return fehler({ login: 'Dieses Konto gibt es nicht.' });
  const regel = passwortRegelVerletzt(passwort, {
    login: row.login,
    anzeigename: row.anzeigename,
    bisherigerHashPasst: row.passwort_hash !== null && (await passwortPruefen(row.passwort_hash, passwort)),
  });
  if (regel !== undefined) return fehler({ passwort: regel });
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
  return ok(await kontoLadenOderFehler(db, id));
}
