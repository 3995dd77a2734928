import type { Updateable } from 'kysely';
import { tagInBerlin } from '../../shared/index.ts';
import { type Angaben, findeUebergang, pruefeUebergang, zustandNamen } from '../lebenszyklus.ts';
import type { DbOderTrx } from '../nachnutzung-repo.ts';
import { ladeFakten } from '../repo/fakten.ts';
import type { Nachnutzung, NachnutzungTable, NachnutzungZustand } from '../nachnutzung-tables.ts';
import {
  Abbruch,
  type Akteur,
  type DienstDeps,
  type Ergebnis,
  type Paar,
  inTransaktion,
} from './grundlagen.ts';
import { protokolliere } from './protokoll.ts';

// State changes: one transaction that locks the pair's row, checks the lifecycle and writes the timeline.

/** The state row of a pair, created as "nicht angebunden" on first use, locked for the transaction. */
export async function sperreZeile(trx: DbOderTrx, paar: Paar): Promise<Nachnutzung> {
  await trx
    .insertInto('nachnutzung')
    .values({
      behoerde_ags: paar.ags,
      dienst_id: paar.dienstId,
      hinweis_text: null,
      produktiv_seit: null,
      wirksam_zum: null,
    })
    .onConflict((oc) => oc.columns(['behoerde_ags', 'dienst_id']).doNothing())
    .execute();
  return trx
    .selectFrom('nachnutzung')
    .selectAll()
    .where('behoerde_ags', '=', paar.ags)
    .where('dienst_id', '=', paar.dienstId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function aktuellerZustand(db: DbOderTrx, paar: Paar): Promise<NachnutzungZustand> {
  const row = await db
    .selectFrom('nachnutzung')
    .select('zustand')
    .where('behoerde_ags', '=', paar.ags)
    .where('dienst_id', '=', paar.dienstId)
    .executeTakeFirst();
  return row?.zustand ?? 'nicht_angebunden';
}

export type UebergangsOptionen = {
  aktion: string;
  angaben?: Angaben;
  /** The scheduled job: do nothing when the state has moved on meanwhile (another process was faster). */
  erwartetVon?: NachnutzungZustand;
  /** Writes inside the transaction that the precondition check must already see (e.g. an acceptance). */
  vorher?: (trx: DbOderTrx, zeile: Nachnutzung) => Promise<void>;
  set?: (zeile: Nachnutzung) => Updateable<NachnutzungTable>;
  /** Runs inside the transaction: read with `trx` only. */
  daten?: (zeile: Nachnutzung, trx: DbOderTrx) => Record<string, unknown> | Promise<Record<string, unknown>>;
  begruendung?: string | null;
};

/** Performs one lifecycle transition, or refuses it with the lifecycle's German messages. */
export async function uebergehen(
  deps: DienstDeps,
  paar: Paar,
  nach: NachnutzungZustand,
  akteur: Akteur,
  opts: UebergangsOptionen,
): Promise<Ergebnis<{ von: NachnutzungZustand; nach: NachnutzungZustand }>> {
  const jetzt = deps.jetzt();
  return inTransaktion(deps, async (trx) => {
    const zeile = await sperreZeile(trx, paar);
    if (opts.erwartetVon !== undefined && zeile.zustand !== opts.erwartetVon)
      throw new Abbruch([`Der Zustand ist inzwischen „${zustandNamen[zeile.zustand]}“.`]);
    const uebergang = findeUebergang(zeile.zustand, nach);
    if (uebergang?.nurKoordination === true && !akteur.koordination)
      throw new Abbruch([`„${uebergang.bezeichnung}“ kann nur die Land-Koordination ausführen.`]);
    await opts.vorher?.(trx, zeile);
    const fakten = await ladeFakten(trx, paar.ags, paar.dienstId, tagInBerlin(jetzt), jetzt);
    const pruefung = pruefeUebergang(zeile.zustand, nach, fakten, opts.angaben ?? {});
    if (!pruefung.ok) throw new Abbruch(pruefung.fehler);
    await trx
      .updateTable('nachnutzung')
      .set({ ...opts.set?.(zeile), zustand: nach, geaendert_am: jetzt })
      .where('behoerde_ags', '=', paar.ags)
      .where('dienst_id', '=', paar.dienstId)
      .execute();
    await protokolliere(trx, jetzt, {
      ags: paar.ags,
      dienstId: paar.dienstId,
      aktion: opts.aktion,
      akteur,
      von: zeile.zustand,
      nach,
      begruendung: opts.begruendung ?? null,
      daten: (await opts.daten?.(zeile, trx)) ?? {},
    });
    return { von: zeile.zustand, nach };
  });
}

/** An action that is not a transition: allowed only in the given states. */
export async function aktion<T>(
  deps: DienstDeps,
  paar: Paar,
  erlaubt: readonly NachnutzungZustand[] | 'alle',
  nichtErlaubt: string,
  arbeit: (trx: DbOderTrx, zeile: Nachnutzung, jetzt: Date) => Promise<T>,
): Promise<Ergebnis<T>> {
  const jetzt = deps.jetzt();
  return inTransaktion(deps, async (trx) => {
    const zeile = await sperreZeile(trx, paar);
    if (erlaubt !== 'alle' && !erlaubt.includes(zeile.zustand))
      throw new Abbruch([`${nichtErlaubt} (Zustand: „${zustandNamen[zeile.zustand]}“).`]);
    return arbeit(trx, zeile, jetzt);
  });
}
