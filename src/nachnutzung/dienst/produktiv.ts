import { pruefeUebergang } from '../lebenszyklus.ts';
import { ladeFakten } from '../repo/fakten.ts';
import {
  Abbruch,
  type Akteur,
  type DienstDeps,
  type Ergebnis,
  type Paar,
  heute,
  inTransaktion,
  ok,
} from './grundlagen.ts';
import { protokolliere } from './protokoll.ts';
import { sperreZeile, uebergehen } from './uebergang.ts';

// Go-live.

/** Go-live on the given date: today or earlier switches now; a later date is planned and switched by the job. */
export async function setzeProduktiv(
  deps: DienstDeps,
  paar: Paar,
  akteur: Akteur,
  datum: string | undefined,
): Promise<Ergebnis<{ geplant: boolean }>> {
  const tag = heute(deps);
  if (datum !== undefined && datum > tag) {
    // Check everything now, so that a plan is only recorded when the go-live could happen.
    const jetzt = deps.jetzt();
    return inTransaktion(deps, async (trx) => {
      const zeile = await sperreZeile(trx, paar);
      if (!akteur.koordination)
        throw new Abbruch(['„Produktiv setzen“ kann nur die Land-Koordination ausführen.']);
      const fakten = await ladeFakten(trx, paar.ags, paar.dienstId, tag, jetzt);
      const pruefung = pruefeUebergang(zeile.zustand, 'produktiv', fakten, { datum });
      if (!pruefung.ok) throw new Abbruch(pruefung.fehler);
      await trx
        .updateTable('nachnutzung')
        .set({ geplant_produktiv_ab: datum, geaendert_am: jetzt })
        .where('behoerde_ags', '=', paar.ags)
        .where('dienst_id', '=', paar.dienstId)
        .execute();
      await protokolliere(trx, jetzt, {
        ags: paar.ags,
        dienstId: paar.dienstId,
        aktion: 'produktivsetzung_geplant',
        akteur,
        von: zeile.zustand,
        nach: zeile.zustand,
        daten: { datum },
      });
      return { geplant: true };
    });
  }
  const e = await uebergehen(deps, paar, 'produktiv', akteur, {
    aktion: 'produktiv_gesetzt',
    angaben: { datum },
    set: () => ({ produktiv_seit: datum ?? null, geplant_produktiv_ab: null, hinweis_text: null }),
    daten: () => ({ datum }),
  });
  return e.ok ? ok({ geplant: false }) : e;
}
