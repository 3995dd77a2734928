import type { Db } from '../db/index.ts';
import { protokolliere } from './ereignis.ts';
import { kontoLaden, type Aenderungskontext, type Konto } from './konto.ts';

// Deactivating, reactivating and unlocking an account; each in the security log.

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
