import { leseVerbindung } from '../../zustellung/index.ts';
import type { Fakten } from '../lebenszyklus.ts';
import type { NachnutzungVerbindungstest } from '../nachnutzung-tables.ts';
import { anbindungsFehler, verbindungsStand } from '../verbindung.ts';
import type { DbOderTrx } from '../nachnutzung-repo.ts';
import { aktuelleBedingungenVersion } from './bedingungen.ts';
import { listeUnterlagen } from './unterlagen.ts';
import { findeVerbindung, letzterVerbindungstest } from './verbindung.ts';

// The facts the lifecycle checks a transition against.

export async function ladeFakten(
  db: DbOderTrx,
  ags: string,
  dienstId: string,
  heute: string,
  jetzt: Date,
): Promise<Fakten> {
  const [stand, bekundung, aktuell, akzeptiert, unterlagen, verbindung, test] = await Promise.all([
    db
      .selectFrom('nachnutzung')
      .select('wirksam_zum')
      .where('behoerde_ags', '=', ags)
      .where('dienst_id', '=', dienstId)
      .executeTakeFirst(),
    db
      .selectFrom('nachnutzung_interessenbekundung')
      .select('id')
      .where('behoerde_ags', '=', ags)
      .where('dienst_id', '=', dienstId)
      .executeTakeFirst(),
    aktuelleBedingungenVersion(db),
    db
      .selectFrom('nachnutzung_akzeptanz')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('behoerde_ags', '=', ags)
      .where('dienst_id', '=', dienstId)
      .executeTakeFirst(),
    listeUnterlagen(db, ags, dienstId),
    findeVerbindung(db, ags, dienstId),
    letzterVerbindungstest(db, ags, dienstId),
  ]);
  // zustellung/'s reader takes a Db; a transaction is one (Transaction extends Kysely).
  const transport = await leseVerbindung(db, ags, dienstId);
  return {
    heute,
    interessenbekundung: bekundung !== undefined,
    aktuelleBedingungen: aktuell,
    akzeptierteBedingungen: akzeptiert?.version ?? null,
    unterlagen: {
      bestaetigungen: unterlagen.filter((u) => u.art === 'bestaetigung').length,
      anbindungsunterlagen: unterlagen.filter((u) => u.art === 'anbindungsunterlage').length,
      unbestaetigt: unterlagen.filter((u) => u.empfang_bestaetigt_am === null).length,
    },
    verbindungFehler: anbindungsFehler(transport, verbindung, jetzt),
    testBestanden: testGiltFuer(test, verbindungsStand(transport, verbindung)),
    wirksamZum: stand?.wirksam_zum ?? null,
  };
}

/** A connection test counts only when it passed and tested the connection as it is stored now. */
export function testGiltFuer(test: NachnutzungVerbindungstest | undefined, stand: string | null): boolean {
  return test !== undefined && stand !== null && test.bestanden && test.verbindung_stand === stand;
}
