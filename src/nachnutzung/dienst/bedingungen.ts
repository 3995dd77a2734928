import type { DbOderTrx } from '../nachnutzung-repo.ts';
import { aktuelleBedingungenVersion } from '../repo/bedingungen.ts';
import type { NachnutzungZustand } from '../nachnutzung-tables.ts';
import {
  Abbruch,
  type Akteur,
  type DienstDeps,
  type Ergebnis,
  type Paar,
  inTransaktion,
  nein,
  ok,
} from './grundlagen.ts';
import { protokolliere } from './protokoll.ts';
import { aktion, aktuellerZustand, uebergehen } from './uebergang.ts';
import { sperreBehoerdenkatalog } from '../../katalog/index.ts';

// Nachnutzungsbedingungen.

export async function ladeBedingungenHoch(
  deps: DienstDeps,
  akteur: Akteur,
  e: { titel: string; text: string | null; datei: Buffer | null; dateiname: string | null },
): Promise<Ergebnis<{ version: number }>> {
  if (!akteur.koordination) return nein('Nachnutzungsbedingungen kann nur die Land-Koordination hochladen.');
  const jetzt = deps.jetzt();
  return inTransaktion(deps, async (trx) => {
    // Serialise concurrent uploads: the version is the next number.
    await sperreBehoerdenkatalog(trx);
    const version = ((await aktuelleBedingungenVersion(trx)) ?? 0) + 1;
    await trx
      .insertInto('nachnutzung_bedingungen')
      .values({
        version,
        titel: e.titel,
        text: e.text,
        datei: e.datei,
        dateiname: e.dateiname,
        erstellt_von_name: akteur.name,
        erstellt_am: jetzt,
      })
      .execute();
    await protokolliere(trx, jetzt, {
      aktion: 'bedingungen_hochgeladen',
      akteur,
      daten: { version, titel: e.titel, dateiname: e.dateiname, text: e.text },
    });
    return { version };
  });
}

export const nachAkzeptanzMoeglich: readonly NachnutzungZustand[] = [
  'bedingungen_akzeptiert',
  'unterlagen_bereitgestellt',
  'technisch_angebunden',
  'test_erfolgreich',
  'produktiv',
  'voruebergehend_abgemeldet',
  'kuendigung_angekuendigt',
];

/**
 * Accepts the terms in the version the person saw. The first acceptance moves the pair to "Bedingungen
 * akzeptiert"; after a new version it is recorded again without a state change (and go-live needs it).
 */
export async function akzeptiereBedingungen(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  version: number,
): Promise<Ergebnis<{ version: number }>> {
  const db = deps.datenbank.db;
  const aktuell = await aktuelleBedingungenVersion(db);
  if (aktuell === null) return nein('Es sind noch keine Nachnutzungsbedingungen hinterlegt.');
  if (version !== aktuell)
    return nein(
      `Inzwischen gibt es eine neue Fassung der Nachnutzungsbedingungen (Version ${aktuell}). Bitte lesen Sie sie und akzeptieren Sie erneut.`,
    );
  const zustand = await aktuellerZustand(db, paar);
  const eintragen = async (trx: DbOderTrx) => {
    const schon = await trx
      .selectFrom('nachnutzung_akzeptanz')
      .select('id')
      .where('behoerde_ags', '=', paar.ags)
      .where('dienst_id', '=', paar.dienstId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (schon !== undefined)
      throw new Abbruch([`Die Nachnutzungsbedingungen in Version ${version} sind bereits akzeptiert.`]);
    await trx
      .insertInto('nachnutzung_akzeptanz')
      .values({
        behoerde_ags: paar.ags,
        dienst_id: paar.dienstId,
        version,
        person_id: akteur.id,
        person_name: akteur.name,
        akzeptiert_am: deps.jetzt(),
      })
      .execute();
  };
  if (nachAkzeptanzMoeglich.includes(zustand)) {
    return aktion(
      deps,
      paar,
      nachAkzeptanzMoeglich,
      'Akzeptieren ist jetzt nicht möglich',
      async (trx, zeile, jetzt) => {
        await eintragen(trx);
        await protokolliere(trx, jetzt, {
          ags: paar.ags,
          dienstId: paar.dienstId,
          aktion: 'bedingungen_erneut_akzeptiert',
          akteur,
          von: zeile.zustand,
          nach: zeile.zustand,
          daten: { version },
        });
        return { version };
      },
    );
  }
  const e = await uebergehen(deps, paar, 'bedingungen_akzeptiert', akteur, {
    aktion: 'bedingungen_akzeptiert',
    vorher: (trx) => eintragen(trx),
    daten: () => ({ version }),
  });
  return e.ok ? ok({ version }) : e;
}
